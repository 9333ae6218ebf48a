/// A row of a data file before typing: each cell's text under the field name
/// it was written with (`libelle.fr` for one language of a localized column),
/// and where it was written.
struct RawRow {
    struct Cell {
        let text: String
        let line: Int
        let column: Int?
    }

    let line: Int
    /// Each field's position in `cells`: for a CSV file its header, one dictionary shared by every row.
    private var fields: [String: Int]
    private var cells: [Cell]
    /// Written as a YAML mapping, which names its own fields: a field it leaves out is left
    /// out of this row alone, not of a whole CSV column whose absence the header reports once.
    let fromMapping: Bool

    /// A row of a CSV file: its cells in the order of the header, whose positions are `fields`.
    init(line: Int, fields: [String: Int], cells: [Cell]) {
        self.line = line
        self.fields = fields
        self.cells = cells
        fromMapping = false
    }

    /// A row written as a YAML mapping, its cells set one by one.
    init(mappingAt line: Int) {
        self.line = line
        fields = [:]
        cells = []
        fromMapping = true
    }

    subscript(field: String) -> Cell? {
        guard let position = fields[field], cells.indices.contains(position) else { return nil }
        return cells[position]
    }

    /// Sets the cell of `field`, replacing the one written before it.
    mutating func set(_ cell: Cell, for field: String) {
        if let position = fields[field], cells.indices.contains(position) {
            cells[position] = cell
        } else {
            fields[field] = cells.count
            cells.append(cell)
        }
    }
}

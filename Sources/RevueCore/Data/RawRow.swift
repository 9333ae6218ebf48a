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
    var cells: [String: Cell] = [:]
    /// Written as a YAML mapping, which names its own fields: a field it leaves out is left
    /// out of this row alone, not of a whole CSV column whose absence the header reports once.
    var fromMapping = false
}

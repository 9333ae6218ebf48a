/// One typed row of a data table, named by its key column.
public struct DataRow: Sendable {
    /// One typed cell and where it was written.
    public struct Cell: Sendable {
        public let value: DataValue
        public let line: Int
        public let column: Int?
    }

    public let key: String
    public let line: Int
    /// The typed cells in the order of the schema's columns, nil where a cell is empty.
    private let cells: [Cell?]
    /// Each column's position in `cells`: one dictionary shared by every row of the table.
    private let positions: [String: Int]

    init(key: String, line: Int, cells: [Cell?], positions: [String: Int]) {
        self.key = key
        self.line = line
        self.cells = cells
        self.positions = positions
    }

    public func value(_ column: String) -> DataValue {
        cell(column)?.value ?? .empty
    }

    func cell(_ column: String) -> Cell? {
        guard let position = positions[column], cells.indices.contains(position) else { return nil }
        return cells[position]
    }
}

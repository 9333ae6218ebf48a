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
    let cells: [String: Cell]

    public func value(_ column: String) -> DataValue {
        cells[column]?.value ?? .empty
    }

    func cell(_ column: String) -> Cell? {
        cells[column]
    }
}

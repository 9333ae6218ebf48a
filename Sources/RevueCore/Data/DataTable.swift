/// A data table of `content/data/`: typed rows checked against their schema,
/// referred to by name from the Markdown of every language.
public struct DataTable: Sendable {
    /// The name used in references: `budget-2023` for `content/data/budget-2023.csv`.
    public let name: String
    /// The file holding the rows.
    public let file: String
    public let schema: TableSchema
    public let rows: [DataRow]
    private let rowIndex: [String: Int]

    init(name: String, file: String, schema: TableSchema, rows: [DataRow]) {
        self.name = name
        self.file = file
        self.schema = schema
        self.rows = rows
        var index: [String: Int] = [:]
        for (position, row) in rows.enumerated() where index[row.key] == nil {
            index[row.key] = position
        }
        rowIndex = index
    }

    public func row(_ key: String) -> DataRow? {
        rowIndex[key].map { rows[$0] }
    }

    /// Every row but the one declaring totals: what tables and charts show by default.
    public var dataRows: [DataRow] {
        rows.filter { $0.key != schema.totalRow }
    }

    public var totalRow: DataRow? {
        schema.totalRow.flatMap(row)
    }

    /// Names of tables, rows and columns: lowercase letters, digits, `-` and `_`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

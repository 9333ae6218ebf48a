/// Every data table of the project, by name: what references and directives
/// in the Markdown of every language read from.
public struct DataSet: Sendable {
    public let tables: [String: DataTable]
    /// The issue whose pages read this set: their `budget` is the issue's `3/budget` when it has one.
    public private(set) var scope: String?

    public init(tables: [DataTable]) {
        self.tables = Dictionary(keepingFirst: tables.map { ($0.name, $0) })
    }

    public var isEmpty: Bool { tables.isEmpty }

    /// The same tables as the pages of issue `number` read them: its own first, then the site's.
    public func scoped(to number: String?) -> DataSet {
        var scoped = self
        scoped.scope = number
        return scoped
    }

    /// The name of the table `name` stands for in this scope: `3/budget` for `budget` in issue 3 when it has one.
    func resolvedName(_ name: String) -> String {
        if let scope, tables["\(scope)/\(name)"] != nil { return "\(scope)/\(name)" }
        return name
    }

    /// The table named `name`, or a message naming the nearest table.
    func table(_ name: String) -> Result<DataTable, LookupError> {
        if let scope, let table = tables["\(scope)/\(name)"] { return .success(table) }
        if let table = tables[name] { return .success(table) }
        let hint = NearestName.hint(for: name, among: tables.keys)
        let known: Message = tables.isEmpty ? " (there is no table in content/data/)" : hint
        return .failure(LookupError(message: "unknown table '\(name)'\(known)"))
    }

    /// The cell that `table.row.column` names.
    func cell(_ path: String) -> Result<(table: DataTable, row: DataRow, column: ColumnSchema), LookupError> {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else {
            return .failure(LookupError(message: "'\(path)' names no cell: write {{table.row.column}}, such as {{budget-2023.total.montant}}"))
        }
        return table(parts[0]).flatMap { table in
            table.lookupRow(parts[1]).flatMap { row in
                table.lookupColumn(parts[2]).map { (table, row, $0) }
            }
        }
    }
}

/// Why a name in a reference or a directive found nothing, with the nearest valid name.
struct LookupError: MessageError, Equatable {
    let message: Message
}

extension DataTable {
    func lookupRow(_ key: String) -> Result<DataRow, LookupError> {
        if let row = row(key) { return .success(row) }
        return .failure(LookupError(message: "the table '\(name)' has no row '\(key)'\(NearestName.hint(for: key, among: rows.map(\.key)))"))
    }

    func lookupColumn(_ name: String) -> Result<ColumnSchema, LookupError> {
        if let column = schema.column(named: name) { return .success(column) }
        return .failure(LookupError(message: "the table '\(self.name)' has no column '\(name)'\(NearestName.hint(for: name, among: schema.columns.map(\.name)))"))
    }
}

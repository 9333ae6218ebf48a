import Foundation

/// One directive block of a page: its options, read and checked, and the
/// page's data and formatting, for the directive that renders it.
struct DirectiveRequest {
    let kind: DirectiveKind
    let options: YAMLMapping
    /// The line of the opening fence.
    let line: Int
    let page: PageData

    var file: String { options.file }
    var language: Language { page.language }

    func render(into diagnostics: inout [Diagnostic]) -> String {
        let unknown = options.unknownKeys(allowed: kind.options, what: "'{\(kind.rawValue)}' option")
        diagnostics += unknown
        guard unknown.isEmpty, let table = table(into: &diagnostics) else { return "" }
        switch kind {
        case .figures: return FiguresDirective(request: self, table: table).render(into: &diagnostics)
        case .table: return TableDirective(request: self, table: table).render(into: &diagnostics)
        case .chart: return ChartDirective(request: self, table: table).render(into: &diagnostics)
        case .list: return ListDirective(request: self, table: table).render(into: &diagnostics)
        }
    }

    // MARK: - Options

    private func table(into diagnostics: inout [Diagnostic]) -> DataTable? {
        guard let name = options.string("table", into: &diagnostics) else {
            diagnostics.append(error("the '{\(kind.rawValue)}' directive needs 'table:', the name of a table of content/data/"))
            return nil
        }
        switch page.data.table(name) {
        case .success(let table): return table
        case .failure(let failure):
            diagnostics.append(error(failure.message, key: "table"))
            return nil
        }
    }

    /// The rows named by `rows:`, in that order, or every row but the total row.
    func rows(of table: DataTable, into diagnostics: inout [Diagnostic]) -> [DataRow] {
        guard let keys = options.strings("rows", into: &diagnostics) else { return table.dataRows }
        return keys.compactMap { key in
            switch table.lookupRow(key) {
            case .success(let row): return row
            case .failure(let failure):
                diagnostics.append(error(failure.message, key: "rows"))
                return nil
            }
        }
    }

    /// The column named by the option `key`; `nil` and an error when it is required and missing.
    func column(_ key: String, of table: DataTable, required: Bool, numeric: Bool = false, into diagnostics: inout [Diagnostic]) -> ColumnSchema? {
        guard let name = options.string(key, into: &diagnostics) else {
            if required { diagnostics.append(error("the '{\(kind.rawValue)}' directive needs '\(key):', a column of '\(table.name)'")) }
            return nil
        }
        switch table.lookupColumn(name) {
        case .success(let column):
            if numeric && !column.type.isNumeric {
                diagnostics.append(error("the column '\(name)' holds \(column.type.name) values, not numbers", key: key))
                return nil
            }
            return column
        case .failure(let failure):
            diagnostics.append(error(failure.message, key: key))
            return nil
        }
    }

    /// The text of a cell in the page's language, with its unit.
    func shown(_ row: DataRow, _ column: ColumnSchema) -> String {
        page.formatter.string(row.value(column.name), column: column)
    }

    /// The HTML of a cell in the page's language, isolated in right-to-left pages.
    func html(_ row: DataRow, _ column: ColumnSchema) -> String {
        let value = row.value(column.name)
        return page.html(page.formatter.string(value, column: column), for: value)
    }

    /// An editor's text from the options (a title, a caption), typeset like the page's prose.
    func text(_ key: String, into diagnostics: inout [Diagnostic]) -> String? {
        options.string(key, into: &diagnostics).map(typeset)
    }

    func typeset(_ text: String) -> String {
        page.typeset(text)
    }

    /// A warning at the directive's opening fence.
    func warning(_ message: Message, code: String) -> Diagnostic {
        .warning(message, in: file, line: line, code: code)
    }

    func error(_ message: Message, key: String? = nil) -> Diagnostic {
        let entry = key.flatMap(options.entry)
        return .error(message, in: file, line: entry?.line ?? line, column: entry?.column)
    }
}

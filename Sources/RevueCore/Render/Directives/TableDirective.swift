import Mustache

/// ` ```{table} `: chosen columns of a data table in the page's language, with
/// a totals row computed from the rows shown. Drawn by the theme's `data-table` template.
struct TableDirective {
    let request: DirectiveRequest
    let table: DataTable

    func render(into diagnostics: inout [Diagnostic]) -> String {
        let columns = chosenColumns(into: &diagnostics)
        let rows = request.rows(of: table, into: &diagnostics)
        let withTotal = request.options.bool("total", into: &diagnostics) ?? false
        let caption = request.text("caption", into: &diagnostics) ?? table.schema.title[request.language.code].map(request.typeset)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return "" }
        let view = DataTableView.make(request: request, table: table, columns: columns, rows: rows,
                                      caption: caption, withTotal: withTotal, hidden: false)
        return request.page.theme.render(view, with: "data-table")
    }

    private func chosenColumns(into diagnostics: inout [Diagnostic]) -> [ColumnSchema] {
        guard let names = request.options.strings("columns", into: &diagnostics) else {
            return table.schema.columns.filter { $0.name != table.schema.keyColumn }
        }
        return names.compactMap { name in
            switch table.lookupColumn(name) {
            case .success(let column): return column
            case .failure(let failure):
                diagnostics.append(request.error(failure.message, key: "columns"))
                return nil
            }
        }
    }
}

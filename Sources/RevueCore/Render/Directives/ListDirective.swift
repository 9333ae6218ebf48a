import Mustache

/// ` ```{list} `: rows of a table shown through a template of the theme
/// (`template: calendar` is `templates/calendar.mustache`), sorted by a column.
struct ListDirective {
    enum Order: String, CaseIterable {
        case asc
        case desc
    }

    let request: DirectiveRequest
    let table: DataTable

    func render(into diagnostics: inout [Diagnostic]) -> String {
        var rows = request.rows(of: table, into: &diagnostics)
        let sort = request.column("sort", of: table, required: false, into: &diagnostics)
        let order = request.options.choice("order", of: Order.self, into: &diagnostics) ?? .asc
        let template = request.options.string("template", into: &diagnostics)
        let theme = request.page.theme
        if template == nil {
            diagnostics.append(request.error("the '{list}' directive needs 'template:', the theme template that draws each row (such as calendar)"))
        } else if let template, !theme.templateNames.contains(template) {
            diagnostics.append(request.error("the theme has no template '\(template)': create templates/\(template).mustache\(NearestName.hint(for: template, among: theme.templateNames))", key: "template"))
        }
        guard let template, !diagnostics.contains(where: { $0.severity == .error }) else { return "" }
        if let sort {
            rows.sort { Self.precedes($0.value(sort.name), $1.value(sort.name)) }
            if order == .desc { rows.reverse() }
        }
        let records = rows.map { row in
            RecordView(key: row.key, cells: Dictionary(keepingFirst: table.schema.columns
                .filter { !row.value($0.name).isEmpty }
                .map { column in (column.name, CellView(request: request, row: row, column: column)) }))
        }
        return theme.render(RecordListView(rows: records, strings: theme.strings[request.language.code] ?? [:]), with: template)
    }

    /// Dates by day (days of every year after dated ones, by month and day), numbers by value,
    /// anything else by its text; empty cells last.
    private static func precedes(_ a: DataValue, _ b: DataValue) -> Bool {
        if let first = a.firstDay, let second = b.firstDay { return first < second }
        if case .yearlyDay(let first) = a, case .yearlyDay(let second) = b { return first < second }
        if case .yearlyDay = b, a.firstDay != nil { return true }
        if case .yearlyDay = a, b.firstDay != nil { return false }
        if let first = a.number, let second = b.number { return first < second }
        if a.isEmpty != b.isEmpty { return b.isEmpty }
        return "\(a)" < "\(b)"
    }
}

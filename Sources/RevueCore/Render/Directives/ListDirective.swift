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
            RecordView(key: row.key, cells: Dictionary(uniqueKeysWithValues: table.schema.columns
                .filter { !row.value($0.name).isEmpty }
                .map { column in (column.name, CellView(request: request, row: row, column: column)) }))
        }
        return theme.render(RecordListView(rows: records), with: template)
    }

    /// Dates by day, numbers by value, anything else by its text; empty cells last.
    private static func precedes(_ a: DataValue, _ b: DataValue) -> Bool {
        if let first = a.firstDay, let second = b.firstDay { return first < second }
        if let first = a.number, let second = b.number { return first < second }
        if a.isEmpty != b.isEmpty { return b.isEmpty }
        return "\(a)" < "\(b)"
    }
}

/// The view of a ` ```{list} ` block: `{{#rows}}…{{/rows}}`.
struct RecordListView: MustacheParent {
    let rows: [RecordView]

    func child(named name: String) -> Any? {
        name == "rows" ? rows : nil
    }
}

/// One row of a list: `{{key}}`, and each column by name; an empty cell is
/// absent, so that `{{#dates}}…{{/dates}}` shows nothing for it.
struct RecordView: MustacheParent {
    let key: String
    let cells: [String: CellView]

    func child(named name: String) -> Any? {
        name == "key" ? key : cells[name]
    }
}

/// One cell of a listed row: `{{text}}`, `{{{html}}}`, and for dates
/// `{{iso}}` and `{{endISO}}` for `<time datetime>`.
struct CellView: MustacheParent {
    let text: String
    let html: String
    let iso: String?
    let endISO: String?

    init(request: DirectiveRequest, row: DataRow, column: ColumnSchema) {
        let value = row.value(column.name)
        text = request.typeset(request.shown(row, column))
        html = request.html(row, column)
        switch value {
        case .date(let day): (iso, endISO) = (day.description, nil)
        case .dateRange(let start, let end): (iso, endISO) = (start.description, end.description)
        default: (iso, endISO) = (nil, nil)
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "text": text.isEmpty ? nil : text
        case "html": html.isEmpty ? nil : html
        case "iso": iso
        case "endISO": endISO
        default: nil
        }
    }
}

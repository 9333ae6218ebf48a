import Mustache

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
        case .yearlyDay(let day): (iso, endISO) = (day.yearlessDescription, nil)
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

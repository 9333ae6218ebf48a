import Mustache

/// The view of a data table: `{{caption}}`, `{{#headers}}`, `{{#rows}}{{#cells}}`, `{{#total}}`.
struct DataTableView: MustacheParent {
    /// A header or body cell; `{{{html}}}` is already escaped.
    struct Cell: MustacheParent {
        let html: String
        let isNumeric: Bool
        let isRowHeader: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "html": html
            case "numeric": isNumeric
            case "rowHeader": isRowHeader
            default: nil
            }
        }
    }

    /// A row: `{{#cells}}…{{/cells}}`.
    struct Row: MustacheParent {
        let cells: [Cell]

        func child(named name: String) -> Any? {
            name == "cells" ? cells : nil
        }
    }

    let caption: String?
    let headers: [Cell]
    let rows: [Row]
    let total: Row?
    /// True for the table that repeats a chart's data for screen readers.
    let hidden: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "headers": headers
        case "rows": rows
        case "total": total
        case "hidden": hidden
        default: nil
        }
    }

    /// The first column heads each row; numeric columns are aligned for reading figures.
    static func make(request: DirectiveRequest, table: DataTable, columns: [ColumnSchema], rows: [DataRow],
                     caption: String?, withTotal: Bool, hidden: Bool) -> DataTableView {
        let language = request.language.code
        let headers = columns.map { Cell(html: HTML.escape(request.typeset($0.label(in: language))), isNumeric: $0.type.isNumeric, isRowHeader: false) }
        let body = rows.map { row in
            Row(cells: columns.enumerated().map { index, column in
                Cell(html: request.html(row, column), isNumeric: column.type.isNumeric, isRowHeader: index == 0)
            })
        }
        var total: Row?
        if withTotal {
            total = Row(cells: columns.enumerated().map { index, column in
                if index == 0 { return Cell(html: HTML.escape(request.page.theme.strings[language]?["total"] ?? "Total"), isNumeric: false, isRowHeader: true) }
                guard column.type.isSummable, let sum = ColumnTotal.value(of: column, in: rows) else { return Cell(html: "", isNumeric: false, isRowHeader: false) }
                return Cell(html: request.page.html(request.page.formatter.string(sum, column: column), for: sum), isNumeric: true, isRowHeader: false)
            })
        }
        return DataTableView(caption: caption, headers: headers, rows: body, total: total, hidden: hidden)
    }
}

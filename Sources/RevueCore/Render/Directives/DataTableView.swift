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
                guard column.type.isSummable, let sum = Self.sum(of: column, in: rows) else { return Cell(html: "", isNumeric: false, isRowHeader: false) }
                return Cell(html: request.page.html(request.page.formatter.string(sum, column: column), for: sum), isNumeric: true, isRowHeader: false)
            })
        }
        return DataTableView(caption: caption, headers: headers, rows: body, total: total, hidden: hidden)
    }

    /// The exact sum of a column over rows, as a value of the column's type.
    static func sum(of column: ColumnSchema, in rows: [DataRow]) -> DataValue? {
        let values = rows.map { $0.value(column.name) }
        let whole: [Int64] = values.compactMap { value in
            switch value {
            case .money(let amount), .integer(let amount), .count(let amount): amount
            default: nil
            }
        }
        switch column.type {
        case .money: return exactSum(whole).map { .money(centimes: $0) }
        case .integer: return exactSum(whole).map(DataValue.integer)
        case .count: return exactSum(whole).map(DataValue.count)
        case .decimal:
            return .decimal(values.compactMap(\.number).reduce(0, +))
        default:
            return nil
        }
    }

    /// A sum of whole numbers, or nil when it would overflow.
    private static func exactSum(_ numbers: [Int64]) -> Int64? {
        var total: Int64 = 0
        for number in numbers {
            let (added, overflow) = total.addingReportingOverflow(number)
            if overflow { return nil }
            total = added
        }
        return total
    }
}

import Foundation
import Mustache

/// ` ```{figures} `: key-figure cards, each a value, its label and, with
/// `objective:`, the progress made toward it. Drawn by the theme's `figures` template.
struct FiguresDirective {
    let request: DirectiveRequest
    let table: DataTable

    func render(into diagnostics: inout [Diagnostic]) -> String {
        let value = request.column("value", of: table, required: true, into: &diagnostics)
        let label = request.column("label", of: table, required: true, into: &diagnostics)
        let objective = request.column("objective", of: table, required: false, numeric: true, into: &diagnostics)
        let rows = request.rows(of: table, into: &diagnostics)
        guard let value, let label, !diagnostics.contains(where: { $0.severity == .error }) else { return "" }
        for row in rows {
            for column in [value, label] where row.value(column.name).isEmpty {
                diagnostics.append(request.warning(
                    "the card of the row '\(row.key)' shows an empty cell: '\(column.name)' has no value in \(table.file); fill it, or leave the row out with 'rows:'",
                    code: "empty-cell"))
            }
        }
        let figures = rows.map { row in
            KeyFigure(value: request.html(row, value), label: request.typeset(request.shown(row, label)),
                      progress: objective.flatMap { progress(of: row, value: value, objective: $0) })
        }
        return request.page.theme.render(FiguresView(figures: figures), with: "figures")
    }

    private func progress(of row: DataRow, value: ColumnSchema, objective: ColumnSchema) -> KeyFigure.Progress? {
        guard let reached = row.value(value.name).number, let target = row.value(objective.name).number, target > 0 else { return nil }
        let percent = NSDecimalNumber(decimal: min(reached / target, 1) * 100).intValue
        return KeyFigure.Progress(percent: percent, objective: request.html(row, objective))
    }
}

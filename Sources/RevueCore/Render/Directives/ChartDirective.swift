import Foundation
import Mustache

/// ` ```{chart} `: a bar, column, donut or progress chart drawn as inline SVG
/// at build time, with no script. Each chart has `role="img"`, a `<title>` and
/// a `<desc>`, and repeats its data in a visually hidden table for screen readers.
struct ChartDirective {
    enum ChartType: String, CaseIterable {
        case bar
        case column
        case donut
        case progress
    }

    static let width = 600.0
    /// The width of the drawing shown on a phone: about the width it is shown at, so that its text keeps its size.
    static let narrowWidth = 300.0

    let request: DirectiveRequest
    let table: DataTable

    func render(into diagnostics: inout [Diagnostic]) -> String {
        let type = request.options.choice("type", of: ChartType.self, into: &diagnostics)
        if request.options.entry("type") == nil {
            diagnostics.append(request.error("the '{chart}' directive needs 'type:', one of \(ChartType.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let label = request.column("label", of: table, required: true, into: &diagnostics)
        let value = request.column("value", of: table, required: true, numeric: true, into: &diagnostics)
        let objective = request.column("objective", of: table, required: false, numeric: true, into: &diagnostics)
        let rows = request.rows(of: table, into: &diagnostics)
        let title = request.text("title", into: &diagnostics) ?? table.schema.title[request.language.code].map(request.typeset)
        guard let type, let label, let value, !diagnostics.contains(where: { $0.severity == .error }) else { return "" }
        if title == nil {
            diagnostics.append(request.error("a chart needs a title, for its caption and for screen readers: write 'title:', or give the table a title in its schema"))
            return ""
        }
        let items = rows.map { row in
            ChartItem(label: request.shown(row, label), value: Self.double(row.value(value.name).number),
                      shown: plain(row, value),
                      objective: objective.map { Self.double(row.value($0.name).number) } ?? (value.type == .percent ? 100 : nil),
                      objectiveShown: objective.map { plain(row, $0) } ?? (value.type == .percent ? plainPercent(100, like: value) : nil))
        }
        check(type, items: items, rows: rows, value: value, objective: objective, into: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return "" }

        let id = "chart-\(request.line)"
        let strings = request.page.theme.strings[request.language.code] ?? [:]
        let colon = strings["colon"] ?? ": ", semicolon = strings["semicolon"] ?? "; "
        let description = items.map { item in
            item.label + colon + (item.objectiveShown.map { "\(item.shown) / \($0)" } ?? item.shown)
        }.joined(separator: semicolon)
        // A donut of amounts shows their whole in its centre.
        let centre = type != .donut || value.type == .percent ? ""
            : ColumnTotal.value(of: value, in: rows).map { request.page.plain(request.page.formatter.string($0, column: value), for: $0) } ?? ""
        func svg(width: Double, id: String, variant: String) -> String {
            let (shapes, width, height) = drawing(type, items: items, width: width, centre: centre)
            let n = ChartGeometry.number
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
                + " direction=\"\(request.language.direction.rawValue)\" class=\"chart-svg\(variant)\">"
                + "<title id=\"\(id)-title\">\(HTML.escape(title ?? ""))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
                + shapes + "</svg>"
        }
        // A donut is drawn small and whole at every width; the other charts also come drawn for a
        // phone's width, shown in place of the wide drawing when the page is narrow (revue.css), so
        // that their text is never scaled below its size.
        let drawings = type == .donut ? svg(width: DonutChart.size, id: id, variant: "")
            : svg(width: Self.width, id: id, variant: " chart-wide") + svg(width: Self.narrowWidth, id: id + "-narrow", variant: " chart-narrow")
        let legend = type == .donut ? legendEntries(items, rows: rows, value: value) : []
        var columns = [label, value]
        if let objective { columns.append(objective) }
        let data = DataTableView.make(request: request, table: table, columns: columns, rows: rows, caption: title, withTotal: false, hidden: true)
        return request.page.theme.render(ChartView(type: type.rawValue, svg: drawings, title: title ?? "", legend: legend, table: data, colon: colon), with: "chart")
    }

    /// The shapes of a chart drawn `width` wide, and the size of its drawing. On a narrow
    /// drawing, columns become bars: their labels would not fit under them.
    private func drawing(_ type: ChartType, items: [ChartItem], width: Double, centre: String) -> (String, Double, Double) {
        let geometry = ChartGeometry(width: width, rightToLeft: request.language.direction == .rtl)
        switch type {
        case .bar:
            let chart = BarChart(items: items, geometry: geometry)
            return (chart.shapes(), width, chart.height)
        case .column where width < Self.width:
            let chart = BarChart(items: items, geometry: geometry)
            return (chart.shapes(), width, chart.height)
        case .column:
            let chart = ColumnChart(items: items, geometry: geometry)
            return (chart.shapes(), width, chart.height)
        case .progress:
            let chart = ProgressChart(items: items, geometry: geometry)
            return (chart.shapes(), width, chart.height)
        case .donut:
            let chart = DonutChart(items: items, rightToLeft: geometry.rightToLeft, centre: centre)
            return (chart.shapes(), DonutChart.size, DonutChart.size)
        }
    }

    /// Shares of a donut make a whole: percentages must add up to 100 %, and
    /// amounts shown from a table with a totals row must add up to that total.
    private func check(_ type: ChartType, items: [ChartItem], rows: [DataRow], value: ColumnSchema, objective: ColumnSchema?, into diagnostics: inout [Diagnostic]) {
        if items.isEmpty {
            diagnostics.append(request.error("the chart has no rows to draw"))
        }
        if let negative = items.first(where: { $0.value < 0 }) {
            diagnostics.append(request.error("'\(negative.label)' is negative (\(negative.shown)): bars and shares are drawn for numbers of zero or more"))
        }
        switch type {
        case .donut:
            if value.type == .percent {
                let sum = ColumnTotal.number(of: value.name, in: rows)
                if abs(NSDecimalNumber(decimal: sum - 100).doubleValue) > 0.05 {
                    diagnostics.append(request.error("the shares of '\(value.name)' add up to \(NSDecimalNumber(decimal: sum).stringValue) %, not 100 %: a donut shows the parts of a whole", key: "value"))
                }
            } else if let total = table.totalRow?.value(value.name).number, request.options.entry("rows") != nil {
                let sum = ColumnTotal.number(of: value.name, in: rows)
                if sum != total {
                    diagnostics.append(request.error("the rows shown add up to \(NSDecimalNumber(decimal: sum).stringValue), not the table's total of \(NSDecimalNumber(decimal: total).stringValue): a donut shows every part of a whole", key: "rows"))
                }
            }
        case .progress:
            if objective == nil && value.type != .percent {
                diagnostics.append(request.error("a progress chart needs 'objective:', the column of the objectives (or a value column of percentages, out of 100 %)"))
            }
        case .bar, .column:
            break
        }
    }

    private func legendEntries(_ items: [ChartItem], rows: [DataRow], value: ColumnSchema) -> [LegendEntry] {
        let total = items.map(\.value).reduce(0, +)
        return items.enumerated().map { index, item in
            let share = total > 0 ? item.value / total * 100 : 0
            let shareText = value.type == .percent ? "" : plainPercent(Decimal(share), like: nil)
            return LegendEntry(colour: ChartPalette.colour(index), label: request.typeset(item.label),
                               value: request.html(rows[index], value), share: shareText.isEmpty ? nil : request.page.html(shareText, for: .percent(0)))
        }
    }

    private func plain(_ row: DataRow, _ column: ColumnSchema) -> String {
        request.page.plain(request.shown(row, column), for: row.value(column.name))
    }

    /// "100 %" (or "47,8 %") in the page's language.
    private func plainPercent(_ number: Decimal, like column: ColumnSchema?) -> String {
        let text = request.page.formatter.number(number, precision: column?.precision ?? 1) + "\u{202F}%"
        return request.page.plain(text, for: .percent(number))
    }

    private static func double(_ number: Decimal?) -> Double {
        number.map { NSDecimalNumber(decimal: $0).doubleValue } ?? 0
    }
}

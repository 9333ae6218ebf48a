/// Horizontal bars, one line per item: the label above its bar (on two lines
/// when the drawing is narrow), the value at the bar's end. Bars start at the
/// right edge in right-to-left pages.
struct BarChart {
    let items: [ChartItem]
    let geometry: ChartGeometry

    static let lineHeight = 46.0
    static let labelLineHeight = 18.0

    /// Each item's label, cut into the lines the drawing's width holds.
    var labels: [[String]] {
        items.map { ColumnChart.wrap($0.label, width: Int(min(max(geometry.width / 8, 0), 1_000))) }
    }

    var height: Double {
        labels.reduce(4) { $0 + Self.lineHeight + Double($1.count - 1) * Self.labelLineHeight }
    }

    func shapes() -> String {
        let maximum = max(items.map(\.value).max() ?? 0, 1e-9)
        let room = geometry.width - min(150, geometry.width / 3)
        let n = ChartGeometry.number
        var svg = ""
        var top = 0.0
        for (item, lines) in zip(items, labels) {
            let length = max(item.value / maximum * room, item.value > 0 ? 2 : 0)
            svg += geometry.label(lines, baseline: top + 15, lineHeight: Self.labelLineHeight)
            let bar = top + 22 + Double(lines.count - 1) * Self.labelLineHeight
            svg += "<rect x=\"\(n(geometry.x(0, width: length)))\" y=\"\(n(bar))\" width=\"\(n(length))\" height=\"18\" fill=\"\(ChartPalette.colour(0))\"/>"
            svg += "<text x=\"\(n(geometry.x(length + 8)))\" y=\"\(n(bar + 14))\" font-size=\"15\" font-weight=\"bold\" fill=\"\(ChartPalette.text)\">\(HTML.escape(item.shown))</text>"
            top = bar - 22 + Self.lineHeight
        }
        return svg
    }
}

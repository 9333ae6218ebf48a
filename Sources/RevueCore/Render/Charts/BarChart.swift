/// Horizontal bars, one line per item: the label above its bar, the value at
/// the bar's end. Bars start at the right edge in right-to-left pages.
struct BarChart {
    let items: [ChartItem]
    let geometry: ChartGeometry

    static let lineHeight = 46.0

    var height: Double { Double(items.count) * Self.lineHeight + 4 }

    func shapes() -> String {
        let maximum = max(items.map(\.value).max() ?? 0, 1e-9)
        let room = geometry.width - 150
        var svg = ""
        for (index, item) in items.enumerated() {
            let top = Double(index) * Self.lineHeight
            let length = max(item.value / maximum * room, item.value > 0 ? 2 : 0)
            let n = ChartGeometry.number
            svg += "<text x=\"\(n(geometry.x(0)))\" y=\"\(n(top + 15))\" font-size=\"15\" fill=\"\(ChartPalette.text)\">\(HTML.escape(item.label))</text>"
            svg += "<rect x=\"\(n(geometry.x(0, width: length)))\" y=\"\(n(top + 22))\" width=\"\(n(length))\" height=\"18\" fill=\"\(ChartPalette.colour(0))\"/>"
            svg += "<text x=\"\(n(geometry.x(length + 8)))\" y=\"\(n(top + 36))\" font-size=\"15\" font-weight=\"bold\" fill=\"\(ChartPalette.text)\">\(HTML.escape(item.shown))</text>"
        }
        return svg
    }
}

/// Vertical bars side by side, the first item at the start of the line (the
/// right in right-to-left pages), values above the bars, labels below.
struct ColumnChart {
    let items: [ChartItem]
    let geometry: ChartGeometry

    static let plotHeight = 200.0
    static let top = 28.0

    var height: Double { Self.top + Self.plotHeight + 50 }

    func shapes() -> String {
        guard !items.isEmpty else { return "" }
        let maximum = max(items.map(\.value).max() ?? 0, 1e-9)
        let slot = geometry.width / Double(items.count)
        let barWidth = min(slot * 0.6, 90)
        let baseline = Self.top + Self.plotHeight
        let n = ChartGeometry.number
        var svg = "<line x1=\"0\" x2=\"\(n(geometry.width))\" y1=\"\(n(baseline))\" y2=\"\(n(baseline))\" stroke=\"\(ChartPalette.text)\" stroke-width=\"1\"/>"
        for (index, item) in items.enumerated() {
            let centre = geometry.x(slot * (Double(index) + 0.5))
            let length = max(item.value / maximum * Self.plotHeight, item.value > 0 ? 2 : 0)
            svg += "<rect x=\"\(n(centre - barWidth / 2))\" y=\"\(n(baseline - length))\" width=\"\(n(barWidth))\" height=\"\(n(length))\" fill=\"\(ChartPalette.colour(0))\"/>"
            svg += "<text x=\"\(n(centre))\" y=\"\(n(baseline - length - 8))\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(ChartPalette.text)\">\(HTML.escape(item.shown))</text>"
            let lines = Self.wrap(item.label, width: Int(min(max(slot / 7.5, 0), 1_000)))
            svg += "<text x=\"\(n(centre))\" y=\"\(n(baseline + 18))\" font-size=\"13\" text-anchor=\"middle\" fill=\"\(ChartPalette.text)\">"
            for (number, line) in lines.enumerated() {
                svg += "<tspan x=\"\(n(centre))\" dy=\"\(number == 0 ? "0" : "16")\">\(HTML.escape(line))</tspan>"
            }
            svg += "</text>"
        }
        return svg
    }

    /// A label on at most two lines of about `width` characters, cut with an ellipsis beyond.
    static func wrap(_ label: String, width: Int) -> [String] {
        let width = max(width, 6)
        var lines: [String] = [""]
        for word in label.split(separator: " ") {
            let current = lines[lines.count - 1]
            if current.isEmpty {
                lines[lines.count - 1] = String(word)
            } else if current.count + 1 + word.count <= width {
                lines[lines.count - 1] = current + " " + word
            } else if lines.count < 2 {
                lines.append(String(word))
            } else {
                lines[1] = String(lines[1].prefix(max(width - 1, 1))) + "…"
                break
            }
        }
        return lines
    }
}

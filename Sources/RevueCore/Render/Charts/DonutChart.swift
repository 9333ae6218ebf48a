import Foundation

/// Shares of a whole as a ring, clockwise from the top, counter-clockwise in
/// right-to-left pages; the whole is written in the middle, the shares in the
/// legend beside it.
struct DonutChart {
    let items: [ChartItem]
    let rightToLeft: Bool
    /// The whole, as readers see it, written in the ring.
    let centre: String

    static let size = 240.0
    static let radius = 90.0
    static let thickness = 44.0

    func shapes() -> String {
        let total = items.map(\.value).reduce(0, +)
        guard total > 0 else { return "" }
        let circumference = 2 * Double.pi * Self.radius
        let half = Self.size / 2
        let n = ChartGeometry.number
        let mirror = rightToLeft ? " scale(-1 1)" : ""
        var svg = "<g transform=\"translate(\(n(half)) \(n(half)))\(mirror) rotate(-90)\">"
        var start = 0.0
        for (index, item) in items.enumerated() where item.value > 0 {
            let length = item.value / total * circumference
            svg += "<circle r=\"\(n(Self.radius))\" fill=\"none\" stroke=\"\(ChartPalette.colour(index))\" stroke-width=\"\(n(Self.thickness))\""
                + " stroke-dasharray=\"\(n(length)) \(n(circumference - length))\" stroke-dashoffset=\"\(n(-start))\"/>"
            start += length
        }
        svg += "</g>"
        svg += "<text x=\"\(n(half))\" y=\"\(n(half + 6))\" font-size=\"17\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(ChartPalette.text)\">\(HTML.escape(centre))</text>"
        return svg
    }
}

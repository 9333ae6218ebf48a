import Foundation

/// Coordinates of a chart drawn left to right, mirrored for right-to-left
/// pages so that bars grow from the start of the line in both directions.
struct ChartGeometry {
    let width: Double
    let rightToLeft: Bool

    /// The x of a point.
    func x(_ x: Double) -> Double {
        rightToLeft ? width - x : x
    }

    /// The x of a rectangle's left edge.
    func x(_ x: Double, width rectWidth: Double) -> Double {
        rightToLeft ? width - x - rectWidth : x
    }

    /// A label at the start of the line, its first line on `baseline`, the others `lineHeight` below.
    func label(_ lines: [String], baseline: Double, lineHeight: Double) -> String {
        let n = Self.number
        var svg = "<text x=\"\(n(x(0)))\" y=\"\(n(baseline))\" font-size=\"15\" fill=\"\(ChartPalette.text)\">"
        for (index, line) in lines.enumerated() {
            svg += "<tspan x=\"\(n(x(0)))\" dy=\"\(index == 0 ? "0" : n(lineHeight))\">\(HTML.escape(line))</tspan>"
        }
        return svg + "</text>"
    }

    /// A number for an SVG attribute: at most two decimals, a point for decimals.
    /// Values beyond what a drawing can use (from an extreme cell) are held to ±10⁹, never converted unchecked.
    static func number(_ value: Double) -> String {
        let bounded = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let rounded = (bounded * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}

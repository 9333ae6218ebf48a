/// Progress toward objectives, one line per item: the label, a track whose
/// filled part is the share reached, and "value / objective" — beside the
/// label, or under the track when the drawing is too narrow for both.
struct ProgressChart {
    let items: [ChartItem]
    let geometry: ChartGeometry

    static let lineHeight = 50.0
    static let labelLineHeight = 18.0

    /// Narrow drawings give the reading a line of its own, under the track.
    var readingBelow: Bool { geometry.width < 400 }

    var labels: [[String]] {
        let share = readingBelow ? 1.0 : 0.6
        return items.map { ColumnChart.wrap($0.label, width: Int(min(max(geometry.width * share / 8, 0), 1_000))) }
    }

    var height: Double {
        labels.reduce(4) { $0 + rowHeight(labelLines: $1.count) }
    }

    private func rowHeight(labelLines: Int) -> Double {
        Self.lineHeight + Double(labelLines - 1) * Self.labelLineHeight + (readingBelow ? 20 : 0)
    }

    func shapes() -> String {
        let n = ChartGeometry.number
        let room = geometry.width
        var svg = ""
        var top = 0.0
        for (item, lines) in zip(items, labels) {
            let objective = item.objective ?? 0
            let share = objective > 0 ? min(max(item.value / objective, 0), 1) : 0
            let filled = share * room
            let reading = item.objectiveShown.map { "\(item.shown) / \($0)" } ?? item.shown
            svg += geometry.label(lines, baseline: top + 15, lineHeight: Self.labelLineHeight)
            let track = top + 22 + Double(lines.count - 1) * Self.labelLineHeight
            svg += "<rect x=\"0\" y=\"\(n(track))\" width=\"\(n(room))\" height=\"14\" rx=\"7\" fill=\"\(ChartPalette.track)\"/>"
            svg += "<rect x=\"\(n(geometry.x(0, width: filled)))\" y=\"\(n(track))\" width=\"\(n(filled))\" height=\"14\" rx=\"7\" fill=\"\(ChartPalette.colour(0))\"/>"
            let readingLine = readingBelow ? track + 32 : top + 15
            svg += "<text x=\"\(n(geometry.x(room)))\" y=\"\(n(readingLine))\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"end\" fill=\"\(ChartPalette.text)\">\(HTML.escape(reading))</text>"
            top += rowHeight(labelLines: lines.count)
        }
        return svg
    }
}

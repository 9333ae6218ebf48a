/// Progress toward objectives, one line per item: the label, a track whose
/// filled part is the share reached, and "value / objective".
struct ProgressChart {
    let items: [ChartItem]
    let geometry: ChartGeometry

    static let lineHeight = 50.0

    var height: Double { Double(items.count) * Self.lineHeight + 4 }

    func shapes() -> String {
        let n = ChartGeometry.number
        let room = geometry.width
        var svg = ""
        for (index, item) in items.enumerated() {
            let top = Double(index) * Self.lineHeight
            let objective = item.objective ?? 0
            let share = objective > 0 ? min(max(item.value / objective, 0), 1) : 0
            let filled = share * room
            let reading = item.objectiveShown.map { "\(item.shown) / \($0)" } ?? item.shown
            svg += "<text x=\"\(n(geometry.x(0)))\" y=\"\(n(top + 15))\" font-size=\"15\" fill=\"\(ChartPalette.text)\">\(HTML.escape(item.label))</text>"
            svg += "<rect x=\"0\" y=\"\(n(top + 22))\" width=\"\(n(room))\" height=\"14\" rx=\"7\" fill=\"\(ChartPalette.track)\"/>"
            svg += "<rect x=\"\(n(geometry.x(0, width: filled)))\" y=\"\(n(top + 22))\" width=\"\(n(filled))\" height=\"14\" rx=\"7\" fill=\"\(ChartPalette.colour(0))\"/>"
            svg += "<text x=\"\(n(geometry.x(room)))\" y=\"\(n(top + 15))\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"end\" fill=\"\(ChartPalette.text)\">\(HTML.escape(reading))</text>"
        }
        return svg
    }
}

/// One bar, slice or progress line of a chart: its label, its value for the
/// geometry, and the text readers see, already formatted in the page's language.
struct ChartItem: Sendable {
    let label: String
    let value: Double
    let shown: String
    /// Progress charts: the objective and its text.
    var objective: Double?
    var objectiveShown: String?
}

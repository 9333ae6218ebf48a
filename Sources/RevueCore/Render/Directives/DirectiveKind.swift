/// The directives an editor can write as a fenced block, ` ```{chart} `, with
/// the options each accepts.
enum DirectiveKind: String, CaseIterable, Sendable {
    /// Key-figure cards: a value, its label, and progress toward an objective.
    case figures
    /// A table of chosen columns, with a computed totals row.
    case table
    /// A bar, column, donut or progress chart drawn as SVG at build time.
    case chart
    /// Rows shown through a template of the theme, such as the campaigns calendar.
    case list

    var options: [String] {
        switch self {
        case .figures: ["table", "rows", "value", "label", "objective"]
        case .table: ["table", "columns", "rows", "total", "caption"]
        case .chart: ["type", "table", "rows", "label", "value", "objective", "title"]
        case .list: ["table", "rows", "template", "sort", "order"]
        }
    }
}

import Mustache

/// The view of a chart: `{{{svg}}}`, `{{title}}`, `{{#legend}}`, and `{{#table}}` for screen readers.
struct ChartView: MustacheParent {
    let type: String
    let svg: String
    let title: String
    let legend: [LegendEntry]
    let table: DataTableView
    /// Between a legend's label and its value, as the language writes it: « Personnel : », « الموظفون: ».
    let colon: String

    func child(named name: String) -> Any? {
        switch name {
        case "type": type
        case "svg": svg
        case "title": title
        case "legend": legend.isEmpty ? nil : legend
        case "table": table
        case "colon": colon
        default: nil
        }
    }
}

import Mustache

/// One entry of a donut's legend: `{{colour}}`, `{{label}}`, `{{{value}}}`, `{{{share}}}`.
struct LegendEntry: MustacheParent {
    let colour: String
    let label: String
    let value: String
    let share: String?

    func child(named name: String) -> Any? {
        switch name {
        case "colour": colour
        case "label": label
        case "value": value
        case "share": share
        default: nil
        }
    }
}

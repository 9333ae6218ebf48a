import Mustache

/// One key figure: `{{{value}}}` (HTML), `{{label}}`, `{{#progress}}{{percent}}{{{objective}}}{{/progress}}`.
struct KeyFigure: MustacheParent {
    struct Progress: MustacheParent {
        let percent: Int
        let objective: String

        func child(named name: String) -> Any? {
            switch name {
            case "percent": percent
            case "objective": objective
            default: nil
            }
        }
    }

    let value: String
    let label: String
    let progress: Progress?

    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "progress": progress
        default: nil
        }
    }
}

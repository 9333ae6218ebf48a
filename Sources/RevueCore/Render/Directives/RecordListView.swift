import Mustache

/// The view of a ` ```{list} ` block: `{{#rows}}…{{/rows}}`.
struct RecordListView: MustacheParent {
    let rows: [RecordView]
    /// The theme's strings in the page's language: `{{strings.quote_open}}`.
    let strings: [String: String]

    func child(named name: String) -> Any? {
        switch name {
        case "rows": rows
        case "strings": strings
        default: nil
        }
    }
}

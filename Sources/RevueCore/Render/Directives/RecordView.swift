import Mustache

/// One row of a list: `{{key}}`, and each column by name; an empty cell is
/// absent, so that `{{#dates}}…{{/dates}}` shows nothing for it.
struct RecordView: MustacheParent {
    let key: String
    let cells: [String: CellView]

    func child(named name: String) -> Any? {
        name == "key" ? key : cells[name]
    }
}

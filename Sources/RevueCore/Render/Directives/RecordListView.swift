import Mustache

/// The view of a ` ```{list} ` block: `{{#rows}}…{{/rows}}`.
struct RecordListView: MustacheParent {
    let rows: [RecordView]

    func child(named name: String) -> Any? {
        name == "rows" ? rows : nil
    }
}

import Mustache

/// The view of a ` ```{figures} ` block: `{{#figures}}…{{/figures}}`.
struct FiguresView: MustacheParent {
    let figures: [KeyFigure]

    func child(named name: String) -> Any? {
        name == "figures" ? figures : nil
    }
}

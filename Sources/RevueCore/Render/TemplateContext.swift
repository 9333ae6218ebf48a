import Mustache

/// Hands a view model to swift-mustache by reference.
///
/// swift-mustache looks values up through `Any` and casts them to
/// `MustacheParent` at every tag; casting a large struct copies it (and retains
/// each of its strings) every time, while casting a class copies one pointer.
final class TemplateContext<View: MustacheParent>: MustacheParent {
    let view: View

    init(_ view: View) {
        self.view = view
    }

    func child(named name: String) -> Any? {
        view.child(named: name)
    }
}

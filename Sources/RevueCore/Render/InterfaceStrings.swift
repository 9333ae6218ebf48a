import Mustache

/// The theme's interface strings of one language, `{{strings.next}}` in templates.
///
/// A class for the same reason as `TemplateContext`: a `[String: String]` is a
/// `MustacheParent` only conditionally, which swift-mustache re-checks at every tag.
final class InterfaceStrings: MustacheParent, Sendable, Equatable {
    let values: [String: String]

    init(_ values: [String: String]) {
        self.values = values
    }

    static func == (lhs: InterfaceStrings, rhs: InterfaceStrings) -> Bool {
        lhs === rhs || lhs.values == rhs.values
    }

    func child(named name: String) -> Any? {
        values[name]
    }
}

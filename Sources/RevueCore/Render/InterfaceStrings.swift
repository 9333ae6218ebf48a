import Mustache

/// The theme's interface strings of one language, `{{strings.next}}` in templates.
///
/// A class for the same reason as `TemplateContext`: a `[String: String]` is a
/// `MustacheParent` only conditionally, which swift-mustache re-checks at every tag.
final class InterfaceStrings: MustacheParent, Sendable, Equatable, Encodable {
    let values: [String: String]

    init(_ values: [String: String]) {
        self.values = values
    }

    static func == (lhs: InterfaceStrings, rhs: InterfaceStrings) -> Bool {
        lhs === rhs || lhs.values == rhs.values
    }

    /// The strings in the order of their keys, the same in every run.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            try container.encode(key)
            try container.encode(value)
        }
    }

    func child(named name: String) -> Any? {
        values[name]
    }
}

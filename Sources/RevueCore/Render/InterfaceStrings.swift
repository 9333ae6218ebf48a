import Mustache

/// The theme's interface strings of one language, `{{strings.next}}` in templates.
///
/// A class for the same reason as `TemplateContext`: a `[String: String]` is a
/// `MustacheParent` only conditionally, which swift-mustache re-checks at every tag.
final class InterfaceStrings: MustacheParent, Sendable, Equatable, Encodable {
    let values: [String: String]
    /// A digest of the strings in the order of their keys, the same in every run: what a page's
    /// view digest takes of them, computed once for all the pages of the language.
    private let digest: String

    init(_ values: [String: String]) {
        self.values = values
        var hasher = ContentDigest.Hasher()
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            hasher.add(key)
            hasher.add(value)
        }
        digest = hasher.digest.description
    }

    static func == (lhs: InterfaceStrings, rhs: InterfaceStrings) -> Bool {
        lhs === rhs || lhs.values == rhs.values
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digest)
    }

    func child(named name: String) -> Any? {
        values[name]
    }
}

import Mustache

/// A `<link rel="alternate" hreflang="…">` of the page's head.
struct AlternateLink: MustacheParent, Equatable, Encodable {
    let hreflang: String
    let href: String

    func child(named name: String) -> Any? {
        switch name {
        case "hreflang": hreflang
        case "href": href
        default: nil
        }
    }
}

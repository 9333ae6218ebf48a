import Mustache

/// The image a page's front matter names with `cover` and describes with `cover_alt`.
struct CoverImage: MustacheParent, Equatable, Encodable {
    let src: String
    let alt: String

    func child(named name: String) -> Any? {
        switch name {
        case "src": src
        case "alt": alt
        default: nil
        }
    }
}

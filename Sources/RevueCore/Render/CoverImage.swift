import Mustache

/// The image a page's front matter names with `cover` and describes with `cover_alt`.
struct CoverImage: MustacheParent, Equatable, Encodable {
    let src: String
    let alt: String
    /// Its absolute address, for the page shared elsewhere, and its size when it can be read.
    var absoluteURL: String? = nil
    var size: ImageSize? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "src": src
        case "alt": alt
        default: nil
        }
    }
}

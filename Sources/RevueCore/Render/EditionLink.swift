import Mustache

/// The link of a cover to its print edition in the site, with what the reader downloads:
/// « Télécharger la revue (PDF, 35 pages, 0,5 Mo) ».
struct EditionLink: MustacheParent, Equatable, Encodable {
    /// The PDF, from the cover's page.
    let href: String
    let label: String

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        default: nil
        }
    }
}

import Mustache

/// One entry of the language switcher: the same page in another language, or
/// that language's home page with a note when the page has no translation.
struct LanguageLink: MustacheParent, Equatable, Encodable {
    let code: String
    let name: String
    let direction: String
    let href: String
    /// Shown when the page has no translation in this language.
    let note: String?

    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "name": self.name
        case "dir": direction
        case "href": href
        case "note": note
        default: nil
        }
    }
}

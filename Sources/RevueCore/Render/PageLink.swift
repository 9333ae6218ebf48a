import Mustache

/// A page as another page shows it: in the Sommaire, a section's list, the
/// navigation, or the previous and next chapter links.
struct PageLink: MustacheParent, Equatable, Encodable {
    let title: String
    let href: String
    let summary: String?
    let number: Int?
    let kind: PageKind
    let date: DateView?
    let place: String?
    let slogan: String?
    /// True for the link to the page being shown, for `aria-current`.
    let isCurrent: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "summary": summary
        case "number": number
        case "date": date.map(TemplateContext.init)
        case "place": place
        case "slogan": slogan
        case "isCurrent": isCurrent
        case "isChapter": kind == .chapter
        default: nil
        }
    }
}

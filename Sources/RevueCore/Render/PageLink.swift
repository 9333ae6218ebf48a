import Mustache

/// A page as another page shows it: in the Sommaire, a section's list, the
/// navigation, or the previous and next chapter links.
struct PageLink: MustacheParent, Equatable, Encodable, Sendable {
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
    /// For an issue in the archive: the period it covers and its chapters.
    var period: String? = nil
    var chapters: [PageLink] = []

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
        case "isIssue": kind == .issue
        case "period": period
        case "chapters": chapters.isEmpty ? nil : chapters.map(TemplateContext.init)
        case "hasChapters": !chapters.isEmpty
        default: nil
        }
    }
}

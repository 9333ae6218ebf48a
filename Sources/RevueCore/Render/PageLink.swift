import Mustache

/// A page as another page shows it: in the Sommaire, a section's list, the
/// navigation, or the previous and next chapter links.
struct PageLink: MustacheParent {
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

/// A day or a span of days, for `<time datetime="2023-05-12">12 mai 2023</time>`.
struct DateView: MustacheParent {
    let iso: String
    let text: String
    let endISO: String?
    let endText: String?

    func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "text": text
        case "end": endISO.map { iso in ["iso": iso, "text": endText ?? ""] }
        default: nil
        }
    }
}

/// One entry of the language switcher: the same page in another language, or
/// that language's home page with a note when the page has no translation.
struct LanguageLink: MustacheParent {
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

/// A `<link rel="alternate" hreflang="…">` of the page's head.
struct AlternateLink: MustacheParent {
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

/// A line of a chapter's own table of contents.
struct TableOfContentsEntry: MustacheParent {
    let id: String
    let text: String
    let isSubheading: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "isSubheading": isSubheading
        default: nil
        }
    }
}

/// The image a page's front matter names with `cover` and describes with `cover_alt`.
struct CoverImage: MustacheParent {
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

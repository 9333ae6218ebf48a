import Mustache

/// Everything a template shows for one page, computed in Swift so that
/// templates stay logic-less: `{{title}}`, `{{#toc}}…{{/toc}}`, `{{{content}}}`.
struct PageView: MustacheParent, Equatable, Encodable {
    // The language and the site
    let lang: String
    let dir: String
    let siteTitle: String
    let subtitle: String?
    let tagline: String?
    let publisher: String?
    let issue: String
    let period: String
    /// `../../` back to the site root, for assets and links.
    let root: String
    let strings: InterfaceStrings
    let navigation: [PageLink]
    /// The brand, navigation and footer, rendered once for all the pages that show them alike.
    let brand: String
    let siteNavigation: String
    let footer: String
    let languages: [LanguageLink]
    let alternates: [AlternateLink]
    let canonical: String

    // The page
    let kind: PageKind
    let title: String
    let description: String?
    let cover: CoverImage?
    let content: String
    let date: DateView?
    let number: Int?
    let author: String?
    let attribution: String?
    let place: String?
    let slogan: String?
    let tags: [String]
    let tableOfContents: [TableOfContentsEntry]
    let previous: PageLink?
    let next: PageLink?
    let children: [PageLink]
    let chapters: [PageLink]
    /// The language's Atom feed, from this page, when it has one.
    var feed: String? = nil
    /// What the page says of itself when it is shared: Open Graph, Twitter card, JSON-LD.
    var share: ShareView? = nil
    /// Where the search index is, from this page, when the site has one: `../../pagefind/`.
    var search: String? = nil
    /// On a cover, its print edition in the site, when the build printed one.
    var edition: EditionLink? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "dir": dir
        case "siteTitle": siteTitle
        case "subtitle": subtitle
        case "tagline": tagline
        case "publisher": publisher
        case "issue": issue
        case "period": period
        case "root": root
        case "strings": strings
        case "navigation": navigation.map(TemplateContext.init)
        case "brand": brand
        case "siteNavigation": siteNavigation
        case "footer": footer
        case "languages": languages.map(TemplateContext.init)
        case "alternates": alternates.map(TemplateContext.init)
        case "canonical": canonical
        case "feed": feed
        case "share": share.map(TemplateContext.init)
        case "search": search
        case "edition": edition
        case "title": title
        case "description": description
        case "content": content
        case "cover": cover.map(TemplateContext.init)
        case "date": date.map(TemplateContext.init)
        case "number": number
        case "author": author
        case "attribution": attribution
        case "place": place
        case "slogan": slogan
        case "tags": tags.isEmpty ? nil : tags
        case "toc": tableOfContents.isEmpty ? nil : tableOfContents.map(TemplateContext.init)
        case "previous": previous.map(TemplateContext.init)
        case "next": next.map(TemplateContext.init)
        case "children": children.isEmpty ? nil : children.map(TemplateContext.init)
        case "chapters": chapters.isEmpty ? nil : chapters.map(TemplateContext.init)
        case "hasTags": !tags.isEmpty
        case "hasToc": !tableOfContents.isEmpty
        case "hasChildren": !children.isEmpty
        case "hasChapters": !chapters.isEmpty
        case "isHome": kind == .home
        case "isIssue": kind == .issue
        // The period on a cover, unless its title already says it (« Réalisations phares 2022/2023 »).
        case "coverPeriod": period.isEmpty || title.contains(period) ? nil : period
        case "kind": kind.rawValue
        default: nil
        }
    }
}

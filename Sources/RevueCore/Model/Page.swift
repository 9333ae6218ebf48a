/// One page of the site in one language, placed in the review: its kind, its
/// address, its section, its translations and, for a chapter, its neighbours.
///
/// Pages refer to one another by their index in `Site.pages`.
public struct Page: Sendable {
    public private(set) var document: SourceDocument
    public let kind: PageKind
    /// The page's folder inside the site, always ending with `/`: `fr/chapitres/budget/`.
    public let url: String
    /// `url` percent-encoded, as written in links.
    public let href: String
    /// Pages that are the same page in other languages, by language code.
    public var translations: [String: Int] = [:]
    /// The section page that lists this page, if any.
    public var section: Int?
    /// The pages this section (or the home page) lists, in reading order.
    public var children: [Int] = []
    /// The issue the page belongs to, in a review published as a series: the `kind: issue`
    /// page of its folder or of a folder above; the issue page itself for that page.
    public var issue: Int?
    /// The chapters before and after this one in the Sommaire.
    public var previous: Int?
    public var next: Int?

    public init(document: SourceDocument, kind: PageKind, url: String) {
        self.document = document
        self.kind = kind
        self.url = url
        href = PathEncoding.encode(url)
    }

    /// The same page, placed as it is, with the text of `document`: the file read again
    /// after an edit below its front matter, which changes nothing of its place in the site.
    func withText(of document: SourceDocument) -> Page {
        var page = self
        page.document = document
        return page
    }

    public var language: Language { document.language }
    public var frontMatter: FrontMatter { document.frontMatter }
    public var title: String { document.frontMatter.title }

    /// The file written for the page: `fr/chapitres/budget/index.html`.
    public var outputPath: String { url + "index.html" }

    /// How many folders deep the page is, which is how many `../` lead back to the site root.
    public var depth: Int { url.reduce(0) { $1 == "/" ? $0 + 1 : $0 } }

    /// What pairs translations: `translation_key`, or the path without `.md`.
    public var translationKey: String {
        document.frontMatter.translationKey ?? String(document.path.dropLast(3))
    }
}

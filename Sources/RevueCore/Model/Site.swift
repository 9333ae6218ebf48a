/// The whole review once resolved: every page of every language, placed and
/// linked, with the files copied as they are. The render stage reads only this.
public struct Site: Sendable {
    public let config: SiteConfig
    public var pages: [Page]
    public var staticFiles: [StaticFile]
    /// The home page of each language, by language code.
    public var homes: [String: Int]
    /// The chapters in Sommaire order, by scope: the language code for the chapters of a review
    /// of one issue (or outside any issue), the issue page's address (`fr/numeros/3/`) in a series.
    public var chapters: [String: [Int]]
    /// In a review published as a series, each language's issue pages, by number.
    public var issues: [String: [Int]] = [:]
    /// Every page by its content path with its language: `fr/chapitres/budget.md`.
    public var pagesByContentPath: [String: Int]
    /// Every copied file by its path inside `content/`: `fr/chapitres/carte.png`.
    public var staticContentPaths: Set<String>

    /// The scope of a page's chapters: its issue's address, or its language's code.
    public func chapterScope(of page: Page) -> String {
        Self.chapterScope(of: page, in: pages)
    }

    /// The same, while the pages are being placed and there is no site yet.
    static func chapterScope(of page: Page, in pages: [Page]) -> String {
        page.issue.map { pages[$0].url } ?? page.language.code
    }

    /// The chapters a page's Sommaire lists: an issue's own; on the home of a series, the latest issue's.
    public func sommaire(of index: Int) -> [Int] {
        let page = pages[index]
        if page.kind == .home, let latest = issues[page.language.code]?.last {
            return chapters[pages[latest].url] ?? []
        }
        return chapters[chapterScope(of: page)] ?? []
    }

    /// The issue a page shows as its own: the one it belongs to, else (the home, the
    /// activities of a series) the latest of its language; nil for a review of one issue.
    public func issueShown(by index: Int) -> Int? {
        let page = pages[index]
        return page.issue ?? issues[page.language.code]?.last
    }

    /// The number and the period of the issue a page shows: the issue's front matter, or `revue.yml`'s.
    public func issueFacts(of index: Int?) -> (number: String, period: String) {
        guard let index, let issue = issueShown(by: index) else { return (config.issue, config.period) }
        let matter = pages[issue].frontMatter
        return (matter.number.map(String.init) ?? config.issue, matter.period ?? config.period)
    }

    /// The latest issue of a language, for what every page of it shows alike (the masthead).
    public func latestIssueFacts(of language: Language) -> (number: String, period: String) {
        issueFacts(of: issues[language.code]?.last)
    }

    /// The pages of one language.
    public func pages(in language: Language) -> [Int] {
        pages.indices.filter { pages[$0].language.code == language.code }
    }
}

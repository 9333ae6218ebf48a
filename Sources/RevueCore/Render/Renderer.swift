/// Turns each resolved page into its HTML: Markdown body through cmark, then
/// the page's view model through the template of its kind.
///
/// One renderer serves a whole build; it is shared by the threads that render
/// pages in parallel, so everything it holds is created once and never changed.
public struct Renderer: Sendable {
    private(set) var site: Site
    private(set) var theme: Theme
    private let markdown: MarkdownRenderer
    private let dayFormatters: [String: DayFormatter]
    let interfaceStrings: [String: InterfaceStrings]
    /// The data tables as each language's pages see them, by language code.
    private(set) var pageData: [String: PageData]
    /// What other pages show of each page, by page index, summaries with their data references resolved.
    let faces: [LinkFace]
    /// What was found wrong while resolving summaries.
    public let preparationDiagnostics: [Diagnostic]
    /// The languages that have a feed: a dated activity, campaign or issue.
    let languagesWithFeeds: Set<String>
    /// Whether the site is indexed for search, which every page then offers.
    let searchable: Bool
    /// The covers of the homes and the issues, by page: what their pages without a cover are
    /// shared with, read (and their image's size with them) once for the whole build.
    let issueCovers: [Int: CoverImage]
    /// The brand, navigation and footer of each language, depth and current entry, rendered once.
    private var chromes: Memo<String, SharedChrome>
    /// The print editions in the site (`revue build --pdf`), by the page of the cover that links to each.
    var editions: [Int: SiteEditions.Printed] = [:]

    /// The key of the tables as a page reads them: its language's, or its issue's in a series.
    static func dataKey(_ language: String, issue number: String?) -> String {
        number.map { "\(language)/\($0)" } ?? language
    }

    static func dataKey(of page: Page, in site: Site) -> String {
        dataKey(page.language.code, issue: page.issue.flatMap { site.pages[$0].frontMatter.number.map(String.init) })
    }

    /// Ids the default theme uses itself, which headings must not take.
    static let themeIDs: Set<String> = ["revue-main", "revue-toc", "revue-nav", "revue-languages"]

    /// `searchable`: the site is indexed by Pagefind, and every page shows the search box.
    public init(site: Site, theme: Theme, data: DataSet, searchable: Bool = false) {
        self.init(site: site, theme: theme, pageData: Self.pageData(of: site, theme: theme, data: data),
                  dayFormatters: Dictionary(keepingFirst: site.config.languages.map { ($0.code, DayFormatter(language: $0)) }),
                  interfaceStrings: theme.strings.mapValues(InterfaceStrings.init), searchable: searchable)
    }

    /// One view of the tables per language, and per issue of a series: an issue's pages read its own tables first.
    private static func pageData(of site: Site, theme: Theme, data: DataSet) -> [String: PageData] {
        Dictionary(keepingFirst: site.config.languages.flatMap { language in
            let formatter = ValueFormatter(language: language, strings: theme.strings[language.code] ?? [:])
            let issues = (site.issues[language.code] ?? []).compactMap { site.pages[$0].frontMatter.number.map(String.init) }
            return [(language.code, PageData(data: data, formatter: formatter, theme: theme, language: language))]
                + issues.map { number in
                    (Self.dataKey(language.code, issue: number), PageData(data: data.scoped(to: number), formatter: formatter, theme: theme, language: language))
                }
        })
    }

    /// What other pages show of `page`, its summary's data references resolved in its own tables,
    /// with what was found wrong in that summary.
    private static func face(of page: Page, data: PageData?, dayFormatter: DayFormatter?) -> (face: LinkFace, diagnostics: [Diagnostic]) {
        let language = page.language
        let matter = page.frontMatter
        var diagnostics: [Diagnostic] = []
        var summary = matter.summary
        if let text = summary, let data {
            summary = data.resolvePlain(text, file: page.document.file, line: matter.lines["summary"], into: &diagnostics)
        }
        let title = typeset(page.title, language)
        let face = LinkFace(title: title, navigationTitle: matter.linkTitle.map { typeset($0, language) } ?? title,
                            summary: summary.map { typeset($0, language) }, slogan: matter.slogan.map { typeset($0, language) },
                            date: dateView(matter.date, matter.endDate, yearly: matter.yearly, dayFormatter))
        return (face, diagnostics)
    }

    /// This renderer with another theme of the same strings, keeping what pages show of one another
    /// (titles, summaries, dates: the strings format them); nil when the strings differ.
    func rethemed(_ theme: Theme, data: DataSet) -> Renderer? {
        guard theme.strings == self.theme.strings else { return nil }
        var renderer = self
        renderer.theme = theme
        renderer.pageData = Self.pageData(of: site, theme: theme, data: data)
        renderer.chromes = Memo()
        return renderer
    }

    /// A renderer for another state of the same site, keeping the theme, the
    /// formatters and the formatted tables of `other`.
    init(site: Site, sharing other: Renderer) {
        self.init(site: site, theme: other.theme, pageData: other.pageData, dayFormatters: other.dayFormatters,
                  interfaceStrings: other.interfaceStrings, searchable: other.searchable)
    }

    /// This renderer for `site`, which is its site with the text of some pages read again and no
    /// front matter changed: what pages show of one another, and the shared parts, are the same.
    func withText(of site: Site) -> Renderer {
        var renderer = self
        renderer.site = site
        return renderer
    }

    private init(site: Site, theme: Theme, pageData: [String: PageData], dayFormatters: [String: DayFormatter],
                 interfaceStrings: [String: InterfaceStrings], searchable: Bool) {
        self.site = site
        self.searchable = searchable
        self.theme = theme
        chromes = Memo()
        markdown = MarkdownRenderer(unsafeHTML: site.config.unsafeHTML, reservedIDs: Self.themeIDs)
        self.dayFormatters = dayFormatters
        self.interfaceStrings = interfaceStrings
        let prepared = ParallelMap.map(Array(site.pages.indices)) { index in
            Self.face(of: site.pages[index], data: pageData[Self.dataKey(of: site.pages[index], in: site)],
                      dayFormatter: dayFormatters[site.pages[index].language.code])
        }
        faces = prepared.map(\.face)
        self.pageData = pageData
        preparationDiagnostics = prepared.flatMap(\.diagnostics)
        languagesWithFeeds = Set(site.pages.filter(AtomFeed.tells).map(\.language.code))
        let resolver = LinkResolver(site: site)
        issueCovers = Dictionary(keepingFirst: (Array(site.homes.values) + site.issues.values.joined()).compactMap { index in
            var reportedOnItsOwnPage: [Diagnostic] = []
            return Self.coverImage(of: site.pages[index], in: site, resolver: resolver, into: &reportedOnItsOwnPage).map { (index, $0) }
        })
    }

    /// The HTML of one page, what was found wrong in its Markdown, and the figures it shows.
    public func render(page index: Int) -> RenderedPage {
        let body = renderBody(page: index)
        let framed = view(page: index, body: body)
        return RenderedPage(html: html(of: framed.view), diagnostics: body.diagnostics + framed.diagnostics, figures: body.figures)
    }

    /// The page's Markdown as HTML, noting each address it resolves and each
    /// question it asks of the data tables.
    func renderBody(page index: Int) -> PageBody {
        let page = site.pages[index]
        guard let data = pageData[Self.dataKey(of: page, in: site)] else {
            return PageBody(html: "", headings: [], diagnostics: [], figures: PageFigures(), trace: BodyTrace())
        }
        let source: String
        do throws(DiagnosticError) {
            source = try page.document.markdown()
        } catch {
            return PageBody(html: "", headings: [], diagnostics: error.diagnostics, figures: PageFigures(), trace: BodyTrace())
        }
        let resolver = LinkResolver(site: site)
        let tracing = TracingData(data)
        var links: [BodyTrace.Link] = []
        let body = markdown.render(
            source, file: page.document.file, firstLine: page.document.bodyFirstLine,
            typography: page.language.typography, data: tracing,
            resolveLink: { address, line in
                let resolution = resolver.resolve(address, from: page)
                links.append(BodyTrace.Link(address: address, line: line, resolution: resolution))
                return resolution
            })
        var diagnostics = body.diagnostics
        if page.kind.isWritten, source.allSatisfy(\.isWhitespace) {
            diagnostics.append(.warning(
                "this page has a title and no text yet: write its text below the front matter, or add 'draft: true' to keep it out of the site until it is written",
                in: page.document.file, line: page.frontMatter.lines["title"] ?? 1, code: "empty-page"))
        }
        return PageBody(html: body.html, headings: body.headings, diagnostics: diagnostics,
                        figures: PageFigures(literal: body.literalNumbers, referenced: body.referencedNumbers),
                        trace: BodyTrace(links: links, dataCalls: tracing.calls))
    }

    /// Whether a body rendered earlier, from the same Markdown, would come out
    /// the same now; `dataMayDiffer` when the tables or the theme have changed since.
    func isCurrent(_ body: PageBody, page index: Int, dataMayDiffer: Bool) -> Bool {
        let page = site.pages[index]
        let resolver = LinkResolver(site: site)
        guard body.trace.linksResolveTheSame({ resolver.resolve($0, from: page) }) else { return false }
        guard dataMayDiffer else { return true }
        guard let data = pageData[Self.dataKey(of: page, in: site)] else { return false }
        return body.trace.dataAnswersTheSame(data)
    }

    /// Everything the page's template shows, around its body, and what was found wrong in its cover.
    func view(page index: Int, body: PageBody) -> (view: PageView, diagnostics: [Diagnostic]) {
        let page = site.pages[index]
        var diagnostics: [Diagnostic] = []
        let cover = Self.coverImage(of: page, in: site, resolver: LinkResolver(site: site), into: &diagnostics)
        var view = pageView(for: index, content: body.html, headings: body.headings, cover: cover)
        // A page without a cover is shared with its issue's (the home's, for a review of one issue).
        let shown = cover ?? (site.issueShown(by: index) ?? site.homes[page.language.code]).flatMap { issueCovers[$0] }
        view.share = share(of: index, view: view, cover: shown)
        view.edition = editions[index].map { editionLink(to: $0, from: index) }
        return (view, diagnostics)
    }

    /// A page's view through the template of its kind.
    func html(of view: PageView) -> String {
        theme.render(TemplateContext(view), with: view.kind.templateName)
    }

    /// The page shown for an address that does not exist, in one language, at `<code>/404.html`.
    /// `atRoot` writes it for `site/404.html`, whose links start from the site root.
    public func renderNotFound(in language: Language, atRoot: Bool) -> String {
        let strings = theme.strings[language.code] ?? [:]
        let depth = atRoot ? 0 : 1
        let view = baseView(language: language, depth: depth, kind: .page, title: strings["not_found_title"] ?? "404",
                            url: "\(language.code)/404.html", current: nil, translations: [:])
        return theme.render(TemplateContext(view), with: "404")
    }

    /// `site/index.html`, which sends readers to the default language.
    public func renderRedirect() -> String {
        let language = site.config.defaultLanguage
        var view = baseView(language: language, depth: 0, kind: .page, title: site.config.title[language.code] ?? "",
                            url: "", current: nil, translations: [:])
        if let home = site.homes[language.code] {
            view = baseView(language: language, depth: 0, kind: .page, title: site.pages[home].title,
                            url: site.pages[home].url, current: home, translations: site.pages[home].translations)
        }
        return theme.render(TemplateContext(view), with: "redirect")
    }

    // MARK: - View models

    /// The page's `cover` image, checked like an image in its Markdown.
    private static func coverImage(of page: Page, in site: Site, resolver: LinkResolver, into diagnostics: inout [Diagnostic]) -> CoverImage? {
        let matter = page.frontMatter
        guard let cover = matter.cover else { return nil }
        let line = matter.lines["cover"]
        var src = cover
        switch resolver.resolve(cover, from: page) {
        case .broken(let message):
            diagnostics.append(.error("the cover: \(message)", in: page.document.file, line: line))
            return nil
        case .replace(let address):
            src = address
        case .keep:
            break
        }
        let alt = matter.coverAlt ?? ""
        if alt.allSatisfy(\.isWhitespace) {
            diagnostics.append(.warning("the cover image has no alternative text: describe it with 'cover_alt'", in: page.document.file, line: line))
        }
        var image = CoverImage(src: src, alt: Self.typeset(alt, page.language))
        let root = String(repeating: "../", count: page.depth)
        if LinkResolver.hasScheme(src) {
            image.absoluteURL = src
        } else if src.hasPrefix(root) {
            let path = String(src.dropFirst(root.count))
            image.absoluteURL = site.config.baseURL + path
            let file = path.removingPercentEncoding ?? path
            image.size = site.staticFiles.first { $0.outputPath == file }.flatMap { ImageSize.of($0.source) }
        }
        return image
    }

    private func pageView(for index: Int, content: String, headings: [MarkdownRenderer.Heading], cover: CoverImage?) -> PageView {
        let page = site.pages[index]
        let matter = page.frontMatter
        let base = baseView(language: page.language, depth: page.depth, kind: page.kind, title: page.title,
                            url: page.url, current: index, translations: page.translations)
        let issue = site.issueFacts(of: index)
        var view = PageView(
            lang: base.lang, dir: base.dir, siteTitle: base.siteTitle, subtitle: base.subtitle, tagline: base.tagline,
            publisher: base.publisher, issue: issue.number, period: issue.period, root: base.root, strings: base.strings,
            navigation: base.navigation, brand: base.brand, siteNavigation: base.siteNavigation, footer: base.footer,
            languages: base.languages, alternates: base.alternates, canonical: base.canonical,
            kind: page.kind, title: base.title, description: faces[index].summary, cover: cover,
            content: content, date: faces[index].date, number: matter.number,
            author: matter.author.map { typeset($0, page.language) },
            attribution: matter.attribution.map { typeset($0, page.language) },
            place: matter.place, slogan: matter.slogan.map { typeset($0, page.language) }, tags: matter.tags,
            tableOfContents: page.kind == .chapter
                ? headings.filter { (2...3).contains($0.level) }.map { TableOfContentsEntry(id: $0.id, text: typeset($0.text, page.language), isSubheading: $0.level > 2) } : [],
            previous: page.previous.map { link(to: $0, from: page, current: nil) },
            next: page.next.map { link(to: $0, from: page, current: nil) },
            children: page.children.map { link(to: $0, from: page, current: nil) },
            chapters: [.home, .issue].contains(page.kind) ? site.sommaire(of: index).map { link(to: $0, from: page, current: nil) } : [])
        view.feed = base.feed
        view.search = base.search
        return view
    }

    /// What every page of a language shares: head links, navigation, switcher.
    func baseView(language: Language, depth: Int, kind: PageKind, title: String, url: String,
                  current: Int?, translations: [String: Int]) -> PageView {
        let config = site.config
        let root = String(repeating: "../", count: depth)
        let chrome = sharedChrome(language: language, depth: depth, current: current)
        var alternates: [AlternateLink] = []
        var languages: [LanguageLink] = []
        for other in config.languages {
            let target = other == language ? current : translations[other.code]
            if let target {
                alternates.append(AlternateLink(hreflang: other.code, href: config.baseURL + site.pages[target].href))
            }
            guard other != language else { continue }
            let fallback = site.homes[other.code].map { root + site.pages[$0].href } ?? root + PathEncoding.encode("\(other.code)/")
            languages.append(LanguageLink(
                code: other.code, name: other.name, direction: other.direction.rawValue,
                href: target.map { root + site.pages[$0].href } ?? fallback,
                note: target == nil && current != nil ? theme.strings[other.code]?["missing_translation"] : nil))
        }
        if alternates.count > 1, let defaultTarget = config.defaultLanguage == language ? current : translations[config.defaultLanguage.code] {
            alternates.append(AlternateLink(hreflang: "x-default", href: config.baseURL + site.pages[defaultTarget].href))
        }
        return siteView(language: language, root: root, chrome: chrome, languages: languages, alternates: alternates,
                        canonical: config.baseURL + PathEncoding.encode(url), kind: kind, title: typeset(title, language))
    }

    /// A view with the site's names in `language`, `chrome`, and of the page only what is given.
    private func siteView(language: Language, root: String, chrome: SharedChrome, languages: [LanguageLink] = [],
                          alternates: [AlternateLink] = [], canonical: String = "", kind: PageKind = .page, title: String = "") -> PageView {
        let config = site.config
        let code = language.code
        // What every page of the language shows alike names the latest issue of a series.
        let latest = site.latestIssueFacts(of: language)
        var view = PageView(
            lang: code, dir: language.direction.rawValue,
            siteTitle: typeset(config.title[code] ?? "", language),
            subtitle: config.subtitle[code].map { typeset($0, language) },
            tagline: config.tagline[code].map { typeset($0, language) },
            publisher: config.publisher[code].map { typeset($0, language) },
            issue: latest.number, period: latest.period, root: root, strings: interfaceStrings[code] ?? InterfaceStrings([:]),
            navigation: chrome.navigation, brand: chrome.brand, siteNavigation: chrome.siteNavigation, footer: chrome.footer,
            languages: languages, alternates: alternates, canonical: canonical,
            kind: kind, title: title, description: nil, cover: nil, content: "", date: nil, number: nil,
            author: nil, attribution: nil, place: nil, slogan: nil, tags: [], tableOfContents: [],
            previous: nil, next: nil, children: [], chapters: [])
        view.feed = languagesWithFeeds.contains(code) ? root + AtomFeed.path(of: language) : nil
        view.search = searchable ? root + SearchIndex.folderName + "/" : nil
        return view
    }

    /// The chrome of a page of `language` at `depth` whose current page is `current`: made once for
    /// each depth and current entry of the navigation, then the same for every page that shares them.
    private func sharedChrome(language: Language, depth: Int, current: Int?) -> SharedChrome {
        let code = language.code
        let items = site.homes[code].map { home in [home] + site.pages[home].children.filter { site.pages[$0].kind != .chapter } } ?? []
        let currentItems = current.map { current in
            items.filter { item in site.homes[code].map { isWithin(site.pages[current], item, home: $0) } ?? false }
        } ?? []
        let key = "\(code)/\(depth)/\(currentItems.map(String.init).joined(separator: ","))"
        return chromes.value(for: key) {
            let root = String(repeating: "../", count: depth)
            let navigation = items.map { item in
                PageLink(page: site.pages[item], face: faces[item], href: root + site.pages[item].href,
                         title: faces[item].navigationTitle, date: nil, isCurrent: currentItems.contains(item))
            }
            let parts = SharedChrome(navigation: navigation, brand: "", siteNavigation: "", footer: "")
            let context = TemplateContext(siteView(language: language, root: root, chrome: parts))
            return SharedChrome(navigation: navigation, brand: theme.render(context, with: "brand"),
                                siteNavigation: theme.render(context, with: "navigation"), footer: theme.render(context, with: "footer"))
        }
    }

    private func link(to index: Int, from page: Page, current: Int?) -> PageLink {
        let target = site.pages[index]
        let root = String(repeating: "../", count: page.depth)
        var link = PageLink(page: target, face: faces[index], href: root + target.href, title: faces[index].title,
                            date: faces[index].date, isCurrent: index == current)
        if target.kind == .issue {
            // The archive shows each issue with its period and its chapters.
            link.period = target.frontMatter.period
            link.chapters = (site.chapters[target.url] ?? []).map { self.link(to: $0, from: page, current: nil) }
        }
        return link
    }

    /// Whether the page shown is `item` or lies inside it, for the navigation's current entry.
    private func isWithin(_ page: Page, _ item: Int, home: Int) -> Bool {
        if site.pages[item].url == page.url { return true }
        guard item != home else { return false }
        return page.url.hasPrefix(site.pages[item].url)
    }

    /// A page's date as its template shows it; a yearly day as HTML's yearless date, `09-28`.
    private static func dateView(_ start: Day?, _ end: Day?, yearly: Bool, _ formatter: DayFormatter?) -> DateView? {
        guard let start, let formatter else { return nil }
        let end = end.flatMap { $0 == start ? nil : $0 }
        func iso(_ day: Day) -> String { yearly ? String(day.description.dropFirst(5)) : day.description }
        return DateView(iso: iso(start), text: formatter.string(start, withYear: !yearly),
                        endISO: end.map(iso), endText: end.map { formatter.string($0, withYear: !yearly) })
    }

    func typeset(_ text: String, _ language: Language) -> String {
        Self.typeset(text, language)
    }

    private static func typeset(_ text: String, _ language: Language) -> String {
        language.typography.apply(DigitGrouping.apply(text))
    }
}

private extension PageLink {
    init(page: Page, face: LinkFace, href: String, title: String, date: DateView?, isCurrent: Bool) {
        self.init(title: title, href: href, summary: face.summary, number: page.frontMatter.number,
                  kind: page.kind, date: date, place: page.frontMatter.place, slogan: face.slogan,
                  isCurrent: isCurrent)
    }
}

/// The feeds rendered with the site's renderer: entries take the titles and summaries pages show.
extension Renderer {
    /// The feed of `language`, nil when it has nothing dated to tell of.
    func feed(in language: Language) -> AtomFeed? {
        let config = site.config
        let entries = site.pages.indices
            .filter { site.pages[$0].language == language && AtomFeed.tells(site.pages[$0]) }
            .compactMap { index -> AtomFeed.Entry? in
                guard let day = site.pages[index].frontMatter.date else { return nil }
                return AtomFeed.Entry(title: faces[index].title, address: config.baseURL + site.pages[index].href, day: day,
                                      summary: faces[index].summary)
            }
            .sorted { ($0.day, $1.address) > ($1.day, $0.address) }
        guard !entries.isEmpty else { return nil }
        let strings = theme.strings[language.code] ?? [:]
        let siteTitle = config.title[language.code] ?? ""
        let title = [siteTitle, strings["feed_title"] ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        return AtomFeed(language: language, title: typeset(title, language), address: config.baseURL + AtomFeed.path(of: language),
                        home: config.baseURL + language.code + "/", author: config.publisher[language.code] ?? siteTitle, entries: entries)
    }
}

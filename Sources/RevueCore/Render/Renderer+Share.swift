/// What each page says of itself when it is shared, computed from its view.
extension Renderer {
    func share(of index: Int, view: PageView, cover: CoverImage?) -> ShareView {
        let page = site.pages[index]
        let config = site.config
        let alternates = page.translations.keys.sorted().compactMap { config.language(code: $0) }.map { ShareView.openGraphLocale($0.localeIdentifier) }
        let image = cover.flatMap { cover in cover.absoluteURL.map { ShareView.SharedImage(url: $0, alt: cover.alt, size: cover.size) } }
        return ShareView(type: page.kind.isWritten ? "article" : "website", locale: ShareView.openGraphLocale(page.language.localeIdentifier),
                         alternateLocales: alternates, image: image, structuredData: ShareView.scriptJSON(structuredData(of: index, view: view, image: image)))
    }

    /// schema.org's description of the page: the issue a cover is of, or the article a page of text is.
    private func structuredData(of index: Int, view: PageView, image: ShareView.SharedImage?) -> [String: Any] {
        let page = site.pages[index]
        let code = page.language.code
        let config = site.config
        let publisher: [String: Any] = ["@type": "GovernmentOrganization", "name": config.publisher[code] ?? config.title[code] ?? ""]
        let periodical: [String: Any] = ["@type": "Periodical", "name": view.siteTitle, "publisher": publisher]
        let issue: [String: Any] = ["@type": "PublicationIssue", "issueNumber": view.issue, "isPartOf": periodical]
        var data: [String: Any] = ["@context": "https://schema.org", "url": view.canonical, "inLanguage": code]
        if let description = view.description { data["description"] = description }
        if let image { data["image"] = image.url }
        switch page.kind {
        case .home, .issue:
            data.merge(issue) { $1 }
            data["name"] = view.title
        case .section:
            data["@type"] = "CollectionPage"
            data["name"] = view.title
            data["isPartOf"] = periodical
        default:
            data["@type"] = "Article"
            data["headline"] = view.title
            data["publisher"] = publisher
            data["author"] = page.frontMatter.author.map { ["@type": "Person", "name": $0] as [String: Any] } ?? publisher
            if let day = page.frontMatter.date, !page.frontMatter.yearly { data["datePublished"] = day.description }
            if [.chapter, .editorial, .message].contains(page.kind) { data["isPartOf"] = issue }
        }
        return data
    }
}

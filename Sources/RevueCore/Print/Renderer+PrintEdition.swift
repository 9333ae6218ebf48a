/// The print edition rendered with the site's renderer: its parts share the pages' bodies and faces.
extension Renderer {
    /// The print edition of one language: every page of the review in reading order, in one document at the site's root.
    /// `pages` gives the page each part starts on (from a print before); `markers` writes the marks that find them.
    /// `issue`, in a series, is the page of the issue printed.
    func renderPrintEdition(in language: Language, issue: Int? = nil, pages: [String: Int] = [:], markers: Bool = false) -> String {
        let code = language.code
        let root = issue ?? site.homes[code]
        let opening = root.map { site.pages[$0].children.filter { [.message, .editorial].contains(site.pages[$0].kind) } } ?? []
        let chapters = printedChapters(in: language, issue: issue)
        let anchors = Dictionary(keepingFirst: (opening + chapters).map { (site.pages[$0].url, "part-\($0)") })
        var links = PrintLinks(anchors: anchors, baseURL: site.config.baseURL)
        links.pages = pages
        links.pageAbbreviation = theme.strings[code]?["page_abbreviation"] ?? "p."
        links.placeholders = markers
        func part(_ index: Int) -> PrintPart {
            let page = site.pages[index]
            let body = renderBody(page: index)
            let id = "part-\(index)"
            return PrintPart(id: id, kind: page.kind, title: faces[index].title, number: page.frontMatter.number,
                             author: page.frontMatter.author.map { typeset($0, language) }, lead: faces[index].summary,
                             content: links.rewrite(body.html, from: page.url, part: id),
                             // While measuring, a placeholder as wide as most page numbers keeps the Sommaire's lines as they will be.
                             page: pages[id] ?? (markers ? 99 : nil), marker: markers ? PrintPages.marker(of: id) : nil)
        }
        let strings = theme.strings[code] ?? [:]
        let facts = site.issueFacts(of: issue)
        let head = [siteText(\.title, code), "\(strings["issue_label"] ?? "") \(facts.number)", facts.period]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let base = baseView(language: language, depth: 0, kind: .page, title: siteText(\.title, code),
                            url: "print-\(code).html", current: nil, translations: [:])
        let view = PrintView(site: base, runningHead: Self.cssString(head), opening: opening.map(part), chapters: chapters.map(part),
                             issue: facts.number, period: facts.period, subtitle: issue.map { faces[$0].title } ?? base.subtitle)
        return theme.render(TemplateContext(view), with: PrintEdition.templateName)
    }

    /// The chapters an edition prints: the issue's, or those of the review of one issue.
    func printedChapters(in language: Language, issue: Int?) -> [Int] {
        site.chapters[issue.map { site.pages[$0].url } ?? language.code] ?? []
    }

    /// A text of `revue.yml` in one language, empty when it has none.
    private func siteText(_ key: KeyPath<SiteConfig, [String: String]>, _ code: String) -> String {
        site.config[keyPath: key][code] ?? ""
    }

    /// A text as a CSS string, quotes included, safe inside a `<style>` element.
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": result += "\\\(String(scalar.value, radix: 16)) "
            case _ where scalar.value < 0x20: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

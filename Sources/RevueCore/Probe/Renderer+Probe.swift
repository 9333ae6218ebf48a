/// One probed page rendered as a page of the site, for the fuzzers.
extension Renderer {
    /// Renders `document` as if it were the page at `index`, in full, and returns how many findings it gave.
    func probe(_ document: SourceDocument, as index: Int) -> Int {
        var site = self.site
        site.pages[index] = Page(document: document, kind: site.pages[index].kind, url: site.pages[index].url)
        let renderer = Renderer(site: site, sharing: self)
        let page = renderer.render(page: index)
        var diagnostics: [Diagnostic] = []
        if let summary = document.frontMatter.summary, let data = pageData[document.language.code] {
            _ = data.resolvePlain(summary, file: document.file, line: nil, into: &diagnostics)
        }
        return page.diagnostics.count + diagnostics.count
    }
}

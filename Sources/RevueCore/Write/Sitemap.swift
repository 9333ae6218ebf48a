/// `sitemap.xml`: every page with its translations, so that search engines
/// offer each reader the review in their language.
enum Sitemap {
    static func xml(for site: Site) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for page in site.pages {
            xml += "  <url>\n    <loc>\(address(of: page, in: site))</loc>\n"
            // A yearly day's year only orders the page: it is no date of the page's own.
            if let date = page.frontMatter.date, !page.frontMatter.yearly {
                xml += "    <lastmod>\(date)</lastmod>\n"
            }
            if !page.translations.isEmpty {
                let family = [(page.language.code, page)] + page.translations.map { ($0.key, site.pages[$0.value]) }
                for (code, member) in family.sorted(by: { $0.0 < $1.0 }) {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(address(of: member, in: site))\"/>\n"
                }
            }
            xml += "  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    private static func address(of page: Page, in site: Site) -> String {
        HTML.escape(site.config.baseURL + page.href)
    }
}

import Foundation

/// The link of a cover to its edition printed in the site.
extension Renderer {
    /// « Télécharger la revue (PDF, 35 pages, 0,5 Mo) », « تحميل المجلة (PDF، 35 صفحة، 0,5 ميغابايت) ».
    func editionLink(to edition: SiteEditions.Printed, from index: Int) -> EditionLink {
        let page = site.pages[index]
        let code = page.language.code
        let strings = theme.strings[code] ?? [:]
        var details = ["PDF"]
        if let pages = edition.facts.pages {
            let category = PluralCategory.of(Decimal(pages), language: code)
            let noun = strings["edition_pages_\(category.rawValue)"] ?? strings["edition_pages_other"] ?? "pages"
            details.append("\(pages) \(noun)")
        }
        details.append(size(of: edition.facts.bytes, in: code, strings: strings))
        let comma = strings["comma"] ?? ", "
        let label = "\(strings["edition_download"] ?? "PDF") (\(details.joined(separator: comma)))"
        return EditionLink(href: String(repeating: "../", count: page.depth) + PathEncoding.encode(edition.path),
                           label: typeset(label, page.language))
    }

    /// 0,5 Mo, 12 Mo, 85 Ko: a tenth of a megabyte at least in megabytes (one decimal below ten), less in kilobytes.
    private func size(of bytes: Int, in code: String, strings: [String: String]) -> String {
        let megabytes = Decimal(bytes) / 1_000_000
        guard bytes >= 100_000 else {
            return "\(max(1, (bytes + 500) / 1000)) \(strings["kilobytes"] ?? "kB")"
        }
        let shown = pageData[code]?.formatter.number(megabytes, precision: megabytes < 10 ? 1 : 0) ?? "\(megabytes)"
        return "\(shown) \(strings["megabytes"] ?? "MB")"
    }
}

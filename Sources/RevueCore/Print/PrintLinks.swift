import Foundation

/// Rewrites the addresses in a page's HTML for the print edition, where all
/// pages are one document at the site's root: a link to a page of the edition
/// becomes its anchor, a link to another page of the site its web address,
/// and an image's address a path from the site's root. A link to another part
/// (to its start, not to a heading inside it) is followed by the page it starts
/// on, « (p. 12) », once the pages are known.
struct PrintLinks {
    /// The anchor of each page of the edition, by its folder in the site: `fr/chapitres/budget/` → `part-4`.
    let anchors: [String: String]
    let baseURL: String
    /// The page each part starts on, by its anchor; empty before the edition is measured.
    var pages: [String: Int] = [:]
    /// What stands before a page number after a link: « p. », « ص. ».
    var pageAbbreviation = ""
    /// While measuring: a number as wide as most, where the pages will go.
    var placeholders = false

    func rewrite(_ html: String, from pageURL: String, part: String? = nil) -> String {
        var result = ""
        var rest = Substring(html)
        while let attribute = nextAttribute(in: rest) {
            result += rest[..<attribute.valueStart]
            let value = String(rest[attribute.valueStart..<attribute.valueEnd])
            let (address, anchor) = rewrite(value, isImage: attribute.isImage, from: pageURL)
            result += address
            rest = rest[attribute.valueEnd...]
            if let anchor, anchor != part, let page = pages[anchor] ?? (placeholders ? 99 : nil),
               let close = rest.range(of: "</a>") {
                result += rest[..<close.upperBound]
                result += " <span class=\"page-ref\">(\(pageAbbreviation)\u{00A0}\(page))</span>"
                rest = rest[close.upperBound...]
            }
        }
        return result + rest
    }

    /// The address as the edition has it, and the anchor of the part it leads to, if it leads to one.
    private func rewrite(_ address: String, isImage: Bool, from pageURL: String) -> (String, anchor: String?) {
        guard !address.isEmpty, !address.hasPrefix("#"), !address.hasPrefix("/"), !LinkResolver.hasScheme(address) else { return (address, nil) }
        var path = address
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        // Addresses in the HTML are percent-encoded; the site's folders are not.
        guard let target = LinkResolver.normalize(path.removingPercentEncoding ?? path, from: pageURL) else { return (address, nil) }
        if isImage { return (PathEncoding.encode(target) + fragment, nil) }
        let folder = target.hasSuffix("/") || target.isEmpty ? target : target + "/"
        // A heading's own page is not measured: only a link to the start of a part is given its page.
        if let anchor = anchors[folder] { return fragment.isEmpty ? ("#" + anchor, anchor) : (fragment, nil) }
        return (baseURL + PathEncoding.encode(target) + fragment, nil)
    }

    /// The next ` href="…"` or ` src="…"`: where its value starts and ends.
    private func nextAttribute(in text: Substring) -> (valueStart: String.Index, valueEnd: String.Index, isImage: Bool)? {
        let href = text.range(of: " href=\"")
        let src = text.range(of: " src=\"")
        guard let found = [href, src].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        guard let end = text[found.upperBound...].firstIndex(of: "\"") else { return nil }
        return (found.upperBound, end, found == src)
    }
}

import Foundation

/// Rewrites the addresses in a page's HTML for the print edition, where all
/// pages are one document at the site's root: a link to a page of the edition
/// becomes its anchor, a link to another page of the site its web address,
/// and an image's address a path from the site's root.
struct PrintLinks {
    /// The anchor of each page of the edition, by its folder in the site: `fr/chapitres/budget/` → `part-4`.
    let anchors: [String: String]
    let baseURL: String

    func rewrite(_ html: String, from pageURL: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let attribute = nextAttribute(in: rest) {
            result += rest[..<attribute.valueStart]
            let value = String(rest[attribute.valueStart..<attribute.valueEnd])
            result += rewrite(value, isImage: attribute.isImage, from: pageURL)
            rest = rest[attribute.valueEnd...]
        }
        return result + rest
    }

    private func rewrite(_ address: String, isImage: Bool, from pageURL: String) -> String {
        guard !address.isEmpty, !address.hasPrefix("#"), !address.hasPrefix("/"), !LinkResolver.hasScheme(address) else { return address }
        var path = address
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        // Addresses in the HTML are percent-encoded; the site's folders are not.
        guard let target = LinkResolver.normalize(path.removingPercentEncoding ?? path, from: pageURL) else { return address }
        if isImage { return PathEncoding.encode(target) + fragment }
        let folder = target.hasSuffix("/") || target.isEmpty ? target : target + "/"
        if let anchor = anchors[folder] { return fragment.isEmpty ? "#" + anchor : fragment }
        return baseURL + PathEncoding.encode(target) + fragment
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

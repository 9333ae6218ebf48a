import Foundation

/// Rewrites the addresses an editor writes in Markdown into addresses that work
/// in the published site, relative to the page that holds them.
///
/// From `content/fr/activites/atelier.md`, `../chapitres/budget.md#personnel`
/// becomes `../../chapitres/budget/#personnel`; `carte.png` beside the page
/// becomes `../carte.png`. A link to a page or file that does not exist is broken.
struct LinkResolver {
    let site: Site

    func resolve(_ address: String, from page: Page) -> MarkdownRenderer.LinkResolution {
        guard !address.isEmpty, !address.hasPrefix("#"), !address.hasPrefix("/"), !Self.hasScheme(address) else {
            return .keep
        }
        var path = address
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        let decoded = path.removingPercentEncoding ?? path
        let folder = "\(page.language.code)/\(SiteResolver.folder(of: page.document.path))"
        guard let target = Self.normalize(decoded, from: folder) else {
            return .broken("the link '\(address)' leads outside \(ContentLoader.folderName)/")
        }
        let root = String(repeating: "../", count: page.depth)

        if target.hasSuffix(".md") || target.hasSuffix("/") || target.isEmpty {
            let key = target.hasSuffix(".md") ? target : target + "_index.md"
            guard let index = site.pagesByContentPath[key] else {
                return .broken("the link '\(address)' leads to a page that does not exist (\(ContentLoader.folderName)/\(key))\(hint(for: key))")
            }
            return .replace(root + site.pages[index].href + suffix)
        }
        guard site.staticContentPaths.contains(target) else {
            return .broken("the link '\(address)' leads to a file that does not exist (\(ContentLoader.folderName)/\(target))")
        }
        return .replace(root + PathEncoding.encode(target) + suffix)
    }

    /// The page and the fragment an address with a `#` leads to: `budget.md#personnel`
    /// from another page, `#personnel` on the page itself (`index`); nil for any other address.
    func anchorTarget(of address: String, from page: Page, index: Int) -> (page: Int, fragment: String)? {
        guard let hash = address.firstIndex(of: "#") else { return nil }
        let fragment = String(address[address.index(after: hash)...])
        let path = String(address[..<hash].prefix { $0 != "?" })
        if path.isEmpty { return (index, fragment.removingPercentEncoding ?? fragment) }
        guard !path.hasPrefix("/"), !Self.hasScheme(path),
              let target = Self.normalize(path.removingPercentEncoding ?? path, from: "\(page.language.code)/\(SiteResolver.folder(of: page.document.path))"),
              target.hasSuffix(".md") || target.hasSuffix("/") || target.isEmpty,
              let found = site.pagesByContentPath[target.hasSuffix(".md") ? target : target + "_index.md"] else { return nil }
        return (found, fragment.removingPercentEncoding ?? fragment)
    }

    private func hint(for key: String) -> Message {
        let language = key.prefix { $0 != "/" }
        let candidates = site.pagesByContentPath.keys.filter { $0.hasPrefix(language + "/") }
        guard let match = NearestName.suggestion(for: key, among: candidates) else { return "" }
        return " (did you mean \(ContentLoader.folderName)/\(match)?)"
    }

    /// `../chapitres/budget.md` from `fr/activites` → `fr/chapitres/budget.md`; nil when it climbs out of `content/`.
    static func normalize(_ path: String, from folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        let trailingSlash = path.hasSuffix("/")
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/") + (trailingSlash && !parts.isEmpty ? "/" : "")
    }

    /// `https:`, `mailto:`, `tel:`… — any address with a scheme is left as written.
    static func hasScheme(_ address: String) -> Bool {
        guard let colon = address.firstIndex(of: ":"), colon != address.startIndex else { return false }
        let scheme = address[..<colon]
        guard let first = scheme.unicodeScalars.first, CharacterSet.letters.contains(first) else { return false }
        return scheme.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "+-.".unicodeScalars.contains($0) }
    }
}

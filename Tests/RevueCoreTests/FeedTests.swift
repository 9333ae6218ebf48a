import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RevueCore

/// The Atom feed of each language: activities and campaigns newest first, absolute
/// addresses, RFC 3339 dates, escaped text, linked from every page of its language.
@Suite struct FeedTests {
    /// The elements of a feed as an XML parser reads them: what RFC 4287 requires is checked on this.
    final class AtomReader: NSObject, XMLParserDelegate {
        var feedElements: [String: String] = [:]
        var entries: [[String: String]] = []
        var language: String?
        var selfLink: String?
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            path.append(name)
            text = ""
            if name == "feed" { language = attributes["xml:lang"] }
            if name == "entry" { entries.append([:]) }
            if name == "link", path.count == 2, attributes["rel"] == "self" { selfLink = attributes["href"] }
            if name == "link", path.count == 3, path[1] == "entry" { entries[entries.count - 1]["link"] = attributes["href"] }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if path.count == 2 { feedElements[name] = text }
            if path.count == 3, path[1] == "entry", name != "link" { entries[entries.count - 1][name] = text }
            if path.count == 3, path[1] == "author" { feedElements["author"] = text }
            path.removeLast()
        }
    }

    static func read(_ xml: String) throws -> AtomReader {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = AtomReader()
        parser.delegate = reader
        #expect(parser.parse(), "the feed is not well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    @Test func eachLanguageHasAnAtomFeedWithWhatItRequires() throws {
        let site = try TestSite(files: [
            "content/fr/activites/_index.md": "---\ntitle: Activités\npages: activity\n---\n",
            "content/ar/activites/_index.md": "---\ntitle: الأنشطة\npages: activity\n---\n",
            "content/fr/activites/atelier.md": "---\ntitle: Atelier « santé » & <régions>\ndate: 2023-05-12\nsummary: Un atelier <b>à Rabat</b> & ailleurs.\n---\nTexte.\n",
            "content/ar/activites/atelier.md": "---\ntitle: ورشة\ndate: 2023-05-12\nsummary: ورشة بالرباط.\n---\nنص.\n",
            "content/fr/activites/reunion.md": "---\ntitle: Réunion\ndate: 2024-01-08\n---\nTexte.\n",
            "content/ar/activites/reunion.md": "---\ntitle: اجتماع\ndate: 2024-01-08\n---\nنص.\n",
            "content/fr/activites/journee.md": "---\ntitle: Journée mondiale\ndate: 2022-09-28\nyearly: true\n---\nTexte.\n",
            "content/ar/activites/journee.md": "---\ntitle: اليوم العالمي\ndate: 2022-09-28\nyearly: true\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        for code in ["fr", "ar"] {
            let feed = try Self.read(try site.html("\(code)/feed.xml"))
            #expect(feed.language == code)
            #expect(feed.feedElements["id"] == "https://example.org/revue/\(code)/feed.xml" && feed.selfLink == feed.feedElements["id"])
            #expect(feed.feedElements["title"]?.isEmpty == false && feed.feedElements["author"]?.isEmpty == false)
            #expect(feed.feedElements["updated"] == "2024-01-08T00:00:00Z")
            #expect(feed.entries.map { $0["updated"] } == ["2024-01-08T00:00:00Z", "2023-05-12T00:00:00Z"], "newest first; a day of every year left out")
            for entry in feed.entries {
                #expect(entry["id"]?.hasPrefix("https://example.org/revue/\(code)/activites/") == true && entry["link"] == entry["id"])
                #expect(entry["title"]?.isEmpty == false)
            }
            let html = try site.html("\(code)/activites/atelier/index.html")
            #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" href="../../../\#(code)/feed.xml""#))
        }
        let french = try Self.read(try site.html("fr/feed.xml"))
        #expect(french.entries.last?["title"] == "Atelier «\u{00A0}santé\u{00A0}» & <régions>", "the text escaped, read back as written")
        #expect(french.entries.last?["summary"] == "Un atelier <b>à Rabat</b> & ailleurs.")
    }

    @Test func aLanguageWithNothingDatedHasNoFeed() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try site.build(strict: true)
        #expect(!site.exists("fr/feed.xml"))
        #expect(!(try site.html("fr/index.html")).contains("application/atom+xml"))
    }
}

import Foundation
import Testing
@testable import RevueCore

/// What a page says when it is shared: Open Graph and Twitter card tags, and JSON-LD
/// that no text of the page can close.
@Suite struct ShareTests {
    /// A PNG's first bytes: the signature and an IHDR chunk of `width` × `height`.
    static func png(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        return Data(bytes + [8, 6, 0, 0, 0])
    }

    @Test func aSharedPageShowsItsTitleSummaryLocaleAndCover() throws {
        let site = try TestSite(files: [
            "content/fr/_index.md": "---\ntitle: Accueil\ncover: couverture.png\ncover_alt: La couverture du numéro 2\n---\nBienvenue.\n",
            "content/fr/budget.md": "---\ntitle: Le budget\nsummary: Un budget en hausse.\n---\nTexte.\n",
            "content/ar/budget.md": "---\ntitle: الميزانية\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.write("content/fr/couverture.png", Self.png(width: 1200, height: 630))
        try site.build(strict: true)
        let html = try site.html("fr/budget/index.html")
        for tag in [
            #"<meta property="og:type" content="article">"#, #"<meta property="og:title" content="Le budget">"#,
            #"<meta property="og:description" content="Un budget en hausse.">"#,
            #"<meta property="og:url" content="https://example.org/revue/fr/budget/">"#,
            #"<meta property="og:locale" content="fr_MA">"#, #"<meta property="og:locale:alternate" content="ar_MA">"#,
            // No cover of its own: the issue's, here the home's, with its size and its description.
            #"<meta property="og:image" content="https://example.org/revue/fr/couverture.png">"#,
            #"<meta property="og:image:width" content="1200">"#, #"<meta property="og:image:height" content="630">"#,
            #"<meta property="og:image:alt" content="La couverture du numéro 2">"#,
            #"<meta name="twitter:card" content="summary_large_image">"#,
        ] {
            #expect(html.contains(tag), "no \(tag)")
        }
        // X reads the title, the summary and the image from Open Graph: they are not said twice.
        #expect(!html.contains("twitter:title") && !html.contains("twitter:description") && !html.contains("twitter:image"))
        #expect(try site.html("fr/index.html").contains(#"<meta property="og:type" content="website">"#))
        #expect(try site.html("ar/budget/index.html").contains(#"<meta property="og:locale" content="ar_MA">"#))
    }

    @Test func structuredDataNamesTheIssueAndCannotBeClosedByAPagesText() throws {
        let title = "Budget </script><script>alert(1)</script> & « plus »"
        let site = try TestSite(files: [
            "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
            "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
            "content/fr/chapitres/budget.md": "---\ntitle: \"\(title)\"\nnumber: 1\n---\nTexte.\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        let html = try site.html("fr/chapitres/budget/index.html")
        let script = try #require(html.components(separatedBy: #"<script type="application/ld+json">"#).dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(!script.contains("<") && !script.contains(">"), "\(script)")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect(data["@type"] as? String == "Article")
        #expect((data["headline"] as? String)?.contains("</script><script>alert(1)</script>") == true, "read back as written")
        #expect(((data["isPartOf"] as? [String: Any])?["issueNumber"]) as? String == "2")
        let home = try site.html("fr/index.html")
        #expect(home.contains(#""@type":"PublicationIssue""#) && home.contains(#""issueNumber":"2""#))
    }

    @Test func theSizeOfAJPEGIsReadFromItsFrame() {
        // SOI, an APP0 segment of 16 bytes, then SOF0: precision, height 480, width 640.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 14)
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]
        #expect(ImageSize.of(jpeg) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.of([UInt8](Self.png(width: 1200, height: 630))) == ImageSize(width: 1200, height: 630))
        #expect(ImageSize.of([0x47, 0x49, 0x46]) == nil)
    }
}

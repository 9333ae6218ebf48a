import Foundation
import Testing
@testable import RevueCore

/// What cmark's tree becomes in a page: safe HTML, heading ids, rewritten links.
@Suite struct MarkdownTests {
    @Test func safeModeDropsRawHTMLAndDangerousLinks() throws {
        let site = try TestSite(files: [
            "content/fr/page.md": """
                ---
                title: Page
                ---
                Avant <script>alert(1)</script> après.

                <div onclick="x()">bloc</div>

                [piège](javascript:alert(1)) et [vb](vbscript:msgbox) et [bon](https://sante.gov.ma/).

                """,
            "content/ar/page.md": "---\ntitle: صفحة\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        let html = try site.html("fr/page/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains(#"<a href="https://sante.gov.ma/">bon</a>"#))
    }

    @Test func unsafeHTMLIsAllowedOnlyWhenTheProjectAsks() throws {
        let site = try TestSite(files: [
            "content/fr/page.md": "---\ntitle: Page\n---\n<div class=\"encadre\">bloc</div>\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\n",
        ], config: TestSite.config + "unsafe_html: true\n")
        defer { site.remove() }
        try site.build()
        #expect(try site.html("fr/page/index.html").contains(#"<div class="encadre">bloc</div>"#))
    }

    @Test func headingIDsAreUniqueAndKeepArabicLetters() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
            "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
            "content/fr/chapitres/rh.md": "---\ntitle: RH\nnumber: 1\n---\n## Réalisations\n\n## Réalisations\n\n### Perspectives 2025\n",
            "content/ar/chapitres/rh.md": "---\ntitle: الموارد\nnumber: 1\n---\n## الموارد البشرية\n\n## الموارد البشرية\n",
        ])
        defer { site.remove() }
        try site.build()
        let french = try site.html("fr/chapitres/rh/index.html")
        // Written on one line, as cmark writes a heading without an id.
        #expect(french.contains("<h2 id=\"réalisations\">Réalisations</h2>\n<h2 id=\"réalisations-2\">Réalisations</h2>"))
        #expect(french.contains(#"<h3 id="perspectives-2025">Perspectives 2025</h3>"#))
        #expect(french.contains(##"<li class="toc-sub"><a href="#perspectives-2025">Perspectives 2025</a></li>"##))
        let arabic = try site.html("ar/chapitres/rh/index.html")
        #expect(arabic.contains(#"<h2 id="الموارد-البشرية">"#))
        #expect(arabic.contains(#"<h2 id="الموارد-البشرية-2">"#))
        #expect(arabic.contains(##"<a href="#الموارد-البشرية">الموارد البشرية</a>"##))
    }

    @Test func linksBetweenContentFilesBecomePageAddresses() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\n---\n## Personnel\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\n---\n",
            "content/fr/activites/atelier.md": "---\ntitle: Atelier\n---\nVoir [le budget](../chapitres/budget.md#personnel), [l'accueil](../_index.md) et [en arabe](../../ar/chapitres/budget.md).\n",
            "content/ar/activites/atelier.md": "---\ntitle: ورشة\n---\nانظر [الميزانية](../chapitres/budget.md).\n",
        ])
        defer { site.remove() }
        try site.build()
        let french = try site.html("fr/activites/atelier/index.html")
        #expect(french.contains(##"<a href="../../../fr/chapitres/budget/#personnel">le budget</a>"##))
        #expect(french.contains(#"<a href="../../../fr/">l’accueil</a>"#))
        #expect(french.contains(#"<a href="../../../ar/chapitres/budget/">en arabe</a>"#))
        #expect(try site.html("ar/activites/atelier/index.html").contains(#"<a href="../../../ar/chapitres/budget/">الميزانية</a>"#))
    }

    @Test func aLinkToAMissingPageIsAnErrorWithFileAndLine() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\n---\nUn.\n\nVoir [les RH](ressources-humaines.md).\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\n---\n![](absente.png)\n",
        ])
        defer { site.remove() }
        let findings = site.failingBuild()
        let broken = try #require(findings.first { $0.file == "content/fr/chapitres/budget.md" })
        #expect(broken.line == 6)
        #expect(broken.severity == .error)
        #expect(broken.message.english.contains("ressources-humaines.md"))
        #expect(findings.contains { $0.file == "content/ar/chapitres/budget.md" && $0.line == 4 && $0.message.english.contains("absente.png") })
        #expect(findings.contains { $0.file == "content/ar/chapitres/budget.md" && $0.severity == .warning && $0.message.english.contains("alternative text") })
        #expect(!site.exists("fr/index.html"))
    }
}

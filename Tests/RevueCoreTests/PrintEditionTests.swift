import Foundation
import Testing
@testable import RevueCore

/// The print edition's document, before Chromium prints it.
@Suite struct PrintEditionTests {
    @Test func theExampleInOneDocumentPerLanguageInReadingOrder() throws {
        let output = TestSite.scratchOutput(named: "revue-print")
        let documents = try PrintEdition(options: BuildOptions(project: TestSite.repositoryRoot, output: output)).write(languages: nil)
        #expect(documents.map(\.pdfName) == ["revue-2-fr.pdf", "revue-2-ar.pdf"])
        let french = try String(contentsOf: output.appendingPathComponent("print-fr.html"), encoding: .utf8)
        let arabic = try String(contentsOf: output.appendingPathComponent("print-ar.html"), encoding: .utf8)
        #expect(arabic.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(french.contains(#"<link rel="stylesheet" href="assets/revue.css">"#))
        // Cover, royal message, editorial, Sommaire, then the nine chapters.
        let order = ["print-cover", "print-message", "print-editorial", "print-sommaire", "Renforcement du budget du MSPS"]
        let positions = order.compactMap { french.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(french.components(separatedBy: #"<article class="print-part print-chapter""#).count - 1 == 9)
        // A link from one chapter to another leads to its part of the document.
        let budget = try #require(french.range(of: "Renforcement du budget du MSPS</h1>"))
        #expect(french[budget.upperBound...].contains(##"href="#part-"##))
        #expect(!french.contains(#"href="../"#))
        // The cover gives the period once: the subtitle « Réalisations phares 2022/2023 » holds it.
        for document in [french, arabic] {
            let start = document.range(of: #"<section class="print-cover">"#)?.lowerBound ?? document.endIndex
            let cover = document[start...].components(separatedBy: "</section>").first ?? ""
            #expect(cover.components(separatedBy: "2022/2023").count - 1 == 1, "\(cover)")
        }
    }

    @Test func addressesAreRewrittenForOneDocumentAtTheRoot() {
        let links = PrintLinks(anchors: ["fr/chapitres/budget/": "part-7", "fr/dossiers/santé rurale/": "part-9"], baseURL: "https://example.org/revue/")
        let html = #"<a href="../budget/">b</a> <a href="../budget/#credits">c</a> <a href="../../campagnes/">d</a> <img src="../carte.png" alt="x"> <a href="https://x.org/">e</a> <a href="../../dossiers/sant%C3%A9%20rurale/">f</a>"#
        #expect(links.rewrite(html, from: "fr/chapitres/offre-de-soins/") ==
                ##"<a href="#part-7">b</a> <a href="#credits">c</a> <a href="https://example.org/revue/fr/campagnes/">d</a> <img src="fr/chapitres/carte.png" alt="x"> <a href="https://x.org/">e</a> <a href="#part-9">f</a>"##)
    }

    /// Once the pages are measured, a link to the start of another part gives its page; a link to a
    /// heading inside it, or to the part it stands in, does not (that page is not measured).
    @Test func aLinkToAnotherChapterIsFollowedByItsPage() {
        var links = PrintLinks(anchors: ["fr/chapitres/budget/": "part-7", "fr/chapitres/offre-de-soins/": "part-8"], baseURL: "https://example.org/")
        links.pages = ["part-7": 12, "part-8": 15]
        links.pageAbbreviation = "p."
        let html = #"<a href="../budget/">le budget</a>, <a href="../budget/#credits">les crédits</a>, <a href="../offre-de-soins/">ici</a>"#
        #expect(links.rewrite(html, from: "fr/chapitres/offre-de-soins/", part: "part-8") ==
                ##"<a href="#part-7">le budget</a> <span class="page-ref">(p.\##u{00A0}12)</span>, <a href="#credits">les crédits</a>, <a href="#part-8">ici</a>"##)
        links.pages = [:]
        links.placeholders = true
        #expect(links.rewrite(#"<a href="../budget/">b</a>"#, from: "fr/chapitres/x/").contains("(p.\u{00A0}99)"), "the measuring print keeps the room of the numbers")
    }

    @Test func theRunningHeadIsASafeCSSString() {
        #expect(Renderer.cssString(#"Revue "N° 2" </style>"#) == #""Revue \22 N° 2\22  \3c /style\3e ""#)
    }
}

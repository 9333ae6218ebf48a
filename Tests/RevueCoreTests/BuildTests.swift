import Foundation
import Testing
@testable import RevueCore

/// End-to-end builds of small sites, asserting on the HTML they produce.
@Suite struct BuildTests {
    @Test func frenchPagesAreLeftToRightAndArabicPagesRightToLeft() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\n---\nTexte.\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build()
        #expect(try site.html("fr/chapitres/budget/index.html").contains(#"<html lang="fr" dir="ltr">"#))
        #expect(try site.html("ar/chapitres/budget/index.html").contains(#"<html lang="ar" dir="rtl">"#))
        #expect(try site.html("fr/index.html").contains(#"<html lang="fr" dir="ltr">"#))
        #expect(try site.html("ar/index.html").contains(#"<html lang="ar" dir="rtl">"#))
    }

    @Test func translationsAreLinkedByHreflangAndTheSwitcher() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\n---\nTexte.\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build()
        let french = try site.html("fr/chapitres/budget/index.html")
        #expect(french.contains(#"<link rel="alternate" hreflang="fr" href="https://example.org/revue/fr/chapitres/budget/">"#))
        #expect(french.contains(#"<link rel="alternate" hreflang="ar" href="https://example.org/revue/ar/chapitres/budget/">"#))
        #expect(french.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/revue/fr/chapitres/budget/">"#))
        #expect(french.contains(#"<link rel="canonical" href="https://example.org/revue/fr/chapitres/budget/">"#))
        #expect(french.contains(#"<a href="../../../ar/chapitres/budget/" hreflang="ar" lang="ar" dir="rtl">العربية</a>"#))
        let arabic = try site.html("ar/chapitres/budget/index.html")
        #expect(arabic.contains(#"<a href="../../../fr/chapitres/budget/" hreflang="fr" lang="fr" dir="ltr">Français</a>"#))
        #expect(arabic.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/revue/fr/chapitres/budget/">"#))
    }

    @Test func translationKeyPairsPagesWithDifferentFileNames() throws {
        let site = try TestSite(files: [
            "content/fr/budget-2023.md": "---\ntitle: Budget\ntranslation_key: budget\n---\nTexte.\n",
            "content/ar/mizaniya.md": "---\ntitle: الميزانية\ntranslation_key: budget\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("fr/budget-2023/index.html").contains(#"href="../../ar/mizaniya/" hreflang="ar""#))
    }

    @Test func aPageWithoutTranslationWarnsAndItsSwitcherLeadsHomeWithANote() throws {
        let site = try TestSite(files: ["content/fr/seule.md": "---\ntitle: Seule\n---\nTexte.\n"])
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.contains { $0.file == "content/fr/seule.md" && $0.message.english.contains("no العربية translation") })
        let html = try site.html("fr/seule/index.html")
        #expect(html.contains(#"<a href="../../ar/" hreflang="ar" lang="ar" dir="rtl">العربية</a> <span class="translation-note" lang="ar" dir="rtl">"#))
        #expect(!html.contains(#"hreflang="x-default""#))
    }

    @Test func strictTurnsTheMissingTranslationIntoAFailure() throws {
        let site = try TestSite(files: ["content/fr/seule.md": "---\ntitle: Seule\n---\nTexte.\n"])
        defer { site.remove() }
        let findings = site.failingBuild(strict: true)
        #expect(findings.contains { $0.file == "content/fr/seule.md" && $0.severity == .warning })
        #expect(!site.exists("fr/seule/index.html"))
    }

    @Test func datesUseEachLanguagesLocaleWithMoroccanMonthsInArabic() throws {
        let site = try TestSite(files: [
            "content/fr/activites/_index.md": "---\ntitle: Activités\npages: activity\n---\n",
            "content/ar/activites/_index.md": "---\ntitle: الأنشطة\npages: activity\n---\n",
            "content/fr/activites/atelier.md": "---\ntitle: Atelier\ndate: 2023-05-12\n---\n",
            "content/ar/activites/atelier.md": "---\ntitle: ورشة\ndate: 2023-05-12\nend_date: 2023-11-03\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        #expect(try site.html("fr/activites/atelier/index.html").contains(#"<time datetime="2023-05-12">12 mai 2023</time>"#))
        let arabic = try site.html("ar/activites/atelier/index.html")
        #expect(arabic.contains(#"<time datetime="2023-05-12">12 ماي 2023</time>"#))
        #expect(arabic.contains(#"<time datetime="2023-11-03">3 نونبر 2023</time>"#))
        #expect(try site.html("ar/activites/index.html").contains("12 ماي 2023"))
    }

    @Test func theNavigationListsTopLevelPagesByWeightWithTheirLinkTitles() throws {
        let site = try TestSite(files: [
            "content/fr/editorial.md": "---\ntitle: Une dynamique de changement\nlink_title: Éditorial\nweight: 2\n---\n",
            "content/ar/editorial.md": "---\ntitle: دينامية للتغيير\nlink_title: الافتتاحية\nweight: 2\n---\n",
            "content/fr/message.md": "---\ntitle: Message royal\nweight: 1\n---\n",
            "content/ar/message.md": "---\ntitle: الرسالة الملكية\nweight: 1\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        let html = try site.html("fr/editorial/index.html")
        #expect(html.contains(#"<li><a href="../../fr/editorial/" aria-current="page">Éditorial</a></li>"#))
        let message = try #require(html.range(of: ">Message royal</a>")), editorial = try #require(html.range(of: ">Éditorial</a>"))
        #expect(message.lowerBound < editorial.lowerBound)
        #expect(html.contains("<h1>Une dynamique de changement</h1>"))
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try TestSite(files: [
            "content/fr/brouillon.md": "---\ntitle: Brouillon\ndraft: true\n---\n",
            "content/ar/brouillon.md": "---\ntitle: مسودة\ndraft: true\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        #expect(!site.exists("fr/brouillon/index.html"))
        #expect(try !site.html("fr/index.html").contains("Brouillon"))
        try site.build(drafts: true)
        #expect(site.exists("fr/brouillon/index.html"))
    }

    @Test func chaptersAreListedInTheSommaireWithNeighbours() throws {
        var files: [String: String] = [
            "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
            "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
        ]
        for (number, slug) in [(2, "deux"), (1, "un"), (3, "trois")] {
            files["content/fr/chapitres/\(slug).md"] = "---\ntitle: Chapitre \(slug)\nnumber: \(number)\n---\n"
            files["content/ar/chapitres/\(slug).md"] = "---\ntitle: فصل \(number)\nnumber: \(number)\n---\n"
        }
        let site = try TestSite(files: files)
        defer { site.remove() }
        try site.build()
        let home = try site.html("fr/index.html")
        let one = try #require(home.range(of: "Chapitre un")), two = try #require(home.range(of: "Chapitre deux"))
        #expect(one.lowerBound < two.lowerBound)
        let middle = try site.html("fr/chapitres/deux/index.html")
        #expect(middle.contains(#"rel="prev" href="../../../fr/chapitres/un/""#))
        #expect(middle.contains(#"rel="next" href="../../../fr/chapitres/trois/""#))
    }

    @Test func frenchTypographyPutsNoBreakSpacesBeforeHighPunctuation() throws {
        let site = try TestSite(files: [
            "content/fr/page.md": "---\ntitle: \"Réforme : une dynamique\"\n---\nVraiment ? Oui ; « bien » ! Voir `a : b`.\n",
            "content/ar/page.md": "---\ntitle: إصلاح\n---\nنص : هنا.\n",
        ])
        defer { site.remove() }
        try site.build()
        let html = try site.html("fr/page/index.html")
        #expect(html.contains("<h1>Réforme\u{00A0}: une dynamique</h1>"))
        #expect(html.contains("Vraiment\u{202F}? Oui\u{202F}; «\u{00A0}bien\u{00A0}»\u{202F}!"))
        #expect(html.contains("<code>a : b</code>"))
        #expect(try site.html("ar/page/index.html").contains("نص : هنا."))
    }

    @Test func groupedDigitsStayTogetherInBothDirections() throws {
        let site = try TestSite(files: [
            "content/fr/budget.md": "---\ntitle: Budget de 28 130 252 000 DH\n---\nSoit 28 130 252 000 DH, pour 2023 2024 et 5 500 postes.\n",
            "content/ar/budget.md": "---\ntitle: الميزانية\n---\nأي 28 130 252 000 درهم.\n",
        ])
        defer { site.remove() }
        try site.build()
        let narrow = "\u{202F}"
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("Soit 28\(narrow)130\(narrow)252\(narrow)000 DH, pour 2023 2024 et 5\(narrow)500 postes."))
        #expect(french.contains("<h1>Budget de 28\(narrow)130\(narrow)252\(narrow)000 DH</h1>"))
        #expect(try site.html("ar/budget/index.html").contains("أي 28\(narrow)130\(narrow)252\(narrow)000 درهم."))
    }

    @Test func pathsWithSpacesAndArabicLettersArePublishedAndLinked() throws {
        let site = try TestSite(files: [
            "content/fr/mon rapport.md": "---\ntitle: Rapport\n---\nVoir [l'autre](<مقال.md>).\n",
            "content/fr/مقال.md": "---\ntitle: Article\n---\nTexte.\n",
            "content/ar/mon rapport.md": "---\ntitle: تقرير\n---\nنص.\n",
            "content/ar/مقال.md": "---\ntitle: مقال\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        #expect(site.exists("fr/mon rapport/index.html"))
        #expect(site.exists("ar/مقال/index.html"))
        #expect(try site.html("fr/mon rapport/index.html").contains(#"href="../../fr/%D9%85%D9%82%D8%A7%D9%84/""#))
    }

    @Test func staticFilesAreCopiedBesideTheirPages() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\n---\n![Carte des projets](carte.svg)\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\n---\n",
            "content/fr/chapitres/carte.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        defer { site.remove() }
        try site.build()
        #expect(site.exists("fr/chapitres/carte.svg"))
        #expect(try site.html("fr/chapitres/budget/index.html").contains(#"<img src="../../../fr/chapitres/carte.svg" alt="Carte des projets" />"#))
        #expect(site.exists("assets/revue.css"))
        #expect(site.exists("sitemap.xml"))
        #expect(try site.html("index.html").contains(#"url=fr/"#))
        #expect(try site.html("fr/404.html").contains("Page introuvable"))
    }

    @Test func aCoverImageIsShownWithItsAlternativeTextAndChecked() throws {
        let site = try TestSite(files: [
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\ncover: carte.svg\ncover_alt: Carte des projets\n---\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\ncover: absente.svg\n---\n",
            "content/fr/chapitres/carte.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        defer { site.remove() }
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "content/ar/chapitres/budget.md" && $0.line == 3 && $0.message.english.contains("absente.svg") })
        try site.write("content/ar/chapitres/budget.md", "---\ntitle: الميزانية\ncover: ../../fr/chapitres/carte.svg\n---\n")
        let report = try site.build()
        #expect(report.warnings.contains { $0.file == "content/ar/chapitres/budget.md" && $0.message.english.contains("cover_alt") })
        #expect(try site.html("fr/chapitres/budget/index.html").contains(#"<img src="../../../fr/chapitres/carte.svg" alt="Carte des projets">"#))
    }

    @Test func theSummaryLineCountsPagesPerLanguage() throws {
        let site = try TestSite(files: [
            "content/fr/a.md": "---\ntitle: A\n---\nTexte.\n", "content/ar/a.md": "---\ntitle: أ\n---\nنص.\n",
        ])
        defer { site.remove() }
        let report = try site.build()
        #expect(report.pagesPerLanguage.map(\.pages) == [2, 2])
        #expect(report.summary.english.contains("2 in Français, 2 in العربية"))
        #expect(report.filesWritten >= 9)
    }
}

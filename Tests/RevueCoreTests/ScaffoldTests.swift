import Foundation
import Testing
@testable import RevueCore

/// `revue new` on a small project: both languages at once, in the right
/// section, numbered and weighed after the others, never overwriting.
@Suite struct ScaffoldTests {
    static let pages = [
        "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
        "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
        "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 4\nweight: 7\n---\nTexte.\n",
        "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 4\nweight: 7\n---\nنص.\n",
        "content/fr/campagnes/_index.md": "---\ntitle: Campagnes\npages: campaign\n---\n",
        "content/ar/campagnes/_index.md": "---\ntitle: الحملات\npages: campaign\n---\n",
    ]

    @Test func aChapterIsCreatedInBothLanguagesAfterTheLastOneAndBuilds() throws {
        let site = try TestSite(files: Self.pages)
        defer { site.remove() }
        let created = try PageScaffold(project: site.root, kind: .chapter, slug: "sante-mentale",
                                       titles: ["fr": "La santé mentale : priorité", "ar": "الصحة النفسية"], date: nil).create()
        #expect(created == ["content/fr/chapitres/sante-mentale.md", "content/ar/chapitres/sante-mentale.md"])
        let french = try String(contentsOf: site.root.appendingPathComponent(created[0]), encoding: .utf8)
        #expect(french == "---\ntitle: \"La santé mentale : priorité\"\nnumber: 5\nweight: 8\n---\n\n")
        // It builds, and says that its text is still to write.
        let report = try site.build()
        #expect(report.warnings.map(\.file).sorted() == created.sorted())
        #expect(report.warnings.allSatisfy { $0.code == "empty-page" })
        #expect(throws: DiagnosticError.self) { try site.build(strict: true) }
        #expect(try site.html("ar/chapitres/sante-mentale/index.html").contains("<h1>الصحة النفسية</h1>"))
    }

    @Test func aNumberBeyondAnyIntegerIsReportedByNewAndCheckWithoutATrap() throws {
        let site = try TestSite(files: Self.pages.merging([
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 9223372036854775807\n---\nTexte.\n",
        ]) { $1 })
        defer { site.remove() }
        let expected = "content/fr/chapitres/budget.md:3:1: error: 'number' must be a whole number from 0 to 9999, not 9223372036854775807"
        #expect {
            try PageScaffold(project: site.root, kind: .chapter, slug: "suite", titles: [:], date: nil).create()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.description) == [expected]
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/fr/chapitres/suite.md").path))
        #expect(check(BuildOptions(project: site.root)).map(\.description).contains(expected))
    }

    @Test func theLargestNumberHasNoNextOne() throws {
        let site = try TestSite(files: Self.pages.merging([
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 9999\nweight: 1000000\n---\n",
        ]) { $1 })
        defer { site.remove() }
        #expect {
            try PageScaffold(project: site.root, kind: .chapter, slug: "suite", titles: [:], date: nil).create()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.english.contains("already reach the largest 'weight' (1000000)") == true
        }
    }

    @Test func aCampaignGoesToItsSectionWithItsDate() throws {
        let site = try TestSite(files: Self.pages)
        defer { site.remove() }
        let created = try PageScaffold(project: site.root, kind: .campaign, slug: "journee-sante", titles: [:],
                                       date: Day(iso: "2024-05-12")).create()
        #expect(created == ["content/fr/campagnes/journee-sante.md", "content/ar/campagnes/journee-sante.md"])
        let arabic = try String(contentsOf: site.root.appendingPathComponent(created[1]), encoding: .utf8)
        #expect(arabic == "---\ntitle: \"Journee sante\"\nweight: 1\ndate: 2024-05-12\n---\n\n")
    }

    @Test func nothingIsOverwrittenNorHalfCreated() throws {
        let site = try TestSite(files: Self.pages.merging(["content/ar/chapitres/sante.md": "---\ntitle: نص موجود\n---\n"]) { $1 })
        defer { site.remove() }
        #expect(throws: DiagnosticError.self) {
            try PageScaffold(project: site.root, kind: .chapter, slug: "sante", titles: [:], date: nil).create()
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/fr/chapitres/sante.md").path))
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/ar/chapitres/sante.md"), encoding: .utf8) == "---\ntitle: نص موجود\n---\n")
    }

    @Test func namesAreMadeSafeAddressesAndMissingSectionsAreRefused() throws {
        let safe = ["Santé mentale 2": "sante-mentale-2", "../dehors": "dehors", "a/b": "a-b", ".cache": "cache",
                    "Cœur & Poumons — 2024": "coeur-poumons-2024", "الصحة النفسية": "الصحة-النفسية", "لِلصِّحَّةِ": "للصحة",
                    "budget-2024": "budget-2024"]
        for (name, slug) in safe {
            #expect(Slug.make(from: name) == slug, "\(name)")
        }
        let site = try TestSite(files: Self.pages)
        defer { site.remove() }
        let created = try PageScaffold(project: site.root, kind: .chapter, slug: "Santé mentale 2", titles: ["ar": "الصحة النفسية 2"], date: nil).create()
        #expect(created == ["content/fr/chapitres/sante-mentale-2.md", "content/ar/chapitres/sante-mentale-2.md"])
        let french = try String(contentsOf: site.root.appendingPathComponent(created[0]), encoding: .utf8)
        #expect(french.hasPrefix("---\ntitle: \"Santé mentale 2\"\n"))
        for name in ["", "!!!", "/"] {
            #expect(throws: DiagnosticError.self) {
                try PageScaffold(project: site.root, kind: .page, slug: name, titles: [:], date: nil).create()
            }
        }
        #expect {
            try PageScaffold(project: site.root, kind: .activity, slug: "atelier", titles: [:], date: nil).create()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.english.contains("add 'pages: activity'") == true
        }
    }

    @Test func theMissingTranslationOfAPageIsCreatedWithItsKeysAndPaired() throws {
        var pages = Self.pages
        pages["content/ar/chapitres/budget.md"] = nil
        pages["content/fr/chapitres/budget.md"] = "---\ntitle: \"Budget : 2023\"\nnumber: 4\nweight: 7\ntags: [budget, santé]\ncover: carte.svg\ncover_alt: Carte\n---\nTexte.\n"
        let site = try TestSite(files: pages)
        defer { site.remove() }
        try site.write("content/fr/chapitres/carte.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        let scaffold = TranslationScaffold(project: site.root, source: "content/fr/chapitres/budget.md", language: "ar")
        #expect(try scaffold.create() == "content/ar/chapitres/budget.md")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/ar/chapitres/budget.md"), encoding: .utf8)
        #expect(text == """
            ---
            title: "Budget : 2023"  # to translate from Français
            number: 4
            weight: 7
            tags: ["budget", "santé"]  # to translate from Français
            cover: "../../fr/chapitres/carte.svg"
            cover_alt: "Carte"  # to translate from Français
            ---


            """)
        let report = try site.build()
        #expect(report.warnings.map(\.code) == ["empty-page"])
        #expect(try site.html("fr/chapitres/budget/index.html").contains(#"hreflang="ar" href="https://example.org/revue/ar/chapitres/budget/""#))
        // Never over an existing file, only into a language of the review, only from a page of content/.
        for (source, language, message) in [("content/fr/chapitres/budget.md", "ar", "exists already"),
                                            ("content/fr/chapitres/budget.md", "zgh", "no language 'zgh'"),
                                            ("content/fr/chapitres/budget.md", "fr", "already in Français"),
                                            ("chapitres/budget.md", "ar", "by its path in the project")] {
            #expect {
                try TranslationScaffold(project: site.root, source: source, language: language).create()
            } throws: { error in
                (error as? DiagnosticError)?.diagnostics.first?.message.english.contains(message) == true
            }
        }
    }
}

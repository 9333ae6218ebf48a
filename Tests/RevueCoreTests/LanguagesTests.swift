import Foundation
import Testing
@testable import RevueCore

/// A third language added by configuration alone, Amazigh in Tifinagh (`zgh-MA`, left to
/// right), before anything is translated into it: the default language stands in for each
/// missing text with a warning, and `--strict` refuses to publish until it is written.
@Suite struct LanguagesTests {
    /// The test review's settings, with Amazigh after French and Arabic.
    static let config = TestSite.config + "  - { code: zgh, name: ⵜⴰⵎⴰⵣⵉⵖⵜ, locale: zgh-MA, direction: ltr }\n"

    static let files: [String: String] = [
        "content/zgh/_index.md": "---\ntitle: ⴰⵙⵏⵓⴱⴳ\n---\nⴰⵏⵙⵓⴼ.\n",
        "content/fr/budget.md": "---\ntitle: Budget\ndate: 2023-05-12\n---\n{{lits.rabat.lits}} à {{lits.rabat.ville}}.\n\n```{table}\ntable: lits\n```\n",
        "content/ar/budget.md": "---\ntitle: الميزانية\ndate: 2023-05-12\n---\n{{lits.rabat.lits}} في {{lits.rabat.ville}}.\n",
        "content/zgh/budget.md": "---\ntitle: ⵜⴰⵙⵏⵎⵍⵜ\ndate: 2023-05-12\n---\n{{lits.rabat.lits}} ⴳ {{lits.rabat.ville}}.\n\n```{table}\ntable: lits\n```\n",
        "content/data/lits.schema.yml": """
            title: { fr: Lits, ar: الأسرة }
            key: cle
            columns:
              - { name: cle, type: text }
              - { name: ville, type: localized, label: { fr: Ville, ar: المدينة } }
              - { name: lits, type: integer, label: { fr: Lits, ar: الأسرة }, unit: { fr: lits, ar: سرير } }

            """,
        "content/data/lits.csv": "cle,ville.fr,ville.ar,lits\nrabat,Rabat,الرباط,1200\n",
    ]

    func site() throws -> TestSite {
        try TestSite(files: Self.files, config: Self.config)
    }

    @Test func anUntranslatedLanguageBuildsFromTheDefaultLanguagesTexts() throws {
        let site = try site()
        defer { site.remove() }
        let report = try site.build()
        let html = try site.html("zgh/budget/index.html")
        #expect(html.contains(#"<html lang="zgh" dir="ltr">"#))
        #expect(html.contains("<title>") && html.contains("Revue test"), "the title of revue.yml in French stands in")
        #expect(html.contains("12 ⵎⴰⵢⵢⵓ 2023"), "dates by the zgh-MA locale, Latin digits")
        #expect(html.contains("1\u{202F}200\u{00A0}lits à Rabat") || html.contains("1\u{202F}200\u{00A0}lits ⴳ Rabat"), "\(html)")
        #expect(html.contains("<th scope=\"col\">Ville</th>") || html.contains(">Ville<"), "the French label stands in")
        #expect(html.contains(#"hreflang="ar""#) && html.contains(#"hreflang="fr""#))
        #expect(try site.html("fr/budget/index.html").contains(#"hreflang="zgh""#))
        #expect(try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8).contains("/zgh/budget/"))
        // One warning per missing text, naming the file and the line.
        let warnings = report.warnings.filter { $0.code == "missing-translation" }.map(\.description)
        for expected in [
            "revue.yml:1:", "content/data/lits.schema.yml:1:", "content/data/lits.schema.yml:5:", "content/data/lits.schema.yml:6:",
            "content/data/lits.csv:1:", "templates/strings.yml",
        ] {
            #expect(warnings.contains { $0.hasPrefix(expected) && ($0.contains("zgh") || $0.contains("ⵜⴰⵎⴰⵣⵉⵖⵜ")) },
                    "no warning at \(expected) in:\n\(warnings.joined(separator: "\n"))")
        }
        #expect(warnings.filter { $0.hasPrefix("revue.yml") }.count == 1, "one warning per missing text")
    }

    @Test func strictRefusesUntilTheLanguageIsTranslated() throws {
        let site = try site()
        defer { site.remove() }
        #expect(throws: DiagnosticError.self) { try site.build(strict: true) }
    }

    @Test func theSwitcherListsEveryLanguage() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let html = try site.html("ar/budget/index.html")
        for code in ["fr", "zgh"] {
            #expect(html.contains("hreflang=\"\(code)\""), "\(code)")
        }
        #expect(html.contains("ⵜⴰⵎⴰⵣⵉⵖⵜ"))
    }

    @Test func revueNewWritesThePageInEveryLanguageWithItsTitle() throws {
        let site = try site()
        defer { site.remove() }
        let created = try PageScaffold(project: site.root, kind: .page, slug: "sante-mentale",
                                       titles: ["fr": "Santé mentale", "zgh": "ⵜⴰⴷⵓⵙⵉ ⵜⴰⵏⴼⵙⴰⵏⵜ"], date: nil).create()
        #expect(created == ["content/fr/sante-mentale.md", "content/ar/sante-mentale.md", "content/zgh/sante-mentale.md"])
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/zgh/sante-mentale.md"), encoding: .utf8).contains("ⵜⴰⴷⵓⵙⵉ ⵜⴰⵏⴼⵙⴰⵏⵜ"))
        #expect {
            try PageScaffold(project: site.root, kind: .page, slug: "autre", titles: ["zg": "ⴰⵏⵙⵓⴼ"], date: nil).create()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.english.contains("'zg', which is not a language of the review (did you mean 'zgh'?)") == true
        }
    }

    @Test func theDefaultLanguageMayNotLackAText() throws {
        let site = try TestSite(files: Self.files.merging(["content/data/lits.schema.yml": "title: { ar: الأسرة }\nkey: cle\ncolumns:\n  - { name: cle, type: text }\n"]) { $1 },
                                config: Self.config)
        defer { site.remove() }
        #expect(site.failingBuild().contains { $0.severity == .error && $0.file == "content/data/lits.schema.yml" && $0.message.english.contains("no text for the language 'fr'") })
    }
}

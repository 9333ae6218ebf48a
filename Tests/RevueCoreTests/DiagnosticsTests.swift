import Foundation
import Testing
@testable import RevueCore

/// Bad input answered with the file and line, and nothing of `site/` lost.
@Suite struct DiagnosticsTests {
    @Test func badFrontMatterIsReportedWithFileAndLine() throws {
        let site = try TestSite(files: [
            "content/fr/a.md": "---\ntitle: A\nweight: abc\ndate: 2023-02-30\ntitel: B\n---\n",
            "content/ar/a.md": "---\ntitle: [unclosed\n---\n",
        ])
        defer { site.remove() }
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "content/fr/a.md" && $0.line == 3 && $0.message.english.contains("'weight' must be a whole number, not 'abc'") })
        #expect(findings.contains { $0.file == "content/fr/a.md" && $0.line == 4 && $0.message.english.contains("YYYY-MM-DD") })
        #expect(findings.contains { $0.file == "content/fr/a.md" && $0.line == 5 && $0.message.english.contains("did you mean 'title'?") })
        #expect(findings.contains { $0.file == "content/ar/a.md" && $0.line == 2 && $0.message.english.contains("invalid YAML") })
    }

    @Test func missingOrUnclosedFrontMatterIsExplained() throws {
        let site = try TestSite(files: [
            "content/fr/a.md": "Pas d'en-tête.\n",
            "content/fr/b.md": "---\ntitle: B\nTexte sans fin d'en-tête.\n",
            "content/fr/c.md": "",
        ])
        defer { site.remove() }
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "content/fr/a.md" && $0.line == 1 && $0.message.english.contains("does not start with front matter") })
        #expect(findings.contains { $0.file == "content/fr/b.md" && $0.message.english.contains("never closed") })
        #expect(findings.contains { $0.file == "content/fr/c.md" && $0.message.english.contains("empty") })
    }

    @Test func aPageThatCannotBeReadBringsNoFindingAboutItsTwin() throws {
        let site = try TestSite(files: [
            "content/fr/sante.md": "---\ntitle: Santé mentale : un enjeu national\n---\nTexte.\n",
            "content/ar/sante.md": "---\ntitle: الصحة النفسية\n---\nنص.\n",
        ])
        defer { site.remove() }
        #expect(site.failingBuild().map(\.description) == [
            "content/fr/sante.md:2:22: error: invalid YAML: mapping values are not allowed in this context: put the title in quotes: title: \"Santé mentale : un enjeu national\"",
        ])
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreRead() throws {
        let site = try TestSite(files: ["content/ar/a.md": "---\ntitle: أ\n---\nنص.\n"])
        defer { site.remove() }
        try site.write("content/fr/a.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: Fenêtres\r\n---\r\n## Titre\r\nTexte.\r\n".utf8))
        try site.build(strict: true)
        let html = try site.html("fr/a/index.html")
        #expect(html.contains("<h1>Fenêtres</h1>"))
        #expect(html.contains(#"<h2 id="titre">"#))
    }

    @Test func textThatIsNotUTF8IsRefusedWithItsLine() throws {
        let site = try TestSite(files: ["content/ar/a.md": "---\ntitle: أ\n---\n"])
        defer { site.remove() }
        try site.write("content/fr/a.md", Data("---\ntitle: A\n---\nD\u{E9}j\u{E0}\n".utf8.map { $0 }).prefix(0) + Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x41, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A, 0x44, 0xE9, 0x6A, 0xE0, 0x0A]))
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "content/fr/a.md" && $0.line == 4 && $0.message.english.contains("not valid UTF-8") })
    }

    @Test func aFailedBuildLeavesThePreviousSiteByteIdentical() throws {
        let site = try TestSite(files: [
            "content/fr/a.md": "---\ntitle: A\n---\nPremière version.\n",
            "content/ar/a.md": "---\ntitle: أ\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        let before = try site.writtenFiles()
        try site.write("content/fr/a.md", "---\ntitle: A\n---\nSeconde version avec [un lien cassé](absent.md).\n")
        #expect(!site.failingBuild().isEmpty)
        #expect(try site.writtenFiles() == before)
        // Beside site/ stay only the private copy the next build brings up to date, and its lock.
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site") }
        #expect(Set(beside).isSubset(of: [".site.staging", ".site.lock"]), "\(beside)")
    }

    @Test func configurationErrorsNameTheKeyAndItsLine() throws {
        let site = try TestSite(files: [:], config: """
            title: Revue
            base_url: https://example.org/
            langauges: []
            languages:
              - { code: fr, name: Français, locale: fr-MA, direction: ltr }
              - { code: ar, name: العربية, locale: xx-YY, direction: rtl }
              - { code: en, name: English, locale: en-GB, direction: sideways }

            """)
        defer { site.remove() }
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "revue.yml" && $0.line == 3 && $0.message.english.contains("did you mean 'languages'?") })
        #expect(findings.contains { $0.file == "revue.yml" && $0.line == 6 && $0.message.english.contains("'xx-YY' is not a locale") })
        #expect(findings.contains { $0.file == "revue.yml" && $0.line == 7 && $0.message.english.contains("must be one of ltr, rtl") })
    }

    @Test func templateErrorsNameTheTemplateFile() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try site.write("templates/page.mustache", "{{<layout}}{{$main}}\n{{#title}}oops{{/wrong}}{{/main}}{{/layout}}\n")
        try site.write("templates/activity.mustache", "{{>layout}}\n{{>missing-partial}}\n")
        let findings = site.failingBuild()
        #expect(findings.contains { $0.file == "templates/page.mustache" && $0.line == 2 })
        #expect(findings.contains { $0.file == "templates/activity.mustache" && $0.line == 2 && $0.message.english.contains("'missing-partial'") })
    }

    @Test func twoPagesWithTheSameAddressAreAnError() throws {
        let site = try TestSite(files: [
            "content/fr/budget.md": "---\ntitle: A\n---\n",
            "content/fr/budget/_index.md": "---\ntitle: B\n---\n",
        ])
        defer { site.remove() }
        #expect(site.failingBuild().contains { $0.message.english.contains("would both be written to fr/budget/index.html") })
    }

    @Test func diagnosticsPrintWithTheLineTheyPointAt() throws {
        let site = try TestSite(files: ["content/fr/a.md": "---\ntitle: A\nweight: abc\n---\n"])
        defer { site.remove() }
        let text = DiagnosticPrinter(project: site.root).format(site.failingBuild().filter { $0.severity == .error })
        #expect(text == """
            content/fr/a.md:3:1: error: 'weight' must be a whole number, not 'abc'
                3 | weight: abc
                  | ^
            """)
    }
}

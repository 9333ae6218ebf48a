import Foundation
import Testing
@testable import RevueCore

/// `revue check` on small projects: what it finds beyond a build, with codes
/// for editors' tools, and that it writes nothing.
@Suite struct CheckTests {
    static let pages = [
        "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
        "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
        "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 1\n---\n## Les crédits\n\nVoir [les crédits](#les-crédits).\n",
        "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\n## الاعتمادات\n\nانظر [النسخة الفرنسية](../../fr/chapitres/budget.md#les-crédits).\n",
    ]

    func findings(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSite(files: Self.pages.merging(files) { $1 })
        defer { site.remove() }
        let findings = site.check()
        #expect(!site.exists("fr/index.html"), "check wrote the site")
        return findings
    }

    @Test func aCleanProjectHasNoFinding() throws {
        let found = try findings([:])
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    @Test func linksToHeadingsThatDoNotExistAreFoundInEveryLanguage() throws {
        let found = try findings([
            "content/fr/chapitres/budget.md": "---\ntitle: Budget\nnumber: 1\n---\n## Les crédits\n\nVoir [ici](#les-credit).\n",
            "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\nانظر [الفرنسية](../../fr/chapitres/budget.md#credits).\n",
        ])
        #expect(found.contains { $0.code == "broken-anchor" && $0.file == "content/fr/chapitres/budget.md" && $0.line == 7
            && $0.message.english.contains("(did you mean '#les-crédits'?)") })
        #expect(found.contains { $0.code == "broken-anchor" && $0.file == "content/ar/chapitres/budget.md" && $0.line == 5
            && $0.message.english.contains("no heading of content/fr/chapitres/budget.md") })
        #expect(found.allSatisfy { $0.severity == .error }, "\(found.map(\.description))")
    }

    @Test func unusedTablesEmptySectionsAndGapsAreWarnings() throws {
        let found = try findings([
            "content/data/vide.yml": "schema:\n  key: cle\n  columns:\n    - { name: cle, type: text }\nrows:\n  - { cle: a }\n",
            "content/fr/dossiers/_index.md": "---\ntitle: Dossiers\n---\n",
            "content/ar/dossiers/_index.md": "---\ntitle: ملفات\n---\n",
            "content/fr/chapitres/sante.md": "---\ntitle: Santé\nnumber: 3\n---\n",
            "content/ar/chapitres/sante.md": "---\ntitle: الصحة\nnumber: 3\n---\n",
        ])
        #expect(found.contains { $0.code == "unused-table" && $0.file == "content/data/vide.yml" && $0.severity == .warning })
        #expect(found.contains { $0.code == "empty-section" && $0.file == "content/fr/dossiers/_index.md" })
        #expect(found.contains { $0.code == "chapter-gap" && $0.file == "content/ar/chapitres/sante.md" && $0.line == 3
            && $0.message.english.contains("chapter 2 is missing") })
    }

    @Test func whatABuildFindsIsFoundWithItsCode() throws {
        let found = try findings([
            "content/fr/seul.md": "---\ntitle: Seul\n---\n",
            "content/fr/autre.md": "---\ntitle: Autre\ntitel: x\n---\n",
        ])
        #expect(found.contains { $0.code == "unknown-key" && $0.line == 3 })
        #expect(found.contains { $0.code == "missing-translation" && $0.file == "content/fr/seul.md" }, "\(found.map(\.description))")
    }

    @Test func findingsEncodeAsJSONWithTheirCode() throws {
        let (page, folder) = ("content/fr/budget.md", "content")
        let finding = Diagnostic.error("the link '\(page)' leads outside \(folder)/", in: "content/fr/a.md", line: 3, column: 7, code: "broken-link")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(DiagnosticText(finding, in: .english)), as: UTF8.self)
        #expect(json == #"{"code":"broken-link","column":7,"file":"content/fr/a.md","line":3,"message":"the link 'content/fr/budget.md' leads outside content/","severity":"error"}"#)
        let french = String(decoding: try encoder.encode(DiagnosticText(finding, in: .french)), as: UTF8.self)
        #expect(french.contains(#""message":"le lien 'content/fr/budget.md' "#), "\(french)")
        #expect(Diagnostic.error("x", in: "content/data/t.csv").code == "data")
        #expect(Diagnostic.error("x", in: "templates/page.mustache").code == "template")
    }
}

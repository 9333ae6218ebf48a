import Foundation
import Testing
@testable import RevueCore

/// Every stage reports its column in characters, as editors count them: an
/// Arabic letter is one (cmark counts two bytes), a tab is one, and the caret
/// under the quoted line stands under that character.
@Suite struct ColumnTests {
    /// One finding expected at an exact place, with the mistake that makes it.
    struct Case: CustomTestStringConvertible, Sendable {
        let stage: String
        let files: [String: String]
        let file: String
        let line: Int
        let column: Int
        let message: String

        var testDescription: String { stage }
    }

    static let chapter = BadInputTests.chapter
    static let arabicChapter = "content/ar/chapitres/budget.md"

    static let cases: [Case] = [
        // «عن » is three characters (five bytes): the link's '[' is the fourth.
        Case(stage: "Markdown link in an Arabic line", files: [arabicChapter: "---\ntitle: الميزانية\nnumber: 1\n---\nعن [رابط](غير-موجود.md) تتوفر الرباط على {{lits.rabat.lits}}.\n"],
             file: arabicChapter, line: 5, column: 4, message: "leads to a page that does not exist"),
        Case(stage: "Markdown link after a tab", files: [arabicChapter: "---\ntitle: الميزانية\nnumber: 1\n---\nنص\tعن [رابط](غير-موجود.md) {{lits.rabat.lits}}\n"],
             file: arabicChapter, line: 5, column: 7, message: "leads to a page that does not exist"),
        Case(stage: "Markdown image in a mixed line", files: [chapter: "---\ntitle: Budget\nnumber: 1\n---\nRabat الرباط ![Carte](carte.png) {{lits.rabat.lits}}\n\n```{table}\ntable: lits\n```\n"],
             file: chapter, line: 5, column: 14, message: "leads to a file that does not exist"),
        // «تتوفر الرباط على » is seventeen characters: the reference opens at the eighteenth.
        Case(stage: "data reference", files: [arabicChapter: "---\ntitle: الميزانية\nnumber: 1\n---\nتتوفر الرباط على {{lits.rabat.lit}}.\n"],
             file: arabicChapter, line: 5, column: 18, message: "did you mean 'lits'?"),
        Case(stage: "second data reference of a line", files: [arabicChapter: "---\ntitle: الميزانية\nnumber: 1\n---\nفي «الرباط» {{lits.rabat.lits}} و {{lits.sale.lits}}.\n"],
             file: arabicChapter, line: 5, column: 35, message: "sale"),
        Case(stage: "directive option", files: [chapter: "---\ntitle: Budget\nnumber: 1\n---\nRabat compte {{lits.rabat.lits}}.\n\n```{table}\n{ title: الأسرة حسب المدينة, table: lits, colonnes: x }\n```\n"],
             file: chapter, line: 8, column: 43, message: "unknown '{table}' option key 'colonnes'"),
        // In a list item the block's lines start after two spaces: 'colonnes' is the sixteenth character of the options, the eighteenth of the line.
        Case(stage: "directive option in a list item", files: [chapter: "---\ntitle: Budget\nnumber: 1\n---\nRabat compte {{lits.rabat.lits}}.\n\n- Les lits :\n\n  ```{table}\n  { table: lits, colonnes: x }\n  ```\n"],
             file: chapter, line: 10, column: 18, message: "unknown '{table}' option key 'colonnes'"),
        Case(stage: "front matter", files: [arabicChapter: "---\ntitle: الميزانية : 2023\nnumber: 1\n---\nتتوفر الرباط على {{lits.rabat.lits}}.\n"],
             file: arabicChapter, line: 2, column: 18, message: "invalid YAML"),
        // «rabat,الرباط,الرباط,chu,» is twenty-four characters: the cell 'lits' starts at the twenty-fifth.
        Case(stage: "CSV cell", files: [BadInputTests.table: "cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,الرباط,الرباط,chu,12x,2023-05-02\n"],
             file: BadInputTests.table, line: 2, column: 25, message: "column 'lits' (integer)"),
        Case(stage: "YAML row", files: [
            BadInputTests.schema: "", BadInputTests.table: "",
            "content/data/lits.yml": """
                schema:
                  title: { fr: Lits, ar: الأسرة }
                  key: cle
                  columns:
                    - { name: cle, type: text }
                    - { name: ville, type: localized }
                    - { name: lits, type: integer }
                rows:
                  - { cle: rabat, ville: { fr: Rabat, ar: الرباط }, lits: 12x }

                """],
             file: "content/data/lits.yml", line: 9, column: 59, message: "column 'lits' (integer)"),
        Case(stage: "revue.yml", files: ["revue.yml": TestSite.config.replacingOccurrences(of: "title: { fr: Revue test, ar: مجلة تجريبية }", with: "title: { fr: Revue test, ar: مجلة تجريبية, es: Revista }")],
             file: "revue.yml", line: 1, column: 44, message: "unknown language key 'es'"),
        Case(stage: "template", files: ["templates/page.mustache": "{{<layout}}{{$main}}\n<h1 title=\"العنوان\">{{#title}}x{{/titre}}</h1>{{/main}}{{/layout}}\n"],
             file: "templates/page.mustache", line: 2, column: 35, message: "template error"),
    ]

    @Test(arguments: cases)
    func theColumnCountsCharacters(_ mistake: Case) throws {
        var files = BadInputTests.project
        for (path, text) in mistake.files { files[path] = text }
        let site = try TestSite(files: files.filter { !$0.value.isEmpty })
        defer { site.remove() }
        for (path, text) in mistake.files where text.isEmpty {
            try? FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
        }
        let findings = site.failingBuild()
        let finding = findings.first { $0.file == mistake.file && $0.message.english.contains(mistake.message) }
        #expect(finding != nil, "no finding …\(mistake.message)… in \(mistake.file), got:\n\(findings.map(\.description).joined(separator: "\n"))")
        #expect(finding?.line == mistake.line)
        #expect(finding?.column == mistake.column, "\(finding?.description ?? "")")
    }

    @Test func theCaretStandsUnderTheCharacterInArabicMixedAndTabbedLines() {
        // Under «[» of «عن [رابط]», of «!» after a tab, and after vowel marks, which take no room.
        #expect(DiagnosticPrinter.caretIndent(before: 4, in: "عن [رابط](x.md)") == "   ")
        #expect(DiagnosticPrinter.caretIndent(before: 7, in: "نص\tعن [رابط](x.md)") == "  \t   ")
        #expect(DiagnosticPrinter.caretIndent(before: 7, in: "مُدُن [x](y.md)") == "    ")
        #expect(DiagnosticPrinter.caretIndent(before: 14, in: "Rabat الرباط ![Carte](carte.png)") == String(repeating: " ", count: 13))
    }

    @Test func aPrintedFindingQuotesItsLineWithTheCaretUnderIt() throws {
        let site = try TestSite(files: BadInputTests.project.merging([
            Self.arabicChapter: "---\ntitle: الميزانية\nnumber: 1\n---\nنص\tعن [رابط](غير-موجود.md) {{lits.rabat.lits}}\n",
        ]) { $1 })
        defer { site.remove() }
        let printed = DiagnosticPrinter(project: site.root).format(site.failingBuild())
        #expect(printed.contains("""
            content/ar/chapitres/budget.md:5:7: error: the link 'غير-موجود.md' leads to a page that does not exist (content/ar/chapitres/غير-موجود.md)
                5 | نص\tعن [رابط](غير-موجود.md) {{lits.rabat.lits}}
                  |   \t   ^
            """), "\(printed)")
    }
}

import Foundation
import Testing
@testable import RevueCore

/// What cmark would print as typed or leave out, and what would show an empty
/// box: each is a warning naming the file, the line and the column, with what
/// to write instead, and `check --strict` refuses it.
@Suite struct SilentLossTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let markdown: String
        let code: String
        let line: Int
        let column: Int?
        let advice: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a Markdown table", markdown: "Intro.\n\n| Région | Lits |\n|---|---:|\n| Rabat | 1 200 |\n",
             code: "markdown-table", line: 6, column: 1, advice: "show it with a ```{table}``` block"),
        Case(name: "a table without outer pipes", markdown: "Région | Lits\n--- | ---\nRabat | 1 200\n",
             code: "markdown-table", line: 4, column: 1, advice: "data table of content/data/"),
        Case(name: "a footnote mark", markdown: "Le budget augmente[^1].\n",
             code: "footnote", line: 4, column: 1, advice: "write the note in the sentence"),
        Case(name: "a footnote definition", markdown: "Texte.\n\n[^note]: La source.\n",
             code: "footnote", line: 6, column: 1, advice: "'[^note]' is a footnote"),
        Case(name: "a raw HTML block", markdown: "<div class=\"encadre\">\nTexte.\n</div>\n",
             code: "raw-html", line: 4, column: 1, advice: "('<div class=\"encadre\">') is left out of the page"),
        Case(name: "raw HTML in a sentence", markdown: "Un mot <span style=\"color:red\">rouge</span>.\n",
             code: "raw-html", line: 4, column: 8, advice: "set 'unsafe_html: true' in revue.yml"),
        Case(name: "a page with a title and no text", markdown: "\n\n",
             code: "empty-page", line: 2, column: nil, advice: "or add 'draft: true'"),
    ]

    static func project(french body: String) -> [String: String] {
        [
            "content/fr/page.md": "---\ntitle: Page\n---\n" + body,
            "content/ar/page.md": "---\ntitle: صفحة\n---\nنص.\n",
        ]
    }

    @Test(arguments: cases) func isAWarningWithTheFix(_ mistake: Case) throws {
        let site = try TestSite(files: Self.project(french: mistake.markdown))
        defer { site.remove() }
        let warnings = try site.build().warnings.filter { $0.code == mistake.code }
        #expect(warnings.count == 1, "\(warnings)")
        let warning = try #require(warnings.first)
        #expect(warning.file == "content/fr/page.md")
        #expect(warning.line == mistake.line)
        #expect(warning.column == mistake.column)
        #expect(warning.message.english.contains(mistake.advice), "\(warning.message)")
        #expect(throws: DiagnosticError.self) { try site.build(strict: true) }
        var options = BuildOptions(project: site.root)
        options.strict = true
        #expect(check(options).contains { $0.code == mistake.code })
    }

    @Test func whatLooksLikeThemButIsNotIsLeftAlone() throws {
        let body = """
            Un choix : oui | non, et un renvoi [^ ici] ou [^].

            `| a | b |` et `[^1]` dans du code, <!-- une note pour l'équipe -->

            ```
            | a | b |
            |---|---|
            ```

            Une ligne | avec une barre
            et une autre sans tirets.

            """
        let site = try TestSite(files: Self.project(french: body))
        defer { site.remove() }
        #expect(try site.build(strict: true).warnings.isEmpty)
    }

    @Test func rawHTMLIsNoLossWhenTheProjectAllowsIt() throws {
        let site = try TestSite(files: Self.project(french: "<div class=\"encadre\">Texte.</div>\n"))
        defer { site.remove() }
        try site.write("revue.yml", TestSite.config + "unsafe_html: true\n")
        #expect(try site.build(strict: true).warnings.isEmpty)
        #expect(try site.html("fr/page/index.html").contains("<div class=\"encadre\">Texte.</div>"))
    }

    @Test func aKeyFigureWhoseCellIsEmptyIsAWarning() throws {
        let site = try TestSite(files: [
            "content/data/chiffres.schema.yml": """
                title: { fr: Chiffres, ar: أرقام }
                key: cle
                columns:
                  - { name: cle, type: text }
                  - { name: valeur, type: integer, required: false, label: { fr: Valeur, ar: القيمة } }
                  - { name: libelle, type: localized, label: { fr: Libellé, ar: التسمية } }

                """,
            "content/data/chiffres.csv": "cle,valeur,libelle.fr,libelle.ar\nlits,2400,Lits,أسرة\ncentres,,Centres,مراكز\n",
            "content/fr/page.md": "---\ntitle: Page\n---\nIntro.\n\n```{figures}\ntable: chiffres\nvalue: valeur\nlabel: libelle\n```\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\nنص.\n",
        ])
        defer { site.remove() }
        let warnings = try site.build().warnings
        #expect(warnings.map(\.description) == [
            "content/fr/page.md:6: warning: the card of the row 'centres' shows an empty cell: 'valeur' has no value in content/data/chiffres.csv; fill it, or leave the row out with 'rows:'",
        ])
    }
}

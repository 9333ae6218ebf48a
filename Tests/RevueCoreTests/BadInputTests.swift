import Foundation
import Testing
@testable import RevueCore

/// Every kind of bad input an editor can save: each one fails the build with
/// a message naming the file (and the line where there is one), and leaves
/// the site published before it byte for byte as it was.
@Suite struct BadInputTests {
    /// One mistake: the files it writes over a project that builds, and what the build must answer.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Files written (nil: deleted), relative to the project.
        let files: [String: Data?]
        let file: String
        let line: Int?
        let message: String

        init(_ name: String, _ files: [String: Data?], _ file: String, line: Int? = nil, _ message: String) {
            self.name = name
            self.files = files
            self.file = file
            self.line = line
            self.message = message
        }

        var testDescription: String { name }
    }

    static let chapter = "content/fr/chapitres/budget.md"
    static let table = "content/data/lits.csv"
    static let schema = "content/data/lits.schema.yml"

    /// A small review that builds: a Sommaire and one chapter per language, reading a typed table.
    static let project: [String: String] = [
        "content/fr/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
        "content/ar/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
        chapter: "---\ntitle: Budget\nnumber: 1\n---\nRabat compte {{lits.rabat.lits}}.\n\n```{table}\ntable: lits\n```\n",
        "content/ar/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\nتتوفر الرباط على {{lits.rabat.lits}}.\n",
        schema: """
            title: { fr: Lits, ar: الأسرة }
            key: cle
            columns:
              - { name: cle, type: text }
              - { name: ville, type: localized, label: { fr: Ville, ar: المدينة } }
              - { name: categorie, type: enum, values: [chu, chr], label: { fr: Catégorie, ar: الصنف } }
              - { name: lits, type: integer, label: { fr: Lits, ar: الأسرة }, unit: { fr: lits, ar: سرير } }
              - { name: ouverture, type: date, label: { fr: Ouverture, ar: الافتتاح } }

            """,
        table: "cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1200,2023-05-02\nfes,Fès,فاس,chr,450,2022-11-15\n",
    ]

    static func text(_ string: String) -> Data? { Data(string.utf8) }

    static let frontMatterCases: [Case] = [
        Case("invalid YAML front matter", [chapter: text("---\ntitle: [Budget\nnumber: 1\n---\n")], chapter, line: 3, "invalid YAML"),
        Case("unclosed front matter", [chapter: text("---\ntitle: Budget\nnumber: 1\nLe texte.\n")], chapter, line: 1, "never closed"),
        Case("missing front matter", [chapter: text("Le texte seul.\n")], chapter, line: 1, "does not start with front matter"),
        Case("unknown front matter key", [chapter: text("---\ntitle: Budget\nnumber: 1\nsumary: x\n---\n")], chapter, line: 4, "did you mean 'summary'?"),
        Case("weight that is no number", [chapter: text("---\ntitle: Budget\nnumber: 1\nweight: abc\n---\n")], chapter, line: 4, "'weight' must be a whole number, not 'abc'"),
        Case("draft that is no yes or no", [chapter: text("---\ntitle: Budget\nnumber: 1\ndraft: maybe\n---\n")], chapter, line: 4, "'draft'"),
        Case("impossible date", [chapter: text("---\ntitle: Budget\nnumber: 1\ndate: 2023-02-30\n---\n")], chapter, line: 4, "2023-02-30"),
        Case("date in the wrong format", [chapter: text("---\ntitle: Budget\nnumber: 1\ndate: 31/12/2023\n---\n")], chapter, line: 4,
             "'date' must be a date written YYYY-MM-DD (such as 2023-05-12), not '31/12/2023': write date: 2023-12-31"),
        Case("date with a French month name", [chapter: text("---\ntitle: Budget\nnumber: 1\ndate: 1er octobre 2022\n---\n")], chapter, line: 4,
             "write date: 2022-10-01"),
        Case("date with a Moroccan month name", [chapter: text("---\ntitle: Budget\nnumber: 1\nend_date: 12 ماي 2023\n---\n")], chapter, line: 4,
             "write end_date: 2023-05-12"),
        Case("title holding ': ' without quotes", [chapter: text("---\ntitle: Santé mentale : un enjeu national\nnumber: 1\n---\nTexte.\n")], chapter, line: 2,
             "put the title in quotes: title: \"Santé mentale : un enjeu national\""),
        Case("summary holding ': ' and a quote", [chapter: text("---\ntitle: Budget\nnumber: 1\nsummary: Le « plan » : 2023, l'année \"clé\"\n---\nTexte.\n")], chapter, line: 4,
             "put the summary in quotes: summary: \"Le « plan » : 2023, l'année \\\"clé\\\"\""),
        Case("empty file", [chapter: text("")], chapter, line: 1, "the file is empty"),
        Case("Latin-1 file", [chapter: Data("---\ntitle: Budget\nnumber: 1\n---\nD".utf8) + Data([0xE9, 0x6A, 0xE0, 0x0A])], chapter, line: 5, "not valid UTF-8"),
        Case("UTF-16 file", [chapter: Data([0xFF, 0xFE]) + Data("---\ntitle: B\n---\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })], chapter, "UTF-16"),
        Case("two pages with one address", ["content/fr/chapitres/budget/_index.md": text("---\ntitle: Autre\n---\n")], "content/fr/chapitres/budget/_index.md",
             "would both be written to fr/chapitres/budget/index.html"),
        Case("chapter without number", [chapter: text("---\ntitle: Budget\n---\n")], chapter, line: 1, "a chapter needs a 'number'"),
    ]

    static let markdownCases: [Case] = [
        Case("link to a missing page", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\nVoir [le bilan](bilan.md).\n")], chapter, line: 5,
             "leads to a page that does not exist"),
        Case("missing image", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\n![Carte](carte.png)\n")], chapter, line: 5,
             "leads to a file that does not exist"),
        Case("unknown directive", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\n```{tableau}\ntable: lits\n```\n")], chapter, line: 5,
             "unknown directive '{tableau}' (did you mean '{table}'?)"),
        Case("malformed directive body", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\n```{table}\ntable: [lits\n```\n")], chapter, "invalid YAML"),
        Case("unknown reference", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\n{{lit.rabat.lits}}\n")], chapter, line: 5,
             "unknown table 'lit' (did you mean 'lits'?)"),
        Case("unclosed reference", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\n{{lits.rabat.lits\n")], chapter, line: 5, "is not closed with '}}'"),
        Case("figure written by hand in one language", [chapter: text("---\ntitle: Budget\nnumber: 1\n---\nRabat compte 1 200 lits.\n")], chapter, line: 5,
             "write {{lits.rabat.lits}} here too"),
    ]

    static let tableCases: [Case] = [
        Case("table with a missing column", [table: text("cle,ville.fr,ville.ar,categorie,ouverture\nrabat,Rabat,الرباط,chu,2023-05-02\n")], table, line: 1, "the header has no column 'lits'"),
        Case("table with an extra column", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture,note\nrabat,Rabat,الرباط,chu,1200,2023-05-02,x\n")], table, line: 1, "note"),
        Case("bad number", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1 2OO,2023-05-02\n")], table, line: 2, "column 'lits' (integer)"),
        Case("number with a decimal comma", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,\"1200,5\",2023-05-02\n")], table, line: 2, "column 'lits' (integer)"),
        Case("bad date", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1200,02/05/2023\n")], table, line: 2,
             "column 'ouverture' (date): expected a date written YYYY-MM-DD, such as 2023-05-12, not '02/05/2023' (write 2023-05-02)"),
        Case("date with an Arabic month name", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1200,2 ماي 2023\n")], table, line: 2,
             "(write 2023-05-02)"),
        Case("number with spaces and a currency", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1 200 DH,2023-05-02\n")], table, line: 2,
             "not '1 200 DH' (write 1200)"),
        Case("unknown enum value", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chx,1200,2023-05-02\n")], table, line: 2, "chx"),
        Case("duplicate key", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1200,2023-05-02\nrabat,Salé,سلا,chr,300,2023-01-01\n")], table, line: 3, "rabat"),
        Case("schema missing", [schema: nil], table, "has no schema"),
        Case("schema that is not YAML", [schema: text("key: cle\ncolumns: [\n")], schema, "invalid YAML"),
        Case("schema with an unknown type", [schema: text("key: cle\ncolumns:\n  - { name: cle, type: texte }\n")], schema, line: 3, "texte"),
    ]

    static let projectCases: [Case] = [
        Case("template syntax error", ["templates/page.mustache": text("{{<layout}}{{$main}}\n{{#title}}x{{/titre}}{{/main}}{{/layout}}\n")], "templates/page.mustache", line: 2, "template error"),
        Case("template naming a missing partial", ["templates/page.mustache": text("{{>layout}}\n{{>absent}}\n")], "templates/page.mustache", line: 2, "'absent'"),
        Case("missing partial named between spaces", ["templates/page.mustache": text("{{> layout }}\n\n{{ >\tabsent\t }}\n")], "templates/page.mustache", line: 3, "'absent'"),
        Case("revue.yml missing", ["revue.yml": nil], "revue.yml", "there is no revue.yml in"),
        Case("revue.yml empty", ["revue.yml": text("")], "revue.yml", "empty"),
        Case("unknown language direction", ["revue.yml": text(TestSite.config.replacingOccurrences(of: "direction: rtl", with: "direction: rlt"))], "revue.yml", line: 9, "must be one of ltr, rtl"),
        Case("invalid locale", ["revue.yml": text(TestSite.config.replacingOccurrences(of: "ar-MA", with: "zz-ZZ"))], "revue.yml", line: 9, "'zz-ZZ' is not a locale"),
        Case("file too large", [chapter: Data(count: 50 * 1024 * 1024)], chapter, "the file is 50 MB; revue reads files of at most 16 MB"),
    ]

    // MARK: - Hostile input: huge values, deep nesting, self-reference, very long lines, invalid UTF-8

    static let config = TestSite.config
    static let latin1 = Data([0xE9])
    static let megabyte = String(repeating: "a", count: 1_000_000)
    static let deepBrackets = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    static func page(_ frontMatter: String, _ body: String = "Rabat compte {{lits.rabat.lits}}.\n") -> Data? {
        text("---\ntitle: Budget\n\(frontMatter)---\n\(body)")
    }

    static let configCases: [Case] = [
        Case("a language listed twice, with a plain title", ["revue.yml": text(config.replacingOccurrences(of: "title: { fr: Revue test, ar: مجلة تجريبية }", with: "title: Revue test")
                                                                               + "  - { code: fr, name: Français, locale: fr-MA, direction: ltr }\n")],
             "revue.yml", line: 10, "the language 'fr' is listed twice"),
        Case("base_url that is no address", ["revue.yml": text(config.replacingOccurrences(of: "https://example.org/revue/", with: "example.org"))], "revue.yml", line: 3,
             "must be an absolute http(s) address"),
        Case("default language not listed", ["revue.yml": text(config.replacingOccurrences(of: "default_language: fr", with: "default_language: es"))], "revue.yml", line: 6,
             "'default_language' is 'es', which is not one of the languages"),
        Case("unsafe_html that is no yes or no", ["revue.yml": text(config + "unsafe_html: peut-être\n")], "revue.yml", line: 10, "'unsafe_html' must be true or false"),
        Case("revue.yml in Latin-1", ["revue.yml": Data("title: { fr: Revue t".utf8) + latin1 + Data("st, ar: x }\n".utf8)], "revue.yml", line: 1, "not valid UTF-8"),
        Case("revue.yml nested 100 000 deep", ["revue.yml": text(config + "subtitle: \(deepBrackets)\n")], "revue.yml", "invalid YAML: Maximum nesting level"),
        Case("revue.yml with a 1 MB line before a wrong key", ["revue.yml": text(config.replacingOccurrences(of: "subtitle: { fr: Réalisations, ar: منجزات }", with: "subtitle: { fr: \(megabyte), ar: x }") + "titel: x\n")],
             "revue.yml", line: 10, "unknown setting key 'titel' (did you mean 'title'?)"),
        Case("a language code that leaves its folder", ["revue.yml": text(config.replacingOccurrences(of: "code: ar,", with: "code: ../ar,"))], "revue.yml", line: 9,
             "a language code is used in paths"),
    ]

    static let hostilePageCases: [Case] = [
        Case("chapter number beyond any integer", [chapter: page("number: 9223372036854775807\n")], chapter, line: 3,
             "'number' must be a whole number from 0 to 9999, not 9223372036854775807"),
        Case("chapter number of thirty digits", [chapter: page("number: 123456789012345678901234567890\n")], chapter, line: 3, "'number' must be a whole number from 0 to 9999"),
        Case("weight out of range", [chapter: page("number: 1\nweight: -99999999\n")], chapter, line: 4, "'weight' must be a whole number from -1000000 to 1000000"),
        Case("a front matter key written twice", [chapter: page("number: 1\ntitle: Bilan\n")], chapter, "invalid YAML: the key 'title' is written twice"),
        Case("front matter nested 100 000 deep", [chapter: page("number: 1\ntags: \(deepBrackets)\n")], chapter, "invalid YAML: Maximum nesting level"),
        Case("aliases that multiply (a billion laughs)", [chapter: page("number: 1\n" + (0..<9).map { level in
                level == 0 ? "summary: &a0 [x, x, x, x, x, x, x, x, x, x]\n" : "tags: &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
             }.joined())], chapter, "invalid YAML"),
        Case("an alias to itself", [chapter: page("number: 1\ntags: &a [*a]\n")], chapter, line: 4, "invalid YAML"),
        Case("front matter in Latin-1", [chapter: Data("---\ntitle: Bilan g".utf8) + latin1 + Data("n\nnumber: 1\n---\n".utf8)], chapter, line: 2, "not valid UTF-8"),
        Case("a 1 MB line ending with a broken link", [chapter: page("number: 1\n", "\(megabyte) [bilan](bilan.md) {{lits.rabat.lits}}\n")], chapter, line: 5,
             "leads to a page that does not exist"),
        Case("a year of five digits", [chapter: page("number: 1\ndate: 20231-05-12\n")], chapter, line: 4, "YYYY-MM-DD"),
        Case("an end date before the date", [chapter: page("number: 1\ndate: 2023-05-12\nend_date: 2023-01-01\n")], chapter, line: 5, "'end_date' (2023-01-01) is before 'date' (2023-05-12)"),
        Case("an image whose text nests 20 000 emphases", [chapter: page("number: 1\n", "![" + String(repeating: "*a **a ", count: 20_000) + "b" + String(repeating: " a** a*", count: 20_000) + "](carte.png) {{lits.rabat.lits}}\n")],
             chapter, line: 5, "leads to a file that does not exist"),
        Case("a broken link in 50 000 nested quotes", [chapter: page("number: 1\n", String(repeating: "> ", count: 50_000) + "[bilan](bilan.md) {{lits.rabat.lits}}\n")], chapter, line: 5,
             "leads to a page that does not exist"),
        Case("a directive option written twice", [chapter: page("number: 1\n", "{{lits.rabat.lits}}\n\n```{table}\ntable: lits\ntable: lits\n```\n")], chapter, "invalid YAML: the key 'table' is written twice"),
        Case("directive options nested 100 000 deep", [chapter: page("number: 1\n", "{{lits.rabat.lits}}\n\n```{table}\ntable: lits\nrows: \(deepBrackets)\n```\n")], chapter,
             "invalid YAML: Maximum nesting level"),
        Case("a directive naming an unknown row", [chapter: page("number: 1\n", "{{lits.rabat.lits}}\n\n```{table}\ntable: lits\nrows: [casablanca]\n```\n")], chapter, line: 9,
             "has no row 'casablanca'"),
        Case("a directive naming an unknown column", [chapter: page("number: 1\n", "{{lits.rabat.lits}}\n\n```{table}\ntable: lits\ncolumns: [ville, lit]\n```\n")], chapter, line: 9,
             "has no column 'lit' (did you mean 'lits'?)"),
        Case("a reference to an unknown row", [chapter: page("number: 1\n", "{{lits.rabt.lits}}\n")], chapter, line: 5, "has no row 'rabt' (did you mean 'rabat'?)"),
    ]

    static let hostileDataCases: [Case] = [
        Case("CSV in Latin-1", [table: Data("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,1200,2023-05-02\nfes,F".utf8) + Data([0xE8]) + Data("s,فاس,chr,450,2022-11-15\n".utf8)],
             table, line: 3, "not valid UTF-8"),
        Case("an integer beyond any integer", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,Rabat,الرباط,chu,99999999999999999999,2023-05-02\n")], table, line: 2,
             "the number '99999999999999999999' is too large"),
        Case("a quote never closed", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,\"Rabat,الرباط,chu,1200,2023-05-02\n")], table, line: 2, "this quote is never closed"),
        Case("a 1 MB cell before a bad number", [table: text("cle,ville.fr,ville.ar,categorie,lits,ouverture\nrabat,\(megabyte),الرباط,chu,12x,2023-05-02\n")], table, line: 2, "column 'lits' (integer)"),
        Case("precision beyond any integer", [schema: text(project[schema, default: ""].replacingOccurrences(of: "type: integer,", with: "type: integer, precision: 99999999999999999999,"))], schema, line: 7,
             "'precision' must be a whole number from 0 to 6"),
        Case("a schema key naming no column", [schema: text(project[schema, default: ""].replacingOccurrences(of: "key: cle", with: "key: code"))], schema, line: 2, "the key 'code' is not a column of this table"),
        Case("a column declared twice", [schema: text(project[schema, default: ""] + "  - { name: lits, type: integer }\n")], schema, line: 9, "the column 'lits' is declared twice"),
        Case("a schema in Latin-1", [schema: Data("title: { fr: Lits, ar: x }\nkey: cl".utf8) + latin1 + Data("\n".utf8)], schema, line: 2, "not valid UTF-8"),
        Case("a schema nested 100 000 deep", [schema: text("key: cle\ncolumns: \(deepBrackets)\n")], schema, "invalid YAML: Maximum nesting level"),
        Case("a YAML table nested 100 000 deep", ["content/data/villes.yml": text("schema:\n  key: cle\n  columns:\n    - { name: cle, type: text }\nrows: \(deepBrackets)\n")],
             "content/data/villes.yml", "invalid YAML: Maximum nesting level"),
        Case("a YAML row whose cell is a list", ["content/data/villes.yml": text("schema:\n  key: cle\n  columns:\n    - { name: cle, type: text }\n    - { name: lits, type: integer }\nrows:\n  - { cle: rabat, lits: [1, 2] }\n")],
             "content/data/villes.yml", line: 7, "column 'lits' must be"),
        Case("a YAML table in Latin-1", ["content/data/villes.yml": Data("schema:\n  key: cl".utf8) + latin1 + Data("\n".utf8)], "content/data/villes.yml", line: 2, "not valid UTF-8"),
    ]

    static let hostileThemeCases: [Case] = [
        Case("a template that includes itself", ["templates/chapter.mustache": text("{{<layout}}{{$main}}\n{{>chapter}}{{/main}}{{/layout}}\n")], "templates/chapter.mustache", line: 2,
             "the template includes itself (chapter → chapter)"),
        Case("a template with Windows line ends that includes itself", ["templates/chapter.mustache": text("{{<layout}}{{$main}}\r\n\r\n{{>chapter}}{{/main}}{{/layout}}\r\n")],
             "templates/chapter.mustache", line: 3, "the template includes itself (chapter → chapter)"),
        Case("templates that include each other", ["templates/chapter.mustache": text("{{>tags}}\n"), "templates/tags.mustache": text("{{#tags}}\n{{>chapter}}{{/tags}}\n")],
             "templates/chapter.mustache", line: 1, "the template includes itself (chapter → tags → chapter)"),
        Case("sections nested 20 000 deep", ["templates/chapter.mustache": text(String(repeating: "{{#title}}", count: 20_000) + String(repeating: "{{/title}}", count: 20_000))],
             "templates/chapter.mustache", line: 1, "nested more than 64 deep"),
        Case("sections nested deep behind other delimiters", ["templates/chapter.mustache": text("{{=<% %>=}}\n" + String(repeating: "<%#title%>", count: 20_000) + String(repeating: "<%/title%>", count: 20_000))],
             "templates/chapter.mustache", line: 2, "nested more than 64 deep"),
        Case("a template in Latin-1", ["templates/chapter.mustache": Data("{{<layout}}{{$main}}\nR".utf8) + latin1 + Data("sum\u{00E9}{{/main}}{{/layout}}\n".utf8)], "templates/chapter.mustache", line: 2, "not valid UTF-8"),
        // Another language may lack strings (the default language's stand in); the default language may not.
        Case("strings without French, the default language", ["templates/strings.yml": text("ar:" + (themeStrings.components(separatedBy: "\nar:").last ?? ""))],
             "templates/strings.yml", "have no 'fr:' section"),
        Case("strings that are not YAML", ["templates/strings.yml": text("fr: [\n")], "templates/strings.yml", "invalid YAML"),
        Case("strings in Latin-1", ["templates/strings.yml": Data("fr:\n  skip: Aller au contenu\n  next: Chapitre suivant, d".utf8) + latin1 + Data("j\u{00E0}\n".utf8)],
             "templates/strings.yml", line: 3, "not valid UTF-8"),
        Case("strings nested 100 000 deep", ["templates/strings.yml": text("fr: \(deepBrackets)\n")], "templates/strings.yml", "invalid YAML: Maximum nesting level"),
    ]

    /// The default theme's interface strings, as the repository has them.
    static let themeStrings = (try? String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("templates/strings.yml"), encoding: .utf8)) ?? ""

    static let allCases = frontMatterCases + markdownCases + tableCases + projectCases + configCases + hostilePageCases + hostileDataCases + hostileThemeCases

    @Test func theBatteryHoldsSixtyMistakesAtLeast() {
        let all = Self.allCases
        #expect(all.count >= 60)
        #expect(Set(all.map(\.name)).count == all.count, "two cases share a name")
    }

    @Test(arguments: allCases)
    func answersClearlyAndKeepsThePublishedSite(_ mistake: Case) throws {
        let site = try TestSite(files: Self.project)
        defer { site.remove() }
        try site.build(strict: true)
        let published = try site.writtenFiles()
        #expect(published.count > 5)
        for (path, data) in mistake.files {
            if let data {
                try site.write(path, data)
            } else {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
            }
        }
        let findings = site.failingBuild()
        let found = findings.contains { finding in
            finding.severity == .error && finding.file == mistake.file && finding.message.english.contains(mistake.message)
                && (mistake.line == nil || finding.line == mistake.line)
        }
        #expect(found, "expected \(mistake.file):\(mistake.line.map(String.init) ?? "-"): …\(mistake.message)…, got:\n\(findings.map(\.description).joined(separator: "\n"))")
        #expect(try site.writtenFiles() == published, "the failed build changed site/")
    }

    @Test func aLinkThatLoopsIsReportedAndNothingIsLost() throws {
        let site = try TestSite(files: Self.project)
        defer { site.remove() }
        try site.build(strict: true)
        let published = try site.writtenFiles()
        let loop = site.root.appendingPathComponent("content/fr/boucle.md")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect(site.failingBuild().contains { $0.file == "content/fr/boucle.md" && $0.message.english.contains("a loop of links") })
        #expect(try site.writtenFiles() == published)
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file whatever its permissions"))
    func anUnreadableFileIsNamed() throws {
        let site = try TestSite(files: Self.project)
        defer { site.remove() }
        chmod(site.root.appendingPathComponent(Self.chapter).path, 0)
        #expect(site.failingBuild().contains { $0.file == Self.chapter && $0.message.english.contains("cannot read") })
    }

    @Test func anOutputFolderThatCannotBeWrittenIsNamed() throws {
        let site = try TestSite(files: Self.project)
        defer { site.remove() }
        try site.write("occupied", "a file where the site's folder would go")
        var options = BuildOptions(project: site.root, output: site.root.appendingPathComponent("occupied/site"))
        options.strict = true
        #expect {
            try build(options)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.contains { $0.message.english.contains("cannot write") } == true
        }
        #expect(try String(contentsOf: site.root.appendingPathComponent("occupied"), encoding: .utf8) == "a file where the site's folder would go")
    }

    @Test func aFullDiskIsSaidOnceAndNoOtherFileIsTried() throws {
        let site = try TestSite(files: Self.project)
        defer { site.remove() }
        try site.build()
        try site.write("content/fr/chapitres/budget.md", Self.project[Self.chapter, default: ""] + "\nUne phrase.\n")
        try site.build()   // the site before it is now the private copy, written through temporary files
        try site.write("content/fr/chapitres/budget.md", Self.project[Self.chapter, default: ""] + "\nUne phrase de plus.\n")
        try site.write("content/ar/chapitres/budget.md", Self.project["content/ar/chapitres/budget.md", default: ""] + "\nجملة أخرى.\n")
        // Each page's temporary file leads to /dev/full, where every write fails as on a full disk.
        let staging = site.root.appendingPathComponent(".site.staging")
        for language in ["fr", "ar"] {
            let temporary = staging.appendingPathComponent("\(language)/chapitres/budget/.index.html.revue-new").path
            try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: "/dev/full")
        }
        let before = try WarmBuildTests.tree(site.output)
        #expect {
            try site.build()
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.message) ?? []
            return messages.count == 1
                && messages[0].english.hasSuffix("No space left on device; no other file is written, as each would fail the same way: free some space and build again")
                && messages[0].said(in: .french).hasSuffix("chacun échouerait de même : libérez de la place et relancez la construction")
        }
        #expect(try WarmBuildTests.tree(site.output) == before)
    }

    @Test func aPageWithFrontMatterOnlyBuildsWithAWarning() throws {
        let site = try TestSite(files: Self.project.merging([
            "content/fr/apropos.md": "---\ntitle: À propos\n---\n",
            "content/ar/apropos.md": "---\ntitle: حول\n---",
        ]) { $1 })
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.map(\.description).sorted() == [
            "content/ar/apropos.md:2: warning: this page has a title and no text yet: write its text below the front matter, or add 'draft: true' to keep it out of the site until it is written",
            "content/fr/apropos.md:2: warning: this page has a title and no text yet: write its text below the front matter, or add 'draft: true' to keep it out of the site until it is written",
        ])
        #expect(try site.html("fr/apropos/index.html").contains("<h1>À propos</h1>"))
        #expect(try site.html("ar/apropos/index.html").contains("<h1>حول</h1>"))
    }
}

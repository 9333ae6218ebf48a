import Foundation

/// Runs one editor's file through the same stages a build runs it through,
/// from bytes in memory, for the fuzzers: a page (text decoding, front
/// matter, Markdown with references, links and directives, in each language),
/// a data table (a schema and CSV rows, or a YAML table), a schema alone,
/// `revue.yml`, a file of the theme, or a page as `revue check` and
/// `revue new` see it.
///
/// Whatever the bytes, it must return: findings are values, never traps.
public final class InputProbe: Sendable {
    private let project: URL
    private let site: Site
    private let theme: Theme
    private let data: DataSet
    private let renderer: Renderer
    private let languages: [String]
    /// The theme's files as read: templates by name and `strings.yml`.
    private let templates: [String: String]
    private let strings: String
    /// What `revue check` needs of every page of the project as it is.
    private let rendered: [SiteChecks.RenderedPage]

    /// The context pages are rendered in: a project's configuration, theme, tables and pages.
    public init(project: URL) throws(DiagnosticError) {
        let loaded = try LoadedProject.load(project, includeDrafts: true, into: Diagnostics())
        self.project = project
        site = loaded.site
        theme = loaded.theme
        data = loaded.data
        renderer = Renderer(site: loaded.site, theme: loaded.theme, data: loaded.data)
        languages = loaded.config.codesDefaultFirst
        let folder = project.appendingPathComponent(Theme.folderName)
        var sources: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".mustache") {
            sources[String(name.dropLast(".mustache".count))] = try SourceText.read(folder.appendingPathComponent(name), displayPath: name)
        }
        templates = sources
        strings = try SourceText.read(folder.appendingPathComponent("strings.yml"), displayPath: "strings.yml")
        let renderer = self.renderer
        rendered = site.pages.indices.map { Self.renderedForCheck(renderer, page: $0) }
    }

    private static func renderedForCheck(_ renderer: Renderer, page index: Int) -> SiteChecks.RenderedPage {
        let body = renderer.renderBody(page: index)
        let framed = renderer.view(page: index, body: body)
        return SiteChecks.RenderedPage(trace: body.trace, figures: body.figures, ids: HTMLIDs.find(in: renderer.html(of: framed.view)))
    }

    /// A page file's bytes, rendered as the first chapter of each language; returns how many findings it gave.
    @discardableResult
    public func page(_ bytes: [UInt8]) -> Int {
        do throws(DiagnosticError) {
            var findings = 0
            for (index, document) in try asFirstChapters(bytes) {
                findings += renderer.probe(document, as: index)
            }
            return findings
        } catch {
            return error.diagnostics.count
        }
    }

    /// A page file's bytes as `revue check` sees it in place of the first chapter of each language
    /// (anchors, chapter numbers, sections, figures agreeing across languages), then as `revue new`
    /// plans the next chapter, activity, campaign and page beside it.
    @discardableResult
    public func checkAndPlan(_ bytes: [UInt8]) -> Int {
        do throws(DiagnosticError) {
            var site = self.site
            var pages = rendered
            for (index, document) in try asFirstChapters(bytes) {
                site.pages[index] = Page(document: document, kind: site.pages[index].kind, url: site.pages[index].url)
                pages[index] = Self.renderedForCheck(Renderer(site: site, sharing: renderer), page: index)
            }
            var findings = SiteChecks.brokenAnchors(in: site, pages: pages).count + SiteChecks.chapterGaps(in: site).count
                + SiteChecks.emptySections(in: site).count
                + FigureAgreement.check(site, figures: pages.map(\.figures)).count
            for kind in PageScaffold.Kind.allCases {
                do {
                    findings += try PageScaffold(project: project, kind: kind, slug: "probe", titles: [:], date: nil).plan(in: site).count
                } catch {
                    findings += error.diagnostics.count
                }
            }
            return findings
        } catch {
            return error.diagnostics.count
        }
    }

    /// The page read from `bytes`, once per language, with the index of that language's first chapter.
    private func asFirstChapters(_ bytes: [UInt8]) throws(DiagnosticError) -> [(Int, SourceDocument)] {
        let file = "content/probe.md"
        let text = try SourceText.decode(Data(bytes), displayPath: file)
        let split = try FrontMatterParser.split(text, file: file)
        let matter = try FrontMatterParser.parse(split.yaml, file: file)
        return site.config.languages.compactMap { language in
            guard let index = site.pages.indices.first(where: { site.pages[$0].kind == .chapter && site.pages[$0].language == language })
            else { return nil }
            return (index, SourceDocument(file: file, language: language, path: site.pages[index].document.path, frontMatter: matter,
                                          body: split.body, bodyFirstLine: split.bodyFirstLine))
        }
    }

    /// `revue.yml`'s bytes: read and checked, then, when they make settings, each language's
    /// dates and figures formatted by its locale and the pages that need no content rendered.
    @discardableResult
    public func config(_ bytes: [UInt8]) -> Int {
        do throws(DiagnosticError) {
            let config = try SiteConfig.parse(try SourceText.decode(Data(bytes), displayPath: SiteConfig.fileName))
            let site = Site(config: config, pages: [], staticFiles: [], homes: [:], chapters: [:], pagesByContentPath: [:], staticContentPaths: [])
            let renderer = Renderer(site: site, theme: theme, data: DataSet(tables: []))
            var written = renderer.renderRedirect().count
            let day = Day(iso: "2023-05-12") ?? Day(iso: "2000-01-01")
            for language in config.languages {
                written += renderer.renderNotFound(in: language, atRoot: false).count
                if let day { written += DayFormatter(language: language).string(day).count }
                let formatter = ValueFormatter(language: language, strings: theme.strings[language.code] ?? [:])
                written += formatter.number(28_130_252_000.5, precision: 2).count + formatter.compact(9_600_000, precision: 1).count
            }
            return written
        } catch {
            return error.diagnostics.count
        }
    }

    /// A theme file's bytes: the first byte chooses the file (`strings.yml`, or one of the
    /// theme's templates), the rest is its text; the theme is compiled with it and the
    /// first chapter of each language, with its directives, rendered through it.
    @discardableResult
    public func themeFile(_ bytes: [UInt8]) -> Int {
        guard let choice = bytes.first else { return 0 }
        let names = templates.keys.sorted()
        var sources = templates
        var strings = self.strings
        do throws(DiagnosticError) {
            let text = try SourceText.decode(Data(bytes.dropFirst()), displayPath: "templates/probe")
            if Int(choice) % (names.count + 1) == names.count {
                strings = text
            } else {
                sources[names[Int(choice) % (names.count + 1)]] = text
            }
            let theme = try Theme.compile(templates: sources, strings: strings, languages: site.config.languages, defaultLanguage: site.config.defaultLanguage, assets: [])
            let renderer = Renderer(site: site, theme: theme, data: data)
            var written = renderer.renderRedirect().count
            for language in site.config.languages {
                written += renderer.renderNotFound(in: language, atRoot: false).count
                if let index = site.pages.indices.first(where: { site.pages[$0].kind == .chapter && site.pages[$0].language == language }) {
                    written += renderer.render(page: index).html.count
                }
            }
            return written
        } catch {
            return error.diagnostics.count
        }
    }

    /// A schema's bytes: read, then, when it makes a schema, a table of two rows written for its
    /// columns, typed, and shown by every directive in each language.
    @discardableResult
    public func schema(_ bytes: [UInt8]) -> Int {
        let file = "content/data/probe.schema.yml"
        var problems: [Diagnostic] = []
        guard let text = try? SourceText.decode(Data(bytes), displayPath: file),
              let mapping = try? YAMLMapping.parse(text, file: file),
              let schema = TableSchema.read(mapping, languages: languages, into: &problems) else { return problems.count + 1 }
        let fields = TableBuilder.fieldNames(of: schema, languages: languages)
        let csv = ([fields] + ["r1", "r2"].map { key in fields.map { Self.sampleCell(for: $0, key: key, in: schema) } })
            .map { $0.joined(separator: ",") }.joined(separator: "\n")
        let rows = CSVTableReader.rows(of: csv, file: "content/data/probe.csv", fields: fields, into: &problems)
        guard let table = TableBuilder(name: "probe", file: "content/data/probe.csv", schema: schema, languages: languages)
            .build(rows, into: &problems) else { return problems.count }
        let renderer = Renderer(site: site, theme: theme, data: DataSet(tables: [table]))
        let numeric = schema.columns.first { $0.type.isNumeric }?.name ?? schema.keyColumn
        var directives = "```{table}\ntable: probe\n```\n\n```{figures}\ntable: probe\nvalue: \(numeric)\nlabel: \(schema.keyColumn)\n```\n"
        for type in ["bar", "column", "donut", "progress"] {
            directives += "\n```{chart}\ntype: \(type)\ntable: probe\nvalue: \(numeric)\nlabel: \(schema.keyColumn)\nobjective: \(numeric)\n```\n"
        }
        let page = Data("---\ntitle: Probe\nnumber: 1\n---\n{{probe.r1.\(numeric)}}\n\n\(directives)".utf8)
        do throws(DiagnosticError) {
            return try asFirstChapters(Array(page)).reduce(problems.count) { $0 + renderer.probe($1.1, as: $1.0) }
        } catch {
            return error.diagnostics.count
        }
    }

    /// A cell a schema's column accepts, so that the rest of the table can be probed.
    private static func sampleCell(for field: String, key: String, in schema: TableSchema) -> String {
        if field == schema.keyColumn { return key }
        guard let column = schema.column(named: String(field.prefix { $0 != "." })) else { return "" }
        switch column.type {
        case .text, .localized: return "texte \(key)"
        case .integer, .count: return key == "r1" ? "1200" : "450"
        case .decimal, .percent: return key == "r1" ? "37.5" : "62.5"
        case .money: return key == "r1" ? "28130252000" : "6675252000.5"
        case .date: return "2023-05-12"
        case .dateRange: return "2022-10-01/2022-10-31"
        case .period: return "2022/2023"
        case .url: return "https://www.sante.gov.ma/"
        case .boolean: return "true"
        case .enumeration(let values): return values.first?.value.replacingOccurrences(of: ",", with: "") ?? ""
        }
    }

    /// A table's bytes: a schema, a line `---`, then CSV rows; or, without that line, a YAML table.
    @discardableResult
    public func table(_ bytes: [UInt8]) -> Int {
        let file = "content/data/probe"
        var problems: [Diagnostic] = []
        guard let text = try? SourceText.decode(Data(bytes), displayPath: file) else { return 1 }
        let schema: TableSchema
        let rows: [RawRow]
        if let separator = text.range(of: "\n---\n") {
            guard let mapping = try? YAMLMapping.parse(String(text[..<separator.lowerBound]), file: file + ".schema.yml"),
                  let read = TableSchema.read(mapping, languages: languages, into: &problems) else { return problems.count + 1 }
            schema = read
            rows = CSVTableReader.rows(of: String(text[separator.upperBound...]), file: file + ".csv",
                                       fields: TableBuilder.fieldNames(of: schema, languages: languages), into: &problems)
        } else {
            guard let read = YAMLTableReader.read(text, file: file + ".yml", languages: languages, into: &problems) else { return problems.count + 1 }
            (schema, rows) = read
        }
        let table = TableBuilder(name: "probe", file: file, schema: schema, languages: languages).build(rows, into: &problems)
        return problems.count + (table?.rows.count ?? 0)
    }
}

import Foundation

/// Runs one editor's file through the same stages a build runs it through,
/// from bytes in memory, for the fuzzers: a page (text decoding, front
/// matter, Markdown with references, links and directives, in each language)
/// or a data table (a schema and CSV rows, or a YAML table).
///
/// Whatever the bytes, it must return: findings are values, never traps.
public final class InputProbe: Sendable {
    private let site: Site
    private let renderer: Renderer
    private let languages: [String]

    /// The context pages are rendered in: a project's configuration, theme, tables and pages.
    public init(project: URL) throws(DiagnosticError) {
        let loaded = try LoadedProject.load(project, includeDrafts: true, into: Diagnostics())
        site = loaded.site
        renderer = Renderer(site: loaded.site, theme: loaded.theme, data: loaded.data)
        languages = loaded.config.languages.map(\.code)
    }

    /// A page file's bytes, rendered as the first chapter of each language; returns how many findings it gave.
    @discardableResult
    public func page(_ bytes: [UInt8]) -> Int {
        let file = "content/probe.md"
        do throws(DiagnosticError) {
            let text = try SourceText.decode(Data(bytes), displayPath: file)
            let split = try FrontMatterParser.split(text, file: file)
            let matter = try FrontMatterParser.parse(split.yaml, file: file)
            var findings = 0
            for language in site.config.languages {
                guard let index = site.pages.indices.first(where: { site.pages[$0].kind == .chapter && site.pages[$0].language == language })
                else { continue }
                let document = SourceDocument(file: file, language: language, path: site.pages[index].document.path, frontMatter: matter,
                                              body: split.body, bodyFirstLine: split.bodyFirstLine)
                findings += renderer.probe(document, as: index)
            }
            return findings
        } catch {
            return error.diagnostics.count
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

import Foundation

/// Reads the data tables of `content/data/`, in parallel: `NAME.csv` with its
/// `NAME.schema.yml`, or `NAME.yml` holding both schema and rows. In a review
/// published as a series, the tables of one issue are in a folder named by its
/// number, `content/data/3/`, and named `3/NAME`: that issue's pages read them as
/// `NAME` (see `DataSet.scoped(to:)`).
public struct DataLoader: Sendable {
    public static let folderName = "data"

    let root: URL
    let languages: [String]

    public init(root: URL, config: SiteConfig) {
        self.root = root
        languages = config.codesDefaultFirst
    }

    /// One table's files, as found in the folder.
    private struct Source: Sendable {
        let name: String
        let data: String
        let schema: String?
    }

    public func load(into diagnostics: Diagnostics) -> DataSet {
        let prefix = "\(ContentLoader.folderName)/\(Self.folderName)"
        let folder = root.appendingPathComponent(prefix)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return DataSet(tables: [])
        }
        var visible = names.filter { !$0.hasPrefix(".") }.sorted()
        let issueFolders = visible.filter { name in
            !name.isEmpty && name.allSatisfy(\.isASCIIDigit) && FileManager.default.isFolder(folder.appendingPathComponent(name))
        }
        visible.removeAll { issueFolders.contains($0) }
        var sources = pairFiles(visible, prefix: prefix, into: diagnostics).map { (source: $0, folder: folder, prefix: prefix) }
        for issue in issueFolders {
            let issuePrefix = "\(prefix)/\(issue)"
            let issueFolder = folder.appendingPathComponent(issue)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: issueFolder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            sources += pairFiles(files, prefix: issuePrefix, into: diagnostics).map { source in
                (Source(name: "\(issue)/\(source.name)", data: source.data, schema: source.schema), issueFolder, issuePrefix)
            }
        }
        let tables = ParallelMap.map(sources) { found -> DataTable? in
            var problems: [Diagnostic] = []
            let table = read(found.source, in: found.folder, prefix: found.prefix, into: &problems)
            diagnostics.report(problems)
            return table
        }
        return DataSet(tables: tables.compactMap { $0 })
    }

    /// Pairs each CSV file with its schema; anything else in the folder is reported.
    private func pairFiles(_ names: [String], prefix: String, into diagnostics: Diagnostics) -> [Source] {
        let set = Set(names)
        var sources: [Source] = []
        for name in names {
            let file = "\(prefix)/\(name)"
            if let base = name.strippingSuffix(".schema.yml") {
                if !set.contains("\(base).csv") {
                    diagnostics.report(.error("this schema has no table: its rows belong in \(prefix)/\(base).csv", in: file))
                }
            } else if let base = name.strippingSuffix(".csv") {
                guard set.contains("\(base).schema.yml") else {
                    diagnostics.report(.error("this table has no schema: declare its columns in \(prefix)/\(base).schema.yml", in: file))
                    continue
                }
                sources.append(Source(name: base, data: name, schema: "\(base).schema.yml"))
            } else if let base = name.strippingSuffix(".yml") ?? name.strippingSuffix(".yaml") {
                if set.contains("\(base).csv") {
                    diagnostics.report(.error("the table '\(base)' is both \(base).csv and \(name): keep one", in: file))
                    continue
                }
                sources.append(Source(name: base, data: name, schema: nil))
            } else {
                diagnostics.report(.warning("this is not a data table (a .csv file with its .schema.yml, or a .yml file); it is ignored", in: file))
                continue
            }
            if !DataTable.isValidName(name.split(separator: ".").first.map(String.init) ?? name) {
                diagnostics.report(.error("a table's name is used in references: write it with lowercase letters, digits, '-' and '_'", in: file))
            }
        }
        return sources
    }

    private func read(_ source: Source, in folder: URL, prefix: String, into problems: inout [Diagnostic]) -> DataTable? {
        let file = "\(prefix)/\(source.data)"
        do throws(DiagnosticError) {
            let text = try SourceText.read(folder.appendingPathComponent(source.data), displayPath: file)
            let schema: TableSchema
            let rows: [RawRow]
            if let schemaName = source.schema {
                let schemaFile = "\(prefix)/\(schemaName)"
                let schemaText = try SourceText.read(folder.appendingPathComponent(schemaName), displayPath: schemaFile)
                guard let read = TableSchema.read(try YAMLMapping.parse(schemaText, file: schemaFile), languages: languages, into: &problems) else { return nil }
                schema = read
                rows = CSVTableReader.rows(of: text, file: file, fields: TableBuilder.fieldNames(of: schema, languages: languages),
                                           standIns: TableBuilder.standInFields(of: schema, languages: languages), into: &problems)
            } else {
                guard let read = YAMLTableReader.read(text, file: file, languages: languages, into: &problems) else { return nil }
                (schema, rows) = read
            }
            return TableBuilder(name: source.name, file: file, schema: schema, languages: languages).build(rows, into: &problems)
        } catch {
            problems += error.diagnostics
            return nil
        }
    }
}

extension FileManager {
    func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

extension String {
    func strippingSuffix(_ suffix: String) -> String? {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) : nil
    }
}

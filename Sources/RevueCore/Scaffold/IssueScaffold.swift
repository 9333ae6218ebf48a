import Foundation

/// `revue new issue N`: starts the next issue of a review published as a series, in every
/// language, from the previous one's sections: its folder beside the previous issue's, each
/// page with the previous one's front matter (titles kept for the editors to rewrite, numbers
/// and weights as they were) and no text, and the previous issue's tables with their schemas
/// and no rows. Nothing is written if any of it exists.
public struct IssueScaffold: Sendable {
    public let project: URL
    public let number: Int

    public init(project: URL, number: Int) {
        self.project = project.standardizedFileURL
        self.number = number
    }

    /// Writes the files and returns their paths in the project.
    public func create() throws(DiagnosticError) -> [String] {
        let config = try SiteConfig.load(from: project)
        let diagnostics = Diagnostics()
        let content = ContentLoader(root: project, config: config).load(into: diagnostics)
        let site = SiteResolver(config: config, includeDrafts: true).resolve(content, into: diagnostics)
        let files = try plan(in: site)
        try NewFiles(project: project, files: files).write { .error("issue \(number) exists already: nothing was created (start the next one, with a number no issue has)", in: $0) }
        return files.map(\.path)
    }

    /// The files `create()` writes, with their texts.
    func plan(in site: Site) throws(DiagnosticError) -> [(path: String, text: String)] {
        let content = ContentLoader.folderName
        guard site.issues.values.contains(where: { !$0.isEmpty }) else {
            throw DiagnosticError(.error("this review has no issues yet: an issue is a folder whose _index.md says 'kind: issue' and its 'number', such as \(content)/\(site.config.defaultLanguage.code)/numeros/2/_index.md",
                                         in: "\(content)/\(site.config.defaultLanguage.code)"))
        }
        var files: [(path: String, text: String)] = []
        var previousNumber: Int?
        for language in site.config.languages {
            let issues = site.issues[language.code] ?? []
            if let existing = issues.first(where: { site.pages[$0].frontMatter.number == number }) {
                throw DiagnosticError(.error("issue \(number) exists already: nothing was created (start the next one, with a number no issue has)",
                                             in: site.pages[existing].document.file))
            }
            guard let previous = issues.last(where: { (site.pages[$0].frontMatter.number ?? 0) < number }) else { continue }
            let issue = site.pages[previous]
            previousNumber = issue.frontMatter.number
            let oldFolder = SiteResolver.folder(of: issue.document.path)          // numeros/2
            let newFolder = SiteResolver.folder(of: oldFolder).appendingFolder(String(number))
            for page in site.pages where page.language == language && page.issue == previous {
                let inside = String(page.document.path.dropFirst(oldFolder.count))  // /chapitres/budget.md
                let path = "\(content)/\(language.code)/\(newFolder)\(inside)"
                files.append((path, frontMatter(of: page, isIssue: page.kind == .issue, previous: issue.frontMatter.number)))
            }
        }
        if let previousNumber {
            files += tables(from: previousNumber)
        }
        return files
    }

    /// The page's front matter as the new issue starts it: the same keys, the new number for the
    /// issue itself, its period left to write, and each title marked as the previous issue's.
    private func frontMatter(of page: Page, isIssue: Bool, previous: Int?) -> String {
        let matter = page.frontMatter
        let keys = FrontMatter.keys.filter { matter.lines[$0] != nil }.sorted { (matter.lines[$0] ?? 0) < (matter.lines[$1] ?? 0) }
        var lines = ["---"]
        let mark = previous.map { "  # N° \($0)'s: write N° \(number)'s" } ?? ""
        for key in keys {
            switch key {
            case "title": lines.append("title: \(YAMLMapping.quoted(matter.title))\(page.kind.isWritten || isIssue ? mark : "")")
            case "number" where isIssue: lines.append("number: \(number)")
            case "number": lines.append("number: \(matter.number.map(String.init) ?? "")")
            case "period" where isIssue: lines.append("period: \"\"  # the period N° \(number) covers, such as 2023/2024")
            case "weight": lines.append("weight: \(matter.weight.map(String.init) ?? "")")
            case "kind": lines.append("kind: \(matter.kind?.rawValue ?? "")")
            case "pages": lines.append("pages: \(matter.pages?.rawValue ?? "")")
            case "author": lines.append("author: \(YAMLMapping.quoted(matter.author ?? ""))")
            case "attribution": lines.append("attribution: \(YAMLMapping.quoted(matter.attribution ?? ""))")
            default: continue  // dates, summaries, covers, tags: the new issue's own, to write
            }
        }
        if isIssue, matter.lines["period"] == nil { lines.append("period: \"\"  # the period N° \(number) covers, such as 2023/2024") }
        return (lines + ["---", "", ""]).joined(separator: "\n")
    }

    /// The previous issue's tables, `content/data/2/`, as the new issue's: their schemas, no rows.
    private func tables(from previous: Int) -> [(path: String, text: String)] {
        let folder = "\(ContentLoader.folderName)/\(DataLoader.folderName)"
        let old = project.appendingPathComponent("\(folder)/\(previous)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: old.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var files: [(path: String, text: String)] = []
        for name in names {
            guard let text = try? SourceText.read(old.appendingPathComponent(name), displayPath: "\(folder)/\(previous)/\(name)") else { continue }
            let path = "\(folder)/\(number)/\(name)"
            if name.hasSuffix(".schema.yml") {
                files.append((path, text))
            } else if name.hasSuffix(".csv") {
                files.append((path, String(text.prefix { $0 != "\n" }) + "\n"))
            } else if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                // A table with its schema and rows in one file: the schema, and no rows.
                let schema = text.components(separatedBy: "\nrows:").first ?? text
                files.append((path, schema.trimmingCharacters(in: .newlines) + "\nrows: []\n"))
            }
        }
        return files
    }
}

private extension String {
    /// `numeros` + `3` → `numeros/3`; `` + `3` → `3`.
    func appendingFolder(_ name: String) -> String {
        isEmpty ? name : self + "/" + name
    }
}

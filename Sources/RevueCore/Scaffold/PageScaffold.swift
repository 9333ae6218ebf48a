import Foundation

/// `revue new`: starts a chapter, an activity, a campaign or a page in every
/// language at once, with its front matter filled in, and never overwrites.
public struct PageScaffold: Sendable {
    /// What can be started, and the section (`pages:` of a section's `_index.md`) it goes into.
    public enum Kind: String, CaseIterable, Sendable {
        case chapter, activity, campaign, page

        var sectionKind: PageKind? {
            switch self {
            case .chapter: .chapter
            case .activity: .activity
            case .campaign: .campaign
            case .page: nil
            }
        }
    }

    public let project: URL
    public let kind: Kind
    /// The file name without `.md`, made safe from what was given (`Slug`): `budget-2024`.
    public let slug: String
    /// What was given for the file name: `budget-2024`, or a title such as « Santé mentale 2 ».
    public let name: String
    /// Titles by language code; a language without one gets `name`, or the slug in words.
    public let titles: [String: String]
    /// The page's `date`; a chapter has one only when it is given.
    public let date: Day?

    public init(project: URL, kind: Kind, slug name: String, titles: [String: String], date: Day?) {
        self.project = project.standardizedFileURL
        self.kind = kind
        self.name = name
        slug = Slug.make(from: name)
        self.titles = titles
        self.date = date
    }

    /// Writes the files and returns their paths in the project: `content/fr/chapitres/budget-2024.md`.
    public func create() throws(DiagnosticError) -> [String] {
        try checkSlug()
        let config = try SiteConfig.load(from: project)
        let codes = config.languages.map(\.code)
        if let unknown = titles.keys.sorted().first(where: { !codes.contains($0) }) {
            throw DiagnosticError(.error("a title is given in '\(unknown)', which is not a language of the review\(NearestName.hint(for: unknown, among: codes)): its languages are \(codes.joined(separator: ", "))",
                                         in: SiteConfig.fileName))
        }
        let diagnostics = Diagnostics()
        let content = ContentLoader(root: project, config: config).load(into: diagnostics)
        let unread = diagnostics.all.filter { $0.severity == .error }
        let site = SiteResolver(config: config, includeDrafts: true).resolve(content, into: diagnostics)
        let folder = try sectionFolder(in: site)
        let besides = unread.filter { finding in
            config.languages.contains { language in
                let languageFolder = "\(ContentLoader.folderName)/\(language.code)/"
                return finding.file.hasPrefix(languageFolder) && SiteResolver.folder(of: String(finding.file.dropFirst(languageFolder.count))) == folder
            }
        }
        // A page of the section that cannot be read may hold the number or weight the new one must follow.
        guard besides.isEmpty else { throw DiagnosticError(besides) }
        let files = try plan(in: site)
        try NewFiles(project: project, files: files).write { .error("this file exists already: nothing was created (choose another name)", in: $0) }
        return files.map(\.path)
    }

    /// The files `create()` writes into `site`'s project, one per language, with their texts; nothing is written.
    func plan(in site: Site) throws(DiagnosticError) -> [(path: String, text: String)] {
        let config = site.config
        let folder = try sectionFolder(in: site)
        let siblings = site.pages(in: config.defaultLanguage).map { site.pages[$0] }
            .filter { $0.kind == (kind.sectionKind ?? .page) && SiteResolver.folder(of: $0.document.path) == folder }
        let sectionPath = [ContentLoader.folderName, config.defaultLanguage.code, folder].filter { !$0.isEmpty }.joined(separator: "/")
        let weight = try next("weight", after: siblings.compactMap(\.frontMatter.weight), within: FrontMatter.weightRange, folder: sectionPath)
        let number = kind == .chapter
            ? try next("number", after: siblings.compactMap(\.frontMatter.number), within: FrontMatter.numberRange, folder: sectionPath) : nil
        let relative = folder.isEmpty ? "\(slug).md" : "\(folder)/\(slug).md"
        return config.languages.map { language in
            ("\(ContentLoader.folderName)/\(language.code)/\(relative)",
             frontMatter(title: titles[language.code] ?? defaultTitle, weight: weight, number: number))
        }
    }

    /// One more than the largest of `values`, refused when it would leave `range`.
    private func next(_ key: String, after values: [Int], within range: ClosedRange<Int>, folder: String) throws(DiagnosticError) -> Int {
        let (value, overflow) = (values.max() ?? 0).addingReportingOverflow(1)
        guard !overflow, range.contains(value) else {
            throw DiagnosticError(.error("the pages of this folder already reach the largest '\(key)' (\(range.upperBound)): number them again from 1 before adding one",
                                         in: folder))
        }
        return value
    }

    /// A name that leaves letters or digits for the file name.
    private func checkSlug() throws(DiagnosticError) {
        if slug.isEmpty {
            throw DiagnosticError(.error("'\(name)' cannot name a page: use letters, digits and '-', such as budget-2024", in: ContentLoader.folderName))
        }
    }

    /// The title of a language given none: the name when it was written as a title, else the slug in words.
    private var defaultTitle: String {
        name == slug ? words(slug) : name.trimmingSpaces()
    }

    /// The folder of the section that lists pages of this kind, in the default language.
    private func sectionFolder(in site: Site) throws(DiagnosticError) -> String {
        guard let sectionKind = kind.sectionKind else { return "" }
        let sections = site.pages(in: site.config.defaultLanguage).map { site.pages[$0] }
            .filter { $0.kind == .section && $0.frontMatter.pages == sectionKind }
        guard let section = sections.first else {
            throw DiagnosticError(.error(
                "no section lists \(kind.rawValue) pages: add 'pages: \(sectionKind.rawValue)' to the front matter of a section's _index.md",
                in: "\(ContentLoader.folderName)/\(site.config.defaultLanguage.code)"))
        }
        return SiteResolver.folder(of: section.document.path)
    }

    private func frontMatter(title: String, weight: Int, number: Int?) -> String {
        var lines = ["---", "title: \(YAMLMapping.quoted(title))"]
        if let number { lines.append("number: \(number)") }
        lines.append("weight: \(weight)")
        if let date { lines.append("date: \(date)") }
        lines += ["---", "", ""]
        return lines.joined(separator: "\n")
    }

    /// `budget-2024` → `Budget 2024`.
    private func words(_ slug: String) -> String {
        let spaced = slug.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}

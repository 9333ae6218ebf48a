import Foundation

/// `revue new translation FILE --lang CODE`: the missing twin of a page that exists in
/// one language, at the same path in the other language's folder, so that the two are
/// paired. Its front matter has the original's keys in the same order: the settings
/// (number, weight, dates, kind, cover…) as they are, the texts (title, summary, tags…)
/// in the original's words with a note to translate them; its text is left to write,
/// which `build` and `check` say until it is written. An existing file is never overwritten.
public struct TranslationScaffold: Sendable {
    public let project: URL
    /// The page to translate, as findings name it: `content/fr/chapitres/budget.md`.
    public let source: String
    /// The language code of the translation: `ar`.
    public let language: String

    public init(project: URL, source: String, language: String) {
        self.project = project.standardizedFileURL
        self.source = source.hasPrefix("./") ? String(source.dropFirst(2)) : source
        self.language = language
    }

    /// Writes the translation and returns its path in the project: `content/ar/chapitres/budget.md`.
    public func create() throws(DiagnosticError) -> String {
        let config = try SiteConfig.load(from: project)
        guard let target = config.language(code: language) else {
            throw DiagnosticError(.error("the review has no language '\(language)'\(NearestName.hint(for: language, among: config.languages.map(\.code))): its languages are \(config.languages.map(\.code).joined(separator: ", "))", in: SiteConfig.fileName))
        }
        let parts = source.split(separator: "/", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == ContentLoader.folderName, parts[2].hasSuffix(".md"),
              let original = config.language(code: parts[1]) else {
            throw DiagnosticError(.error("name the page to translate by its path in the project, such as content/\(config.defaultLanguage.code)/chapitres/budget.md",
                                         in: source))
        }
        guard original != target else {
            throw DiagnosticError(.error("this page is already in \(target.name): name the language of its translation with --lang", in: source))
        }
        let document = try ContentLoader(root: project, config: config)
            .read(project.path + "/" + source, file: source, language: original, path: parts[2])
        let path = "\(ContentLoader.folderName)/\(target.code)/\(parts[2])"
        try NewFiles(project: project, files: [(path, frontMatter(of: document.frontMatter, from: original, path: parts[2]))])
            .write { .error("this file exists already: nothing was created", in: $0) }
        return path
    }

    /// The original's keys, in the order it wrote them.
    private func frontMatter(of matter: FrontMatter, from original: Language, path: String) -> String {
        let note = "  # to translate from \(original.name)"
        let keys = FrontMatter.keys.filter { matter.lines[$0] != nil }.sorted { (matter.lines[$0] ?? 0) < (matter.lines[$1] ?? 0) }
        // Each key's value as YAML: the texts to translate, then the settings kept as they are.
        let texts: [String: String?] = [
            "title": quoted(matter.title), "link_title": matter.linkTitle.map(quoted), "summary": matter.summary.map(quoted),
            "slogan": matter.slogan.map(quoted), "place": matter.place.map(quoted), "author": matter.author.map(quoted),
            "attribution": matter.attribution.map(quoted), "cover_alt": matter.coverAlt.map(quoted),
            "tags": "[\(matter.tags.map(quoted).joined(separator: ", "))]",
        ]
        let settings: [String: String?] = [
            "date": matter.date?.description, "end_date": matter.endDate?.description, "weight": matter.weight.map(String.init),
            "number": matter.number.map(String.init), "kind": matter.kind?.rawValue, "pages": matter.pages?.rawValue,
            "draft": String(matter.draft), "yearly": matter.yearly ? "true" : nil, "period": matter.period.map(quoted), "translation_key": matter.translationKey.map(quoted),
            "cover": matter.cover.map { quoted(cover($0, from: original, path: path)) },
        ]
        var lines = ["---"]
        for key in keys {
            if let text = texts[key] ?? nil {
                lines.append("\(key): \(text)\(note)")
            } else if let setting = settings[key] ?? nil {
                lines.append("\(key): \(setting)")
            }
        }
        return (lines + ["---", "", ""]).joined(separator: "\n")
    }

    private func quoted(_ text: String) -> String {
        YAMLMapping.quoted(text)
    }

    /// The cover's address from the translation's folder: the original's image, unless it is absolute.
    private func cover(_ address: String, from original: Language, path: String) -> String {
        guard !address.hasPrefix("/"), !address.contains("://") else { return address }
        let folder = SiteResolver.folder(of: path)
        let up = String(repeating: "../", count: folder.isEmpty ? 1 : folder.split(separator: "/").count + 1)
        return up + original.code + "/" + (folder.isEmpty ? "" : folder + "/") + address
    }
}

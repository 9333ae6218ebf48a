/// Places every page in the review: its kind and address, its section, its
/// translations, the Sommaire's order and each chapter's neighbours.
public struct SiteResolver: Sendable {
    let config: SiteConfig
    let includeDrafts: Bool

    public init(config: SiteConfig, includeDrafts: Bool) {
        self.config = config
        self.includeDrafts = includeDrafts
    }

    public func resolve(_ content: ContentLoader.Content, into diagnostics: Diagnostics) -> Site {
        let documents = content.documents.filter { includeDrafts || !$0.frontMatter.draft }
        let sectionKinds = pageKindsBySection(documents)
        var kindsByFolder: [String: PageKind] = [:]
        var pages = documents.map { document in
            Page(document: document, kind: kind(of: document, sectionKinds: sectionKinds, known: &kindsByFolder), url: Self.url(of: document))
        }
        pages.sort { ($0.language.code, $0.document.path) < ($1.language.code, $1.document.path) }

        reportDuplicateURLs(pages, into: diagnostics)
        let pagesByContentPath = Dictionary(keepingFirst: pages.indices.map { ("\(pages[$0].language.code)/\(pages[$0].document.path)", $0) })
        linkSections(&pages, pagesByContentPath: pagesByContentPath)
        linkTranslations(&pages, unread: content.unread, into: diagnostics)
        let issues = linkIssues(&pages, into: diagnostics)
        let chapters = linkChapters(&pages, into: diagnostics)

        var homes: [String: Int] = [:]
        for index in pages.indices where pages[index].kind == .home && pages[index].document.path == "_index.md" {
            homes[pages[index].language.code] = index
        }
        for language in config.languages where homes[language.code] == nil && pages.contains(where: { $0.language == language }) {
            diagnostics.report(.error("\(language.name) has no home page: create \(ContentLoader.folderName)/\(language.code)/_index.md",
                                      in: "\(ContentLoader.folderName)/\(language.code)"))
        }
        return Site(
            config: config, pages: pages, staticFiles: content.staticFiles, homes: homes, chapters: chapters, issues: issues,
            pagesByContentPath: pagesByContentPath,
            staticContentPaths: Set(content.staticFiles.map(\.outputPath)))
    }

    // MARK: - Addresses and kinds

    /// `chapitres/budget.md` → `fr/chapitres/budget/`; `chapitres/_index.md` → `fr/chapitres/`.
    static func url(of document: SourceDocument) -> String {
        var path = String(document.path.dropLast(3))
        if path == "_index" {
            path = ""
        } else if path.hasSuffix("/_index") {
            path = String(path.dropLast("_index".count))
        } else {
            path += "/"
        }
        return "\(document.language.code)/\(path)"
    }

    /// The kind each section's `pages:` key gives, by section folder and language.
    private func pageKindsBySection(_ documents: [SourceDocument]) -> [String: PageKind] {
        var kinds: [String: PageKind] = [:]
        for document in documents where document.path.hasSuffix("_index.md") {
            if let kind = document.frontMatter.pages {
                kinds["\(document.language.code)/\(Self.folder(of: document.path))"] = kind
            }
        }
        return kinds
    }

    /// The kind of a page: its own `kind:`, or the `pages:` of the nearest section above it, found
    /// once for each folder (`known`, by language and folder).
    private func kind(of document: SourceDocument, sectionKinds: [String: PageKind], known: inout [String: PageKind]) -> PageKind {
        if let kind = document.frontMatter.kind { return kind }
        if document.path == "_index.md" { return .home }
        if document.path.hasSuffix("/_index.md") { return .section }
        let code = document.language.code, folder = Self.folder(of: document.path)
        if let kind = known["\(code)/\(folder)"] { return kind }
        let found = Self.nearest(from: folder) { sectionKinds["\(code)/\($0)"] } ?? .page
        known["\(code)/\(folder)"] = found
        return found
    }

    /// What `lookup` finds for `folder` or, failing that, for the nearest folder above it, up to the top (``).
    private static func nearest<Found>(from folder: String, _ lookup: (String) -> Found?) -> Found? {
        var folder = folder
        while true {
            if let found = lookup(folder) { return found }
            if folder.isEmpty { return nil }
            folder = Self.folder(of: folder)
        }
    }

    /// `chapitres/budget.md` → `chapitres`; `chapitres` → ``.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    private func reportDuplicateURLs(_ pages: [Page], into diagnostics: Diagnostics) {
        var seen: [String: String] = [:]
        seen.reserveCapacity(pages.count)
        for index in pages.indices {   // by index: a page copied out of the array is retained field by field
            let url = pages[index].url, file = pages[index].document.file
            if let other = seen[url] {
                diagnostics.report(.error("this page and \(other) would both be written to \(pages[index].outputPath): rename one of them", in: file,
                                          code: "duplicate-url"))
            } else {
                seen[url] = file
            }
        }
    }

    // MARK: - Sections

    /// Each page belongs to the `_index.md` of its folder or the nearest folder above.
    private func linkSections(_ pages: inout [Page], pagesByContentPath: [String: Int]) {
        // The section of the pages of each folder, by language and folder, found once: nil when none is above.
        var sectionsByFolder: [String: Int?] = [:]
        for index in pages.indices {
            let document = pages[index].document
            guard document.path != "_index.md" else { continue }
            var folder = Self.folder(of: document.path)
            if document.path.hasSuffix("/_index.md") { folder = Self.folder(of: folder) }
            let code = document.language.code, start = "\(code)/\(folder)"
            if sectionsByFolder[start] == nil {
                sectionsByFolder[start] = Self.nearest(from: folder) { pagesByContentPath[$0.isEmpty ? "\(code)/_index.md" : "\(code)/\($0)/_index.md"] }
            }
            if let found = sectionsByFolder[start], let section = found {
                pages[index].section = section
                pages[section].children.append(index)
            }
        }
        let keys = pages.map(ReadingKey.init)
        for index in pages.indices where !pages[index].children.isEmpty {
            pages[index].children.sort { keys[$0] < keys[$1] }
        }
    }

    // MARK: - Translations

    /// Pairs pages by translation key; a page whose twin is there but could not be read is not
    /// said to lack it: the twin's own findings say what is wrong.
    private func linkTranslations(_ pages: inout [Page], unread: Set<String>, into diagnostics: Diagnostics) {
        // The pages of each translation key: as many as there are languages, at most.
        var groups: [String: [Int]] = [:]
        groups.reserveCapacity(pages.count)
        for index in pages.indices {
            let document = pages[index].document
            let key = pages[index].translationKey
            if let other = groups[key]?.first(where: { pages[$0].language.code == document.language.code }) {
                diagnostics.report(.error("this page and \(pages[other].document.file) are both the \(document.language.name) translation of '\(key)': give one of them another translation_key",
                                          in: document.file, line: document.frontMatter.lines["translation_key"]))
                continue
            }
            groups[key, default: []].append(index)
        }
        for group in groups.values where group.count > 1 {
            let codes = group.map { pages[$0].language.code }
            for (index, code) in zip(group, codes) {
                pages[index].translations = Dictionary(keepingFirst: zip(codes, group).filter { $0.0 != code })
            }
        }
        let codes = config.languages.map(\.code)
        for index in pages.indices where pages[index].translations.count < codes.count - 1 {
            let document = pages[index].document
            for (code, language) in zip(codes, config.languages) where code != document.language.code && pages[index].translations[code] == nil {
                let expected = "\(ContentLoader.folderName)/\(code)/\(document.path)"
                guard !unread.contains(expected) else { continue }
                diagnostics.report(.warning("this page has no \(language.name) translation (expected \(expected), or a page with the same translation_key)",
                                            in: document.file, code: "missing-translation"))
            }
        }
    }

    // MARK: - Issues

    /// Places each page in the issue whose folder holds it, and orders each language's issues
    /// by number; every issue needs its own number.
    private func linkIssues(_ pages: inout [Page], into diagnostics: Diagnostics) -> [String: [Int]] {
        for index in pages.indices {
            var current: Int? = index
            while let candidate = current, pages[candidate].kind != .issue { current = pages[candidate].section }
            pages[index].issue = current
        }
        var issues: [String: [Int]] = [:]
        for language in config.languages {
            var numbers: [Int: Int] = [:]
            for index in pages.indices where pages[index].language == language && pages[index].kind == .issue {
                let page = pages[index]
                guard let number = page.frontMatter.number else {
                    diagnostics.report(.error("an issue needs a 'number' in its front matter: write number: and the issue's number", in: page.document.file, line: 1,
                                              code: "issue-number"))
                    continue
                }
                if let other = numbers[number] {
                    diagnostics.report(.error("issue \(number) is also \(pages[other].document.file): give each issue its own number",
                                              in: page.document.file, line: page.frontMatter.lines["number"], code: "issue-number"))
                    continue
                }
                numbers[number] = index
            }
            if !numbers.isEmpty { issues[language.code] = numbers.keys.sorted().compactMap { numbers[$0] } }
        }
        return issues
    }

    // MARK: - Chapters

    /// Orders the chapters of each issue (or of the one review), numbered within it, and links each to its neighbours.
    private func linkChapters(_ pages: inout [Page], into diagnostics: Diagnostics) -> [String: [Int]] {
        var chapters: [String: [Int]] = [:]
        let scopes = Dictionary(grouping: pages.indices.filter { pages[$0].kind == .chapter }) { Site.chapterScope(of: pages[$0], in: pages) }
        for (scope, members) in scopes.sorted(by: { $0.key < $1.key }) {
            let ordered = members.sorted { ReadingKey(pages[$0]) < ReadingKey(pages[$1]) }
            var numbers: [Int: Int] = [:]
            for index in ordered {
                let page = pages[index]
                guard let number = page.frontMatter.number else {
                    diagnostics.report(.error("a chapter needs a 'number' in its front matter, its place in the Sommaire", in: page.document.file, line: 1,
                                              code: "chapter-number"))
                    continue
                }
                if let other = numbers[number] {
                    diagnostics.report(.error("chapter \(number) is also \(pages[other].document.file): give each chapter its own number",
                                              in: page.document.file, line: page.frontMatter.lines["number"], code: "chapter-number"))
                }
                numbers[number] = index
            }
            for (position, index) in ordered.enumerated() {
                pages[index].previous = position > 0 ? ordered[position - 1] : nil
                pages[index].next = position + 1 < ordered.count ? ordered[position + 1] : nil
            }
            chapters[scope] = ordered
        }
        return chapters
    }
}

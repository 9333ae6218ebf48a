import Foundation

/// Walks `content/` and reads every page of every language, in parallel.
///
/// `content/fr/chapitres/budget.md` becomes a `SourceDocument` in French with the
/// path `chapitres/budget.md`; images and PDFs beside it become `StaticFile`s.
public struct ContentLoader: Sendable {
    /// What `content/` holds once read.
    public struct Content: Sendable {
        public var documents: [SourceDocument]
        public var staticFiles: [StaticFile]
        /// The pages that are there but could not be read (their findings are reported), by path:
        /// `content/fr/chapitres/budget.md`. Nothing else is said of them, such as a missing translation.
        public var unread: Set<String> = []
    }

    public static let folderName = "content"

    let root: URL
    let config: SiteConfig
    /// Documents read before, by `revue serve`; nil reads every file.
    let cache: DocumentCache?
    /// The pages the last build read, with the stamps of the files now: a file that has its
    /// record's stamp is taken from the record without being read.
    let known: SourceRecords.Stamped?

    public init(root: URL, config: SiteConfig, cache: DocumentCache? = nil) {
        self.root = root
        self.config = config
        self.cache = cache
        known = nil
    }

    init(root: URL, config: SiteConfig, known: SourceRecords.Stamped?) {
        self.root = root
        self.config = config
        cache = nil
        self.known = known
    }

    public func load(into diagnostics: Diagnostics) -> Content {
        let contentFolder = root.appendingPathComponent(Self.folderName)
        guard FileManager.default.fileExists(atPath: contentFolder.path) else {
            diagnostics.report(.error("there is no content folder: create \(Self.folderName)/\(config.defaultLanguage.code)/_index.md", in: Self.folderName))
            return Content(documents: [], staticFiles: [], unread: [])
        }
        reportUnknownFolders(in: contentFolder, into: diagnostics)

        var pending: [(file: String, language: Language, path: String)] = []
        var staticFiles: [StaticFile] = []
        for language in config.languages {
            let folder = contentFolder.appendingPathComponent(language.code)
            guard FileManager.default.fileExists(atPath: folder.path) else {
                diagnostics.report(.warning("there is no content for \(language.name) (\(language.code)): create \(Self.folderName)/\(language.code)/", in: Self.folderName))
                continue
            }
            let prefix = "\(Self.folderName)/\(language.code)"
            let folderPath = folder.path
            let found = FolderWalker.files(below: folderPath)
            for link in found.brokenLinks {
                diagnostics.report(.error("this link points to nothing readable (a missing file or a loop of links)", in: "\(prefix)/\(link.path)"))
            }
            for path in found.unreadable {
                diagnostics.report(.error("cannot read this folder: permission denied", in: path.isEmpty ? prefix : "\(prefix)/\(path)"))
            }
            for file in found.files {
                if file.fileExtension == "md" {
                    pending.append((folderPath + "/" + file.path, language, file.path))
                } else if StaticFile.contentExtensions.contains(file.fileExtension) {
                    staticFiles.append(StaticFile(source: folder.appendingPathComponent(file.path), outputPath: "\(language.code)/\(file.path)"))
                }
            }
        }

        let documents = ParallelMap.map(pending) { item -> SourceDocument? in
            let file = "\(Self.folderName)/\(item.language.code)/\(item.path)"
            if let document = known?.document(file, language: item.language, path: item.path, fullPath: item.file) {
                return document
            }
            do throws(DiagnosticError) {
                guard let cache else { return try read(item.file, file: file, language: item.language, path: item.path) }
                return try cache.document(file) { () throws(DiagnosticError) in
                    try read(item.file, file: file, language: item.language, path: item.path)
                }
            } catch {
                diagnostics.report(error.diagnostics)
                return nil
            }
        }
        cache?.keepOnly(Set(pending.map { "\(Self.folderName)/\($0.language.code)/\($0.path)" }))
        let unread = zip(pending, documents).filter { $0.1 == nil }.map { "\(Self.folderName)/\($0.0.language.code)/\($0.0.path)" }
        return Content(documents: documents.compactMap { $0 }, staticFiles: staticFiles, unread: Set(unread))
    }

    /// Reads and splits one page: the only time its file is read.
    func read(_ fullPath: String, file: String, language: Language, path: String) throws(DiagnosticError) -> SourceDocument {
        let text = try SourceText.read(path: fullPath, displayPath: file)
        let split = try FrontMatterParser.split(text, file: file)
        let matter = try FrontMatterParser.parse(split.yaml, file: file)
        var hasher = ContentDigest.Hasher()
        hasher.add(split.yaml)
        return SourceDocument(file: file, language: language, path: path, frontMatter: matter,
                              body: split.body, bodyFirstLine: split.bodyFirstLine, frontMatterDigest: hasher.digest)
    }

    /// A folder of `content/` that is no language of `revue.yml` is most likely a typo.
    private func reportUnknownFolders(in contentFolder: URL, into diagnostics: Diagnostics) {
        let codes = config.languages.map(\.code)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: contentFolder.path)) ?? []
        for name in entries.sorted() where !name.hasPrefix(".") && !codes.contains(name) && !Self.reservedFolders.contains(name) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(name).path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { continue }
            diagnostics.report(.error(
                "'\(name)' is not a language of \(SiteConfig.fileName) (\(codes.joined(separator: ", ")))\(NearestName.hint(for: name, among: codes))",
                in: "\(Self.folderName)/\(name)"))
        }
    }

    /// Folders of `content/` that hold no pages of a language.
    static let reservedFolders: Set<String> = [DataLoader.folderName]
}

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
    }

    public static let folderName = "content"

    let root: URL
    let config: SiteConfig

    public init(root: URL, config: SiteConfig) {
        self.root = root
        self.config = config
    }

    public func load(into diagnostics: Diagnostics) -> Content {
        let contentFolder = root.appendingPathComponent(Self.folderName)
        guard FileManager.default.fileExists(atPath: contentFolder.path) else {
            diagnostics.report(.error("there is no content folder: create \(Self.folderName)/\(config.defaultLanguage.code)/_index.md", in: Self.folderName))
            return Content(documents: [], staticFiles: [])
        }
        reportUnknownFolders(in: contentFolder, into: diagnostics)

        var pending: [(url: URL, language: Language, path: String)] = []
        var staticFiles: [StaticFile] = []
        for language in config.languages {
            let folder = contentFolder.appendingPathComponent(language.code)
            guard FileManager.default.fileExists(atPath: folder.path) else {
                diagnostics.report(.warning("there is no content for \(language.name) (\(language.code)): create \(Self.folderName)/\(language.code)/", in: Self.folderName))
                continue
            }
            for (url, path) in files(in: folder, displayPrefix: "\(Self.folderName)/\(language.code)", diagnostics: diagnostics) {
                let fileExtension = url.pathExtension.lowercased()
                if fileExtension == "md" {
                    pending.append((url, language, path))
                } else if StaticFile.contentExtensions.contains(fileExtension) {
                    staticFiles.append(StaticFile(source: url, outputPath: "\(language.code)/\(path)"))
                }
            }
        }

        let documents = ParallelMap.map(pending) { item -> SourceDocument? in
            let file = "\(Self.folderName)/\(item.language.code)/\(item.path)"
            do throws(DiagnosticError) {
                return try read(item.url, file: file, language: item.language, path: item.path)
            } catch {
                diagnostics.report(error.diagnostics)
                return nil
            }
        }
        return Content(documents: documents.compactMap { $0 }, staticFiles: staticFiles)
    }

    /// Reads and splits one page: the only time its file is read.
    func read(_ url: URL, file: String, language: Language, path: String) throws(DiagnosticError) -> SourceDocument {
        let text = try SourceText.read(url, displayPath: file)
        let split = try FrontMatterParser.split(text, file: file)
        let matter = try FrontMatterParser.parse(split.yaml, file: file)
        return SourceDocument(file: file, language: language, path: path, frontMatter: matter,
                              body: split.body, bodyFirstLine: split.bodyFirstLine)
    }

    // MARK: - Walking folders

    /// Regular files below `folder` with their path relative to it, skipping hidden
    /// files and editors' backups; a link that cannot be followed is reported.
    private func files(in folder: URL, displayPrefix: String, diagnostics: Diagnostics) -> [(URL, String)] {
        var found: [(URL, String)] = []
        let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey]
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                diagnostics.report(.error("cannot read this folder: \(error.localizedDescription)", in: url.path))
                return true
            })
        else { return found }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            if name.hasSuffix("~") || name.hasPrefix("#") { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true { continue }
            if values?.isRegularFile != true {
                if values?.isSymbolicLink == true, !isFollowableLink(url) {
                    diagnostics.report(.error("this link points to nothing readable (a missing file or a loop of links)", in: "\(displayPrefix)/\(path)"))
                }
                if values?.isSymbolicLink != true { continue }
            }
            found.append((url, path))
        }
        return found.sorted { $0.1 < $1.1 }
    }

    private func isFollowableLink(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
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
    static let reservedFolders: Set<String> = ["data"]
}

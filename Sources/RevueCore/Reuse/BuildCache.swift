import Foundation

/// What the last successful build of a project left for the next one, kept
/// in `.revue-cache/build` in the project (git-ignored, a few megabytes for
/// ten thousand pages per language): the stamps of the files it read, and
/// for each file of the published site and of the private copy beside it,
/// the digest of the page view it was rendered from (of the frame, for the
/// 404 pages, the redirect, the sitemap and the feeds), of the Markdown that
/// view was made from, and the file's stamp; the frame of those pages
/// (`RenderFrame`) and the warnings found in each.
///
/// A page whose frame and Markdown are the last build's is not even read into
/// a view, and one whose view has the same digest as the one its published file
/// was rendered from is not rendered again, when the private copy's file, or
/// else the published one, still has the stamp the build gave it; a build whose inputs all have the
/// stamps of the last one, over a site left as it was, has nothing to do. Another revue binary,
/// theme, output folder or `--drafts` starts over. The file is only ever
/// read as a hint: a missing or unreadable cache costs time, never a wrong page.
struct BuildCache: Sendable {
    static let folderName = ".revue-cache"
    static let fileName = "build"
    private static let headerStem = "revue build cache "
    private static let header = headerStem + "3"

    /// What the cache's pages were built by and for: the revue binary, the output folder, `--drafts`.
    var runKey: String
    /// The digest of the theme's templates and strings the views were rendered with.
    var themeDigest: String
    var inputs: InputStamps
    /// What the published pages were rendered in besides their own Markdown; nil when it could not be told.
    var frame: ContentDigest?
    /// The published site's files, and the files of the private copy beside it, by output path.
    var published: [String: Entry]
    var staged: [String: Entry]
    /// What the build reported, for a build that finds nothing changed.
    var pagesPerLanguage: [String: Int]
    var warnings: [Diagnostic]
    /// The warnings found in rendering each page that had any, by output path: what a page kept as it was says again.
    var pageWarnings: [String: [Diagnostic]]

    /// One file of a site: the view it was rendered from and the Markdown of that view (nil for a file that is no page), and its stamp.
    struct Entry: Sendable, Equatable {
        let view: ContentDigest?
        var body: ContentDigest? = nil
        let stamp: FileStamp
    }

    static func location(in project: URL) -> URL {
        project.appendingPathComponent(folderName).appendingPathComponent(fileName)
    }

    /// The key of a build of `options` by this very binary: a rebuilt revue has another; a site
    /// built with its search index and one without are not the same either.
    static func runKey(for options: BuildOptions, searching: Bool) -> String {
        "\(binaryKey ?? "unknown") \(options.includeDrafts ? "drafts" : "published") \(searching ? "search" : "no-search") \(options.pdf ? "pdf" : "no-pdf") \(options.output.path)"
    }

    /// The stamp of this very revue binary: a rebuilt revue has another; nil when it cannot be told.
    static let binaryKey: String? = Bundle.main.executablePath.flatMap { FileStamp(path: $0) }?.description

    // MARK: - Reading

    /// The cache of `project`: nil when there is none; a warning naming the file when it cannot be used.
    static func load(from project: URL, into diagnostics: Diagnostics) -> BuildCache? {
        let url = location(in: project)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let shown = "\(folderName)/\(fileName)"
        guard let bytes = CacheFields.bytes(ofFileAt: url.path) else {
            diagnostics.report(.warning("the build cache cannot be read: building without it", in: shown, code: "cache"))
            return nil
        }
        // Another version of revue wrote it: starting over is what a new version does anyway.
        if bytes.starts(with: headerStem.utf8), !bytes.starts(with: (header + "\n").utf8) { return nil }
        do {
            return try parse(bytes)
        } catch {
            diagnostics.report(.warning("the build cache is damaged (\(error.reason), line \(error.line)): building without it; it is written anew",
                                        in: shown, line: error.line, code: "cache"))
            return nil
        }
    }

    struct DamagedCache: Error {
        let line: Int
        let reason: String
    }

    static func parse(_ text: [UInt8]) throws(DamagedCache) -> BuildCache {
        var reader = CacheLines(text)
        guard try reader.line() == header else { throw DamagedCache(line: 1, reason: "it is no build cache of revue") }
        let runKey = try reader.field("run")
        let themeDigest = try reader.field("theme")
        let frameField = try reader.field("frame")
        let frame = ContentDigest(Substring(frameField))
        guard frame != nil || frameField == "-" else { throw reader.damaged("the frame's digest is not one") }
        var pages: [String: Int] = [:]
        for pair in try reader.field("pages").split(separator: " ") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let count = Int(parts[1]) else { throw reader.damaged("the page counts are not readable") }
            pages[String(parts[0])] = count
        }
        guard let warnings = try? JSONDecoder().decode([Diagnostic].self, from: Data(try reader.field("warnings").utf8)) else {
            throw reader.damaged("the warnings are not readable")
        }
        guard let pageWarnings = try? JSONDecoder().decode([String: [Diagnostic]].self, from: Data(try reader.field("page-warnings").utf8)) else {
            throw reader.damaged("the pages' warnings are not readable")
        }
        var stamps: [String: FileStamp] = [:]
        let inputCount = try reader.count("inputs")
        stamps.reserveCapacity(reader.capacity(forLines: inputCount))
        for _ in 0..<inputCount {
            let (path, _, _, stamp) = try reader.entry(digests: false)
            stamps[path] = stamp
        }
        var sites: [[String: Entry]] = []
        for name in ["published", "staged"] {
            var entries: [String: Entry] = [:]
            let count = try reader.count(name)
            entries.reserveCapacity(reader.capacity(forLines: count))
            for _ in 0..<count {
                let (path, view, body, stamp) = try reader.entry(digests: true)
                entries[path] = Entry(view: view, body: body, stamp: stamp)
            }
            sites.append(entries)
        }
        guard try reader.line() == "end" else { throw reader.damaged("'end' was expected") }
        return BuildCache(runKey: runKey, themeDigest: themeDigest, inputs: InputStamps(stamps: stamps), frame: frame, published: sites[0],
                          staged: sites[1], pagesPerLanguage: pages, warnings: warnings, pageWarnings: pageWarnings)
    }

    // MARK: - Writing

    /// The cache's text; nil when a path holds a tab or a line break, which the format cannot hold.
    /// The lists' lines are in no order: sorting tens of thousands of paths took a tenth of writing them.
    func text() -> [UInt8]? {
        guard inputs.isComplete, let warningsText = Self.json(warnings), let pageWarningsText = Self.json(pageWarnings) else { return nil }
        var text = CacheText(capacity: 1_000)
        for line in [Self.header, "run \(runKey)", "theme \(themeDigest)", "frame \(frame?.description ?? "-")",
                     "pages " + pagesPerLanguage.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "),
                     "warnings \(warningsText)", "page-warnings \(pageWarningsText)"] {
            text.line(line)
        }
        // The three lists, tens of thousands of lines each, are written on every core.
        let lists = ParallelMap.map(["inputs", "published", "staged"]) { name in
            name == "inputs" ? inputLines() : siteLines(name, name == "published" ? published : staged)
        }
        var bytes = text.bytes
        for list in lists {
            guard let list else { return nil }
            bytes += list
        }
        bytes += Array("end\n".utf8)
        return bytes
    }

    /// `inputs N`, then a line per input: its path and its stamp; nil when a path cannot be written.
    private func inputLines() -> [UInt8]? {
        var text = CacheText(capacity: inputs.stamps.count * 60)
        text.line("inputs \(inputs.stamps.count)")
        for (path, stamp) in inputs.stamps {
            guard text.path(path) else { return nil }
            text.byte(0x09)
            text.stamp(stamp)
            text.byte(0x0A)
        }
        return text.bytes
    }

    /// `name N`, then a line per file of a site: its path, the digests of its view and Markdown, and its stamp;
    /// nil when a path cannot be written.
    private func siteLines(_ name: String, _ entries: [String: Entry]) -> [UInt8]? {
        var text = CacheText(capacity: entries.count * 130)
        text.line("\(name) \(entries.count)")
        for (path, entry) in entries {
            guard text.path(path) else { return nil }
            text.byte(0x09)
            text.digestOrDash(entry.view)
            text.byte(0x09)
            text.digestOrDash(entry.body)
            text.byte(0x09)
            text.stamp(entry.stamp)
            text.byte(0x0A)
        }
        return text.bytes
    }

    /// One line of JSON.
    private static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Writes the cache's `text` through a temporary file; with no text (a path the format cannot
    /// hold), there is no cache. A cache that cannot be written is left out, with a warning.
    static func save(_ text: [UInt8]?, in project: URL) -> Diagnostic? {
        let url = location(in: project)
        let shown = "\(folderName)/\(fileName)"
        guard let text else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text).write(to: url, options: .atomic)
            return nil
        } catch {
            return .warning("the build cache cannot be written (\(OutputWriter.reason(error))): the next build starts over", in: shown, code: "cache")
        }
    }
}

extension BuildCache {
    /// The view digest of the published page at `path` when it can be kept without a view: rendered in
    /// the same `frame` from the same Markdown (`body`).
    func publishedPage(_ path: String, renderedIn frame: ContentDigest?, from body: ContentDigest) -> ContentDigest? {
        guard let frame, frame == self.frame, let entry = published[path], entry.body == body else { return nil }
        return entry.view
    }

    /// Where the bytes of the page at `path` rendered from `view` may already be: the stamp its file
    /// in the private copy, and its file in the published site, had when they held those bytes.
    func copies(of path: String, renderedFrom view: ContentDigest) -> OutputWriter.Copies {
        OutputWriter.Copies(staged: staged[path].flatMap { $0.view == view ? $0.stamp : nil },
                            published: published[path].flatMap { $0.view == view ? $0.stamp : nil })
    }

    /// Whether every file of the published site still has the stamp the last build gave it.
    func publishedSiteIsIntact(in site: URL) -> Bool {
        let root = site.path + "/"
        return !ParallelMap.map(Array(published)) { path, entry in FileStamp(path: root + path) == entry.stamp }.contains(false)
    }
}

import Foundation
import RevueCore
import Testing

/// A small project written to a temporary folder: the repository's default
/// theme, a two-language `revue.yml`, and the content files a test gives.
struct TestSite {
    let root: URL

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let config = """
        title: { fr: Revue test, ar: مجلة تجريبية }
        subtitle: { fr: Réalisations, ar: منجزات }
        base_url: https://example.org/revue/
        issue: "2"
        period: 2022/2023
        default_language: fr
        languages:
          - { code: fr, name: Français, locale: fr-MA, direction: ltr }
          - { code: ar, name: العربية, locale: ar-MA, direction: rtl }

        """

    /// The two home pages every fixture needs; a test adds or overrides files.
    static let homes = [
        "content/fr/_index.md": "---\ntitle: Accueil\n---\nBienvenue.\n",
        "content/ar/_index.md": "---\ntitle: الرئيسية\n---\nمرحبا.\n",
    ]

    init(files: [String: String], config: String = TestSite.config, theme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("revue-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if theme {
            try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"),
                                             to: root.appendingPathComponent("templates"))
        }
        try write("revue.yml", config)
        for (path, text) in Self.homes.merging(files, uniquingKeysWith: { $1 }) {
            try write(path, text)
        }
    }

    /// Where a test builds a site of its own: `site/` in a new temporary folder, which also
    /// takes the lock and the private copy a build keeps beside the site. The folder is removed
    /// when the test process ends, if the test has not removed it before.
    static func scratchOutput(named prefix: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        ScratchFolders.removeAtExit(folder)
        return folder.appendingPathComponent("site")
    }

    /// A copy of the repository's example review (`revue.yml`, `content/`, `templates/`) in a new temporary folder.
    static func copyOfTheExample(named prefix: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["revue.yml", "content", "templates"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        return root
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    var output: URL { root.appendingPathComponent("site") }

    /// Builds the project into `site/`.
    @discardableResult
    func build(drafts: Bool = false, strict: Bool = false) throws(DiagnosticError) -> BuildReport {
        var options = BuildOptions(project: root)
        options.includeDrafts = drafts
        options.strict = strict
        do {
            let report = try RevueCore.build(options)
            Self.expectSaidInFrench(report.warnings)
            return report
        } catch {
            Self.expectSaidInFrench(error.diagnostics)
            throw error
        }
    }

    /// The findings of a build expected to fail; none if it succeeded.
    func failingBuild(strict: Bool = false) -> [Diagnostic] {
        do {
            try build(strict: strict)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// What `revue check` finds in this project.
    func check(drafts: Bool = false) -> [Diagnostic] {
        var options = BuildOptions(project: root)
        options.includeDrafts = drafts
        let findings = RevueCore.check(options)
        Self.expectSaidInFrench(findings)
        return findings
    }

    /// Every finding a test meets can be said in French: the catalogue has each of its sentences.
    static func expectSaidInFrench(_ findings: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        for finding in findings {
            let missing = MessageCatalogue.missingKeys(of: finding.message, in: .french)
            #expect(missing.isEmpty, "no French for \(missing) in: \(finding)", sourceLocation: sourceLocation)
        }
    }

    /// A file of the built site, as text.
    func html(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the built site with its bytes, to tell whether a failed build touched it.
    func writtenFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                files[url.path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}

/// The folders of `TestSite.scratchOutput(named:)`, removed when the test process exits.
private enum ScratchFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [URL] = []
    nonisolated(unsafe) private static var registered = false

    static func removeAtExit(_ folder: URL) {
        lock.lock()
        defer { lock.unlock() }
        folders.append(folder)
        if !registered {
            registered = true
            atexit { ScratchFolders.removeAll() }
        }
    }

    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }
}

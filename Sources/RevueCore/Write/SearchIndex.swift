import Foundation

/// Site search in each language, by Pagefind: after the pages are written and before the new
/// site is put in place, Pagefind reads them and writes `pagefind/` beside them, one index per
/// language (it reads each page's `lang`), which the theme's search box queries in the reader's
/// browser: nothing leaves the site. Pagefind comes from PyPI (`pip install "pagefind[extended]"`),
/// found as `pagefind` on the PATH or through `python3 -m pagefind`.
public struct SearchIndex: Sendable {
    /// How Pagefind is started: its program, and the arguments before revue's.
    let command: (executable: URL, arguments: [String])

    /// The folder Pagefind writes in the site, which the theme's search box loads from.
    public static let folderName = "pagefind"

    /// Pagefind where it is installed, or nil.
    public static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> SearchIndex? {
        if let binary = PathSearch.executable(named: ["pagefind", "pagefind_extended"], path: path) {
            return SearchIndex(command: (binary, []))
        }
        guard let python = PathSearch.executable(named: ["python3"], path: path), run(python, ["-c", "import pagefind"]) == 0 else { return nil }
        return SearchIndex(command: (python, ["-m", "pagefind"]))
    }

    /// This Pagefind run at the lowest priority (through `nice`, when it is on the PATH), so that it
    /// takes only the time other work leaves: what `revue serve` does beside its rebuilds.
    public func inBackground(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> SearchIndex {
        guard let nice = PathSearch.executable(named: ["nice"], path: path) else { return self }
        return SearchIndex(command: (nice, ["-n", "19", command.executable.path] + command.arguments))
    }

    /// Indexes the site in `folder`, writing the index in its `pagefind/`.
    public func index(_ folder: URL, displayName: String) throws(DiagnosticError) {
        let status = Self.run(command.executable, command.arguments + ["--site", folder.path, "--output-subdir", Self.folderName, "--quiet"])
        guard status == 0 else {
            throw DiagnosticError(.error("Pagefind could not index the site (exit \(status)): build with --no-search to publish it without search",
                                         in: displayName, code: "search"))
        }
    }

    /// Runs a program to its end, its output set aside; its exit status, or -1 when it cannot start.
    private static func run(_ executable: URL, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return -1
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

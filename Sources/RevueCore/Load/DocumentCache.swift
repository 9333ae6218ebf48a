import Foundation

/// The pages read by an earlier build, kept by `revue serve` so that a rebuild
/// reads again only the files that changed: each file's document, or the
/// findings that reading it gave.
public final class DocumentCache: @unchecked Sendable {
    private let lock = NSLock()
    /// By the path shown in findings: `content/fr/chapitres/budget.md`.
    private var entries: [String: Result<SourceDocument, DiagnosticError>] = [:]

    public init() {}

    /// Forgets the files at these project paths, and below them for folders.
    public func forget(_ paths: some Sequence<String>) {
        lock.lock()
        defer { lock.unlock() }
        for path in paths {
            entries[path] = nil
            let folder = path.hasSuffix("/") ? path : path + "/"
            for file in entries.keys where file.hasPrefix(folder) {
                entries[file] = nil
            }
        }
    }

    public func forgetAll() {
        lock.lock()
        entries = [:]
        lock.unlock()
    }

    /// Keeps only these files: the others were deleted or moved.
    func keepOnly(_ files: Set<String>) {
        lock.lock()
        entries = entries.filter { files.contains($0.key) }
        lock.unlock()
    }

    /// The document of `file`, read by `read` only when it is not known yet.
    func document(_ file: String, read: () throws(DiagnosticError) -> SourceDocument) throws(DiagnosticError) -> SourceDocument {
        lock.lock()
        let known = entries[file]
        lock.unlock()
        if let known { return try known.get() }
        let result: Result<SourceDocument, DiagnosticError>
        do throws(DiagnosticError) {
            result = .success(try read())
        } catch {
            result = .failure(error)
        }
        lock.lock()
        entries[file] = result
        lock.unlock()
        return try result.get()
    }
}

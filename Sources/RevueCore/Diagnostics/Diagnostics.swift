import Foundation

/// A thread-safe collector of findings, shared by the stages of one build.
///
/// Pages are parsed in parallel; each reports into the same collector, and the
/// build sorts the findings by file and line before showing them.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    public func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.lock()
        items.append(contentsOf: diagnostics)
        lock.unlock()
    }

    /// Every finding once (the same one reported again, such as the full disk that refused
    /// every file after the first, adds nothing), ordered by file, then line, then column.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen: Set<Diagnostic> = []
        return items.filter { seen.insert($0).inserted }.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            return (a.column ?? 0) < (b.column ?? 0)
        }
    }

    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}

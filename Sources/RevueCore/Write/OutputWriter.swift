import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build into a private folder beside `site/` and swaps it in only when
/// the whole build succeeded, so that a failed build leaves the published site
/// exactly as it was.
public final class OutputWriter: @unchecked Sendable {
    /// The folder being published, such as `site/`.
    public let destination: URL
    /// The private folder the build writes into: `.site.build-1234/` beside it.
    public let staging: URL
    private let displayName: String
    private let lock = NSLock()
    private var written = 0

    public init(destination: URL, displayName: String) throws(DiagnosticError) {
        self.destination = destination.standardizedFileURL
        self.displayName = displayName
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).build-\(getpid())")
        do {
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw DiagnosticError(.error("cannot write the site here: \(Self.reason(error))", in: displayName))
        }
    }

    /// How many files the build has written.
    public var filesWritten: Int {
        lock.lock()
        defer { lock.unlock() }
        return written
    }

    /// Creates every folder the files will need, once, before files are written in parallel.
    public func prepareFolders(for paths: some Sequence<String>) throws(DiagnosticError) {
        var folders = Set<String>()
        for path in paths {
            var folder = SiteResolver.folder(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = SiteResolver.folder(of: folder)
            }
        }
        for folder in folders.sorted() {
            let path = staging.appendingPathComponent(folder).path
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw DiagnosticError(.error("cannot create the folder \(folder): \(String(cString: strerror(errno)))", in: displayName))
            }
        }
    }

    /// Writes one file; its folder must have been prepared.
    public func write(_ text: String, to path: String) throws(DiagnosticError) {
        let fullPath = staging.appendingPathComponent(path).path
        let descriptor = open(fullPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error("cannot write \(path): \(String(cString: strerror(errno)))", in: displayName))
        }
        defer { close(descriptor) }
        var text = text
        let ok = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        guard ok else {
            throw DiagnosticError(.error("cannot write \(path): \(String(cString: strerror(errno)))", in: displayName))
        }
        count()
    }

    /// Copies a file as it is (an image, a stylesheet).
    public func copy(_ file: StaticFile) throws(DiagnosticError) {
        let target = staging.appendingPathComponent(file.outputPath)
        do {
            try FileManager.default.copyItem(at: file.source, to: target)
        } catch {
            throw DiagnosticError(.error("cannot copy \(file.source.lastPathComponent) to \(file.outputPath): \(Self.reason(error))", in: displayName))
        }
        count()
    }

    /// Puts the new site in place of the old one; only now does `site/` change.
    public func publish() throws(DiagnosticError) {
        let fileManager = FileManager.default
        let previous = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).previous-\(getpid())")
        let hadPrevious = fileManager.fileExists(atPath: destination.path)
        if hadPrevious, rename(destination.path, previous.path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw DiagnosticError(.error("cannot replace the previous site: \(reason)", in: displayName))
        }
        if rename(staging.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(previous.path, destination.path) }
            discard()
            throw DiagnosticError(.error("cannot put the new site in place: \(reason)", in: displayName))
        }
        if hadPrevious { try? fileManager.removeItem(at: previous) }
    }

    /// Deletes the unfinished build; the previous site is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func count() {
        lock.lock()
        written += 1
        lock.unlock()
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

import CSystemCalls
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build into a private copy of the site kept beside it
/// (`.site.staging/` for `site/`), and swaps the two in one step only when
/// the whole build succeeded: a failed or killed build leaves `site/` exactly
/// as it was, and a web server reading `site/` sees the old tree or the new
/// one, never half of either.
///
/// The private copy is the site as it was before the last build: the next
/// build writes only the files whose bytes differ, each through a temporary
/// file renamed over the old one (a reader that still holds the old file keeps
/// it whole), removes what is gone, and creates only the folders that are new.
/// The space it takes beside `site/` is one more copy of the site.
public final class OutputWriter: @unchecked Sendable {
    /// The folder being published, such as `site/`.
    public let destination: URL
    /// The private copy the build brings up to date: `.site.staging/` beside it.
    public let staging: URL
    private let displayName: String
    /// `staging`'s path, to which files' paths are joined as strings: a URL per file costs more than the write.
    private let stagingPath: String
    /// Held for the whole build, so that two builds never write the same copy.
    private let lockDescriptor: Int32
    private let lock = NSLock()
    private var written = 0
    private var unchanged = 0
    /// The files and folders of this build, relative to the site.
    private var files: Set<String> = []
    private var folders: Set<String> = []

    public init(destination: URL, displayName: String) throws(DiagnosticError) {
        self.destination = destination.standardizedFileURL
        self.displayName = displayName
        let parent = self.destination.deletingLastPathComponent()
        let name = self.destination.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).staging")
        stagingPath = staging.path
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot write the site here: \(Self.reason(error))", in: displayName))
        }
        let lockPath = parent.appendingPathComponent(".\(name).lock").path
        lockDescriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockDescriptor >= 0 else {
            throw DiagnosticError(.error("cannot write the site here: \(String(cString: strerror(errno)))", in: displayName))
        }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            throw DiagnosticError(.error("another revue build is writing this site now: wait for it to end", in: displayName))
        }
        if !Self.isFolder(staging.path) {
            try? FileManager.default.removeItem(at: staging)
            guard mkdir(staging.path, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                release()
                throw DiagnosticError(.error("cannot write the site here: \(reason)", in: displayName))
            }
        }
    }

    deinit {
        release()
    }

    /// How many files the build wrote because their bytes changed.
    public var filesWritten: Int {
        lock.lock()
        defer { lock.unlock() }
        return written
    }

    /// How many files the build found as they already were, and left alone.
    public var filesUnchanged: Int {
        lock.lock()
        defer { lock.unlock() }
        return unchanged
    }

    /// Names every file the build will write, and creates the folders that do not
    /// exist yet, once, before files are written in parallel.
    public func prepareFolders(for paths: some Sequence<String>) throws(DiagnosticError) {
        for path in paths {
            files.insert(path)
            var folder = SiteResolver.folder(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = SiteResolver.folder(of: folder)
            }
        }
        for folder in folders.sorted() {
            let path = stagingPath + "/" + folder
            if mkdir(path, 0o755) == 0 || Self.isFolder(path) { continue }
            // A file of an earlier build stands where this one needs a folder.
            if errno == EEXIST, unlink(path) == 0, mkdir(path, 0o755) == 0 { continue }
            throw DiagnosticError(.error("cannot create the folder \(folder): \(String(cString: strerror(errno)))", in: displayName))
        }
    }

    /// Writes one file, unless it already holds these bytes; its folder must have been prepared.
    public func write(_ text: String, to path: String) throws(DiagnosticError) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(DiagnosticError) in try update(path, with: UnsafeRawBufferPointer(buffer)) }
        }.get()
    }

    /// Copies a file as it is (an image, a stylesheet), unless the copy is already there.
    public func copy(_ file: StaticFile) throws(DiagnosticError) {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: file.source)
        } catch {
            throw DiagnosticError(.error("cannot copy \(file.source.lastPathComponent) to \(file.outputPath): \(Self.reason(error))", in: displayName))
        }
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(DiagnosticError) in try update(file.outputPath, with: buffer) }
        }.get()
    }

    /// Removes what the last build had and this one has not, then swaps the copy
    /// with the published site; only now does `site/` change.
    public func publish() throws(DiagnosticError) {
        removeWhatIsGone()
        defer { release() }
        guard Self.exists(destination.path) else {
            if rename(staging.path, destination.path) != 0 {
                throw DiagnosticError(.error("cannot put the new site in place: \(String(cString: strerror(errno)))", in: displayName))
            }
            return
        }
        if revue_rename_exchange(staging.path, destination.path) == 0 { return }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
            throw DiagnosticError(.error("cannot put the new site in place: \(String(cString: strerror(errno)))", in: displayName))
        }
        try swapInTwoSteps()
    }

    /// Ends an unfinished build: the published site is untouched, and the private copy,
    /// whatever this build changed in it, serves the next build like any other.
    public func discard() {
        release()
    }

    // MARK: - Files

    private func update(_ path: String, with bytes: UnsafeRawBufferPointer) throws(DiagnosticError) {
        lock.lock()
        files.insert(path)
        lock.unlock()
        let fullPath = stagingPath + "/" + path
        if Self.file(at: fullPath, holds: bytes) {
            count(\.unchanged)
            return
        }
        let folder = SiteResolver.folder(of: fullPath)
        let temporary = "\(folder)/.\(fullPath.dropFirst(folder.count + 1)).revue-new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error("cannot write \(path): \(String(cString: strerror(errno)))", in: displayName))
        }
        let complete = Self.writeAll(bytes, to: descriptor)
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard complete, rename(temporary, fullPath) == 0 else {
            unlink(temporary)
            throw DiagnosticError(.error("cannot write \(path): \(reason)", in: displayName))
        }
        count(\.written)
    }

    /// Whether the regular file at `path` holds exactly `bytes`.
    private static func file(at path: String, holds bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        guard let expected = bytes.baseAddress, !bytes.isEmpty else { return true }
        let found = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { found.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let result = read(descriptor, found + offset, bytes.count - offset)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return false }
            offset += result
        }
        return memcmp(found, expected, bytes.count) == 0
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let result = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }

    /// Files of an earlier build that this one did not write, and folders left with no use.
    private func removeWhatIsGone() {
        guard let enumerator = FileManager.default.enumerator(atPath: stagingPath) else { return }
        var unusedFolders: [String] = []
        while let path = enumerator.nextObject() as? String {
            let fullPath = stagingPath + "/" + path
            if Self.isFolder(fullPath) {
                if !folders.contains(path) { unusedFolders.append(path) }
            } else if !files.contains(path) {
                unlink(fullPath)
            }
        }
        for folder in unusedFolders.sorted(by: >) {
            rmdir(stagingPath + "/" + folder)
        }
    }

    /// Where the file system cannot exchange two paths: the old site moves aside, the new one
    /// takes its place, and the old one becomes the next build's copy.
    private func swapInTwoSteps() throws(DiagnosticError) {
        let aside = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).previous").path
        try? FileManager.default.removeItem(atPath: aside)
        guard rename(destination.path, aside) == 0 else {
            throw DiagnosticError(.error("cannot replace the previous site: \(String(cString: strerror(errno)))", in: displayName))
        }
        guard rename(staging.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, destination.path)
            throw DiagnosticError(.error("cannot put the new site in place: \(reason)", in: displayName))
        }
        _ = rename(aside, staging.path)
    }

    // MARK: - Helpers

    private func count(_ counter: ReferenceWritableKeyPath<OutputWriter, Int>) {
        lock.lock()
        self[keyPath: counter] += 1
        lock.unlock()
    }

    private var released = false

    private func release() {
        lock.lock()
        defer { lock.unlock() }
        guard !released else { return }
        released = true
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

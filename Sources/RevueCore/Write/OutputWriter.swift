import CSystemCalls
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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
    private let siteLock: SiteLock
    /// The private copy, open: a kept file's stamp is found from it, the system walking
    /// the file's own few path components rather than the project's whole path. -1 when it could not be opened.
    private let stagingFolder: Int32
    private let lock = NSLock()
    private var written = 0
    private var unchanged = 0
    /// The folders of this build, relative to the site; its files are the keys of `stamps`.
    private var folders: Set<String> = []
    /// True when the private copy was created by this build: there is nothing of an earlier one to remove.
    private var stagingIsNew = false
    /// The stamp of each file of this build in the private copy, for the build cache.
    private var stamps: [String: FileStamp] = [:]
    /// Why no file can be written any more (a full disk, a quota, a read-only file system),
    /// given again for every file after the first instead of trying each.
    private var refusal: Diagnostic?

    public init(destination: URL, displayName: String) throws(DiagnosticError) {
        self.destination = destination.standardizedFileURL
        self.displayName = displayName
        staging = self.destination.deletingLastPathComponent().appendingPathComponent(".\(self.destination.lastPathComponent).staging")
        stagingPath = staging.path
        siteLock = try SiteLock(for: self.destination, displayName: displayName)
        if !Self.isFolder(staging.path) {
            try? FileManager.default.removeItem(at: staging)
            guard mkdir(staging.path, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                siteLock.release()
                throw DiagnosticError(.error("cannot write the site here: \(reason)", in: displayName))
            }
            stagingIsNew = true
        }
        stagingFolder = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if stagingFolder >= 0 { close(stagingFolder) }
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

    /// Names the folders of every file the build will write, and makes room for the files' stamps.
    /// In a private copy this build created, it also creates them before files are written:
    /// each top folder's tree (a language's pages) on a core of its own, since `mkdir`s wait on
    /// each other only within one folder. An earlier build's copy has its folders already: one
    /// that is missing is made by the first write into it (`makeFolder`), instead of asking for
    /// every folder of the site here.
    public func prepareFolders(for paths: some Collection<String>) throws(DiagnosticError) {
        // A page is a folder of its own: about as many folders as files.
        folders.reserveCapacity(folders.count + paths.count)
        lock.lock()
        stamps.reserveCapacity(stamps.count + paths.count)
        lock.unlock()
        var added: [String] = []
        for path in paths {
            var folder = SiteResolver.folder(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                added.append(folder)
                folder = SiteResolver.folder(of: folder)
            }
        }
        guard stagingIsNew else { return }
        let sorted = added.sorted()
        let top = sorted.filter { !$0.contains("/") }
        let trees = Dictionary(grouping: sorted.filter { $0.contains("/") }) { $0.prefix { $0 != "/" } }
        var failures = top.compactMap(createFolder)
        if failures.isEmpty {
            failures = ParallelMap.map(Array(trees.values)) { folders in folders.lazy.compactMap(self.createFolder).first }.compactMap { $0 }
        }
        if let failure = failures.first {
            throw DiagnosticError(.error("cannot create the folder \(failure.folder): \(failure.reason)", in: displayName))
        }
    }

    /// Creates one folder of a new private copy, whose parent is there; nil when it could, else why not.
    private func createFolder(_ folder: String) -> (folder: String, reason: String)? {
        let path = stagingPath + "/" + folder
        if mkdir(path, 0o755) == 0 { return nil }
        let reason = String(cString: strerror(errno))
        return Self.isFolder(path) ? nil : (folder, reason)
    }

    /// Writes one file, unless it already holds these bytes; its folder must have been prepared.
    public func write(_ text: String, to path: String) throws(DiagnosticError) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(DiagnosticError) in try update(path, with: UnsafeRawBufferPointer(buffer)) }
        }.get()
    }

    /// Writes one file of bytes (a printed edition), unless it already holds them; its folder must have been prepared.
    public func write(_ bytes: Data, to path: String) throws(DiagnosticError) {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(DiagnosticError) in try update(path, with: buffer) }
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
        try write(bytes, to: file.outputPath)
    }

    /// Where the bytes a file is to hold may already be: the stamps the file had in the private
    /// copy and in the published site when it held them; nil where the build does not know.
    struct Copies {
        let staged: FileStamp?
        let published: FileStamp?
    }

    /// Brings the private copy of one file to bytes the build knows without making them: the
    /// copy keeps them when it still has its stamp in `copies`, or takes them from the published
    /// site when the published file still has its own. False when neither does: the caller makes them.
    func keep(_ path: String, from copies: Copies) throws(DiagnosticError) -> Bool {
        if let staged = copies.staged, stagedStamp(of: path) == staged {
            record(staged, for: path, written: false)
            return true
        }
        let publishedPath = destination.path + "/" + path
        guard let published = copies.published, FileStamp(path: publishedPath) == published,
              let bytes = FileManager.default.contents(atPath: publishedPath) else { return false }
        try write(bytes, to: path)
        return true
    }

    /// The stamp of the file at `path` in the private copy.
    private func stagedStamp(of path: String) -> FileStamp? {
        stagingFolder >= 0 ? FileStamp(name: path, in: stagingFolder) : FileStamp(path: stagingPath + "/" + path)
    }

    /// Whether a published site is there, which publishing makes the next build's private copy.
    var destinationExists: Bool {
        Self.exists(destination.path)
    }

    /// The stamp of each file this build wrote or kept, by path: once published, the site's.
    var stagedStamps: [String: FileStamp] {
        lock.lock()
        defer { lock.unlock() }
        return stamps
    }

    /// Removes what the last build had and this one has not, then swaps the copy
    /// with the published site; only now does `site/` change.
    /// `beforeSwap` may add to the new site, once it holds all this build's files and nothing else.
    public func publish(beforeSwap: (URL) throws(DiagnosticError) -> Void = { _ in }) throws(DiagnosticError) {
        removeWhatIsGone()
        try beforeSwap(staging)
        defer { siteLock.release() }
        guard Self.exists(destination.path) else {
            if rename(staging.path, destination.path) != 0 {
                throw DiagnosticError(.error("cannot put the new site in place: \(String(cString: strerror(errno)))", in: displayName))
            }
            return
        }
        if revue_rename_exchange(staging.path, destination.path) == 0 {
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
            throw DiagnosticError(.error("cannot put the new site in place: \(String(cString: strerror(errno)))", in: displayName))
        }
        try swapInTwoSteps()
    }

    /// Ends an unfinished build: the published site is untouched, and the private copy,
    /// whatever this build changed in it, serves the next build like any other.
    public func discard() {
        siteLock.release()
    }

    // MARK: - Files

    private func update(_ path: String, with bytes: UnsafeRawBufferPointer) throws(DiagnosticError) {
        lock.lock()
        let refused = refusal
        lock.unlock()
        if let refused { throw DiagnosticError(refused) }
        let fullPath = stagingPath + "/" + path
        // A private copy this build created holds nothing to compare with, and nothing reads it
        // before it is published: its files are written where they stay.
        let inPlace = stagingIsNew
        if !inPlace, let stamp = Self.stamp(ofFileAt: fullPath, holding: bytes) {
            record(stamp, for: path, written: false)
            return
        }
        let folder = SiteResolver.folder(of: fullPath)
        let target = inPlace ? fullPath : "\(folder)/.\(fullPath.dropFirst(folder.count + 1)).revue-new"
        var descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT || errno == ENOTDIR, makeFolder(folder) {
            descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw failure(writing: path, errno: errno) }
        var failed = Self.writeAll(bytes, to: descriptor) ? 0 : errno
        var status = stat()
        if failed == 0, fstat(descriptor, &status) != 0 { failed = errno }
        close(descriptor)
        // Renaming changes a file's ctime: a renamed file is stamped again after.
        let stamp = failed != 0 ? nil : inPlace ? FileStamp(status) : rename(target, fullPath) == 0 ? FileStamp(path: fullPath) : nil
        guard let stamp else {
            if failed == 0 { failed = errno }
            unlink(target)
            throw failure(writing: path, errno: failed)
        }
        record(stamp, for: path, written: true)
    }

    /// The error of a file that could not be written. A full disk, a quota or a read-only file
    /// system would refuse every file after it: the first is named, and no other is tried.
    private func failure(writing path: String, errno code: Int32) -> DiagnosticError {
        let reason = String(cString: strerror(code))
        guard code == ENOSPC || code == EDQUOT || code == EROFS else {
            return DiagnosticError(.error("cannot write \(path): \(reason)", in: displayName))
        }
        lock.lock()
        defer { lock.unlock() }
        let remedy: Message = code == EROFS ? "make the file system writable" : "free some space"
        let refused = refusal ?? .error("cannot write \(path): \(reason); no other file is written, as each would fail the same way: \(remedy) and build again",
                                        in: displayName)
        refusal = refused
        return DiagnosticError(refused)
    }

    /// The stamp of the regular file at `path` when it holds exactly `bytes`, else nil.
    private static func stamp(ofFileAt path: String, holding bytes: UnsafeRawBufferPointer) -> FileStamp? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return nil }
        guard let expected = bytes.baseAddress, !bytes.isEmpty else { return FileStamp(status) }
        let found = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { found.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let result = read(descriptor, found + offset, bytes.count - offset)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return nil }
            offset += result
        }
        return memcmp(found, expected, bytes.count) == 0 ? FileStamp(status) : nil
    }

    /// Creates a folder of the private copy and the folders above it that are missing; a file
    /// of an earlier build that stands where a folder is needed is removed. Two threads may
    /// make the same folder at once.
    private func makeFolder(_ path: String) -> Bool {
        guard path.count > stagingPath.count else { return false }   // never above the copy
        if mkdir(path, 0o755) == 0 { return true }
        switch errno {
        case EEXIST:
            if Self.isFolder(path) { return true }
            return (unlink(path) == 0 || errno == ENOENT) && (mkdir(path, 0o755) == 0 || Self.isFolder(path))
        case ENOENT, ENOTDIR:
            return makeFolder(SiteResolver.folder(of: path)) && (mkdir(path, 0o755) == 0 || Self.isFolder(path))
        default:
            return false
        }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let result = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
            let result = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }

    /// Files of an earlier build that this one did not write (a killed build's temporary
    /// files among them), and folders left with no use; `readdir` tells files from folders.
    private func removeWhatIsGone() {
        guard !stagingIsNew else { return }
        let top = sweep("")
        // Below the top, each language's folder (and each other top folder) is swept on a core of its own.
        let below = ParallelMap.map(top.subfolders) { folder -> [String] in
            var unused: [String] = []
            var pending = [folder]
            while let next = pending.popLast() {
                let swept = sweep(next)
                pending += swept.subfolders
                unused += swept.unused
            }
            return unused
        }
        for folder in (top.unused + below.joined()).sorted(by: >) {
            rmdir(stagingPath + "/" + folder)
        }
    }

    /// Removes the files of one folder of the private copy that this build did not write;
    /// returns its folders, and those of them this build has no use for.
    private func sweep(_ relative: String) -> (subfolders: [String], unused: [String]) {
        var subfolders: [String] = [], unused: [String] = []
        _ = FolderWalker.eachEntry(of: relative.isEmpty ? stagingPath : stagingPath + "/" + relative) { name, kind in
            let path = relative.isEmpty ? name : relative + "/" + name
            // A link in the private copy is removed as a file, never followed.
            if kind == .folder || (kind == .other && Self.isFolder(stagingPath + "/" + path)) {
                subfolders.append(path)
                if !folders.contains(path) { unused.append(path) }
            } else if stamps[path] == nil {
                unlink(stagingPath + "/" + path)
            }
        }
        return (subfolders, unused)
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

    /// Notes `path` as this build's file, with its stamp, written or found holding its bytes already.
    private func record(_ stamp: FileStamp, for path: String, written isWritten: Bool) {
        lock.lock()
        stamps[path] = stamp
        if isWritten { written += 1 } else { unchanged += 1 }
        lock.unlock()
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

#if os(Linux)
import Foundation
import Glibc
import RevueCore

/// Watches a project's sources with inotify: `revue.yml`, and every folder of
/// `content/` and `templates/`, including folders created later.
///
/// Editors save in bursts (a temporary file written, then renamed over the
/// page; a backup made; several writes): events are gathered until the
/// sources have been quiet for a moment, then reported as one change.
public final class FileWatcher: SourceWatcher, @unchecked Sendable {
    public enum WatchError: MessageError, CustomStringConvertible {
        case unavailable(Message)

        public var message: Message {
            switch self {
            case .unavailable(let reason): "cannot watch the project's files: \(reason)"
            }
        }

        public var description: String { message.english }
    }

    private let project: String
    private let descriptor: Int32
    /// Written to by `stop()`, to wake the loop.
    private let wakeUp: (read: Int32, write: Int32)
    /// Each watched folder by its watch, relative to the project ("" for the project itself).
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopped = false
    /// Beyond this many watched folders, the watcher behaves as when the system's limit is reached (for tests).
    private let watchLimit: Int?
    /// Why a folder created after the start could not be watched, once it happens.
    private var exhausted: Message?
    /// What watches the project once inotify has run out of watches, and how often it looks.
    private var fallback: PollingWatcher?
    private let fallbackInterval: Duration
    /// Where the one line saying that inotify ran out goes.
    private let note: @Sendable (Message) -> Void

    /// What is watched below the project; the project folder itself is watched for `revue.yml` and for these folders' creation.
    static let watchedFolders = [ContentLoader.folderName, Theme.folderName]
    private static let folderMask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                           | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// - Parameters:
    ///   - note: told, in one line, when inotify runs out of watches for a folder created later and the
    ///     watcher goes on by looking at the files every `fallbackInterval` instead.
    ///   - watchLimit: how many folders may be watched, for tests; the system's limit otherwise.
    public init(project: URL, note: @escaping @Sendable (Message) -> Void = { _ in }, fallbackInterval: Duration = .seconds(1),
                watchLimit: Int? = nil) throws {
        self.project = project.standardizedFileURL.path
        self.note = note
        self.fallbackInterval = fallbackInterval
        self.watchLimit = watchLimit
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.unavailable(.verbatim(String(cString: strerror(errno)))) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(descriptor)
            throw WatchError.unavailable(.verbatim(String(cString: strerror(errno))))
        }
        wakeUp = (ends[0], ends[1])
        try watch("")
        for folder in Self.watchedFolders {
            try watchTree(folder)
        }
    }

    deinit {
        close(descriptor)
        close(wakeUp.read)
        close(wakeUp.write)
    }

    /// Reports changes until `stop()`, on the calling thread: `onChange` runs
    /// there too, and what changes while it runs is reported on its next call.
    /// `quiet` is how long the sources must stay still before a burst is reported.
    public func run(quiet: Duration = .milliseconds(30), onChange: (ProjectChanges) -> Void) {
        let quietMilliseconds = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        var pending: ProjectChanges?
        while !isStopped {
            var polled = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                          pollfd(fd: wakeUp.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&polled, 2, pending == nil ? -1 : quietMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if polled[1].revents != 0 { break }
            if ready == 0, let changes = pending {
                pending = nil
                onChange(changes)
                continue
            }
            if let changes = readEvents() {
                pending = Self.merge(pending, changes)
            }
            if let reason = exhausted {
                // Said first, then reported: what changed while watches were missing is unknown,
                // so everything is read again.
                note("\(reason); looking for changes once a second instead.")
                onChange(.everything)
                runFallback(onChange: onChange)
                return
            }
        }
    }

    /// Goes on with a polling watcher until `stop()`.
    private func runFallback(onChange: (ProjectChanges) -> Void) {
        lock.lock()
        guard !stopped else {
            lock.unlock()
            return
        }
        let polling = PollingWatcher(project: URL(fileURLWithPath: project), interval: fallbackInterval)
        fallback = polling
        lock.unlock()
        polling.run(onChange: onChange)
    }

    public func stop() {
        lock.lock()
        stopped = true
        let polling = fallback
        lock.unlock()
        polling?.stop()
        var byte: UInt8 = 1
        _ = write(wakeUp.write, &byte, 1)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    // MARK: - Events

    /// The changes in the events waiting, with new folders watched; nil when none concerns the sources.
    private func readEvents() -> ProjectChanges? {
        var changed: Set<String> = []
        var everything = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let nameBytes = UnsafeRawBufferPointer(start: nameStart, count: Int(event.len))
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    everything = true
                    continue
                }
                if let path = handle(event, name: name) { changed.insert(path) }
            }
        }
        if everything { return .everything }
        return changed.isEmpty ? nil : .paths(changed)
    }

    /// The project path an event concerns, if it is a source; watches folders that appear.
    private func handle(_ event: inotify_event, name: String) -> String? {
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folders[event.wd] = nil
            return nil
        }
        guard let folder = folders[event.wd] else { return nil }
        if name.isEmpty { return folder.isEmpty ? nil : folder }   // the folder itself was deleted or moved
        if Self.isEditorsOwn(name) { return nil }
        let path = folder.isEmpty ? name : folder + "/" + name
        if folder.isEmpty, name != SiteConfig.fileName, !Self.watchedFolders.contains(name) { return nil }
        let isFolder = event.mask & UInt32(IN_ISDIR) != 0
        if isFolder, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            do {
                try watchTree(path)
            } catch {
                exhausted = .describing(error)
            }
        }
        return path
    }

    // MARK: - Watches

    /// Watches a folder and every folder below it, if it exists.
    private func watchTree(_ relative: String) throws {
        var pending = [relative]
        while let folder = pending.popLast() {
            guard try watch(folder) else { continue }
            let full = folder.isEmpty ? project : project + "/" + folder
            for name in (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? [] where !name.hasPrefix(".") {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: full + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    pending.append(folder + "/" + name)
                }
            }
        }
    }

    /// Watches one folder; false when it does not exist (anymore).
    @discardableResult
    private func watch(_ relative: String) throws -> Bool {
        let full = relative.isEmpty ? project : project + "/" + relative
        if let watchLimit, folders.count >= watchLimit {
            throw WatchError.unavailable("the system's limit of watched folders is reached (fs.inotify.max_user_watches)")
        }
        let mask = relative.isEmpty ? UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
                                    : Self.folderMask
        let watch = inotify_add_watch(descriptor, full, mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return false
            case ENOSPC: throw WatchError.unavailable("the system's limit of watched folders is reached (fs.inotify.max_user_watches)")
            default: throw WatchError.unavailable("\(full): \(Message.verbatim(String(cString: strerror(errno))))")
            }
        }
        folders[watch] = relative
        return true
    }

    /// Hidden files, backups and swap files that editors write beside the sources.
    static func isEditorsOwn(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasSuffix(".swp")
    }

    private static func merge(_ earlier: ProjectChanges?, _ later: ProjectChanges) -> ProjectChanges {
        switch (earlier, later) {
        case (nil, _): later
        case (.everything?, _), (_, .everything): .everything
        case (.paths(let first)?, .paths(let second)): .paths(first.union(second))
        }
    }
}
#endif

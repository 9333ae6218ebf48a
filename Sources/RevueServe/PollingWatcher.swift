import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RevueCore

/// Watches a project by reading the modification time and size of every source
/// once a second: what `revue serve` falls back to where inotify is missing
/// (some containers, network file systems) or out of watches.
public final class PollingWatcher: SourceWatcher, @unchecked Sendable {
    /// What one look at a file finds; a change of either is a change of the file.
    struct Stamp: Equatable {
        let modified: timespec
        let size: Int

        static func == (lhs: Stamp, rhs: Stamp) -> Bool {
            lhs.size == rhs.size && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
        }
    }

    private let project: String
    private let interval: Duration
    private let wakeUp = NSCondition()
    private var stopped = false
    /// The stamps of the last look, the first taken when the watcher is made, as
    /// inotify's watches are: a save after that is seen, however late `run` starts.
    private var known: [String: Stamp] = [:]

    public init(project: URL, interval: Duration = .seconds(1)) {
        self.project = project.standardizedFileURL.path
        self.interval = interval
        known = stamps()
    }

    /// Looks every `interval` and reports what changed since the last look; `quiet` is
    /// inotify's and has no use here, where a whole interval passes between looks.
    public func run(quiet: Duration = .milliseconds(30), onChange: (ProjectChanges) -> Void) {
        while sleep(for: interval) {
            let seen = stamps()
            let changed = Self.differences(known, seen)
            known = seen
            if !changed.isEmpty { onChange(.paths(changed)) }
        }
    }

    public func stop() {
        wakeUp.lock()
        stopped = true
        wakeUp.broadcast()
        wakeUp.unlock()
    }

    /// Waits, unless stopped; false once stopped.
    private func sleep(for duration: Duration) -> Bool {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let deadline = Date(timeIntervalSinceNow: seconds)
        wakeUp.lock()
        defer { wakeUp.unlock() }
        while !stopped, wakeUp.wait(until: deadline) {}
        return !stopped
    }

    // MARK: - Looking

    /// Every source's stamp by its path in the project: `revue.yml`, and the files below `content/` and `templates/`.
    func stamps() -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        record(SiteConfig.fileName, into: &found)
        var pending = FileWatcher.watchedFolders
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: project + "/" + folder) else { continue }
            for name in names where !FileWatcher.isEditorsOwn(name) {
                let path = folder + "/" + name
                if record(path, into: &found) { pending.append(path) }
            }
        }
        return found
    }

    /// Adds the stamp of `path`; true when it is a folder to look into.
    @discardableResult
    private func record(_ path: String, into found: inout [String: Stamp]) -> Bool {
        var status = stat()
        guard lstat(project + "/" + path, &status) == 0 else { return false }
        if status.st_mode & S_IFMT == S_IFDIR { return true }
        #if os(Linux)
        found[path] = Stamp(modified: status.st_mtim, size: Int(status.st_size))
        #else
        found[path] = Stamp(modified: status.st_mtimespec, size: Int(status.st_size))
        #endif
        return false
    }

    /// The paths added, removed or changed between two looks.
    static func differences(_ before: [String: Stamp], _ after: [String: Stamp]) -> Set<String> {
        var changed = Set(before.keys).symmetricDifference(after.keys)
        for (path, stamp) in after where before[path].map({ $0 != stamp }) == true {
            changed.insert(path)
        }
        return changed
    }
}

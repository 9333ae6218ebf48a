import Foundation
import RevueCore

/// The search box of `revue serve`: the pages of the site in memory are kept in a private
/// folder, Pagefind indexes them there after each rebuild that changed a page, and the
/// index joins the served site under `pagefind/` once it is whole. Indexing runs beside the
/// preview, never before a reload, at the lowest priority, once the saves have paused for
/// `quiet`: until it ends, the search answers from the index before. Saves that come while it
/// waits or runs are indexed together, once.
public final class PreviewSearch: @unchecked Sendable {
    private let index: SearchIndex
    private let store: SnapshotStore
    /// Where the pages are written for Pagefind; removed with the preview.
    let folder: URL
    private let queue = DispatchQueue(label: "revue-search")
    private let lock = NSLock()
    /// The pages changed since the last index, and those removed; nil when none waits.
    private var pending: (changed: [String: Data], removed: Set<String>)?
    /// Called after each attempt, with whether the index was made.
    public var onIndexed: @Sendable (_ succeeded: Bool) -> Void = { _ in }

    /// How long the saves must pause before the pages are indexed again.
    let quiet: Duration
    /// When the last pages to index arrived.
    private var lastChange = ContinuousClock.now

    public init(index: SearchIndex, store: SnapshotStore, quiet: Duration = .seconds(1)) {
        self.index = index.inBackground()
        self.store = store
        self.quiet = quiet
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("revue-serve-search-\(UUID().uuidString)")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Indexes the site again, beside the preview, after these files changed or went away.
    func update(changed: [String: Data], removed: [String]) {
        let pages = changed.filter { $0.key.hasSuffix(".html") }
        let gone = removed.filter { $0.hasSuffix(".html") }
        guard !pages.isEmpty || !gone.isEmpty else { return }
        lock.lock()
        let idle = pending == nil
        var next = pending ?? ([:], [])
        for path in gone {
            next.changed[path] = nil
            next.removed.insert(path)
        }
        for (path, bytes) in pages {
            next.changed[path] = bytes
            next.removed.remove(path)
        }
        pending = next
        lastChange = .now
        lock.unlock()
        if idle { indexAfterQuiet(quiet) }
    }

    /// Indexes what waits once no page has arrived for `quiet`; waits again while they still arrive.
    private func indexAfterQuiet(_ delay: Duration) {
        let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
        queue.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
            self.lock.lock()
            let waited = ContinuousClock.now - self.lastChange
            self.lock.unlock()
            if waited < self.quiet { return self.indexAfterQuiet(self.quiet - waited) }
            self.indexPending()
        }
    }

    private func indexPending() {
        lock.lock()
        let work = pending
        pending = nil
        lock.unlock()
        guard let work else { return }
        let succeeded = write(work) && (try? index.index(folder, displayName: "pagefind")) != nil
        if succeeded, let files = Self.files(under: folder.appendingPathComponent(SearchIndex.folderName)) {
            store.update { $0.replacing(folder: SearchIndex.folderName, with: files) }
        }
        onIndexed(succeeded)
    }

    private func write(_ work: (changed: [String: Data], removed: Set<String>)) -> Bool {
        let manager = FileManager.default
        for path in work.removed {
            try? manager.removeItem(at: folder.appendingPathComponent(path))
        }
        do {
            for (path, bytes) in work.changed {
                let file = folder.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: file)
            }
            // Pagefind writes its index anew: what an earlier run wrote would stay beside it.
            try? manager.removeItem(at: folder.appendingPathComponent(SearchIndex.folderName))
            return true
        } catch {
            return false
        }
    }

    /// Every file below `root`, by its path from there; nil when it cannot be read.
    private static func files(under root: URL) -> [String: Data]? {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return nil }
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let bytes = FileManager.default.contents(atPath: url.path) else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            files[String(path.dropFirst(prefix.count))] = bytes
        }
        return files
    }
}

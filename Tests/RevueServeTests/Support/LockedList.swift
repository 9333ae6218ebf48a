import Foundation

/// A list that one thread appends to and another reads: what a preview
/// logged, what a watcher reported.
final class LockedList<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Item] = []

    func append(_ item: Item) {
        lock.lock()
        stored.append(item)
        lock.unlock()
    }

    var items: [Item] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// Waits until `count` items arrived, or gives up after five seconds.
    func wait(for count: Int) async throws -> [Item] {
        for _ in 0..<100 where items.count < count {
            try await Task.sleep(for: .milliseconds(50))
        }
        return items
    }
}

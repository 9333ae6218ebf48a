import Foundation

/// Values made once for a whole build and shared by the threads that render pages
/// in parallel: the brand, navigation and footer of each language and depth, each
/// day written out. Two threads asking for the same key at once may both make it;
/// the first one kept is the one every later asker gets.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value for `key`, made by `make` the first time it is asked for.
    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let first = values[key] { return first }
        values[key] = made
        return made
    }
}

import Foundation

/// Holds the snapshot being served; a rebuild replaces it whole, so a request
/// sees either the previous site or the new one, never a mix.
public final class SnapshotStore: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: SiteSnapshot

    public init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
    }

    public var current: SiteSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    public func replace(with snapshot: SiteSnapshot) {
        lock.lock()
        self.snapshot = snapshot
        lock.unlock()
    }

    /// Replaces the snapshot by one made from it, with no other change in between.
    public func update(_ next: (SiteSnapshot) -> SiteSnapshot) {
        lock.lock()
        snapshot = next(snapshot)
        lock.unlock()
    }
}

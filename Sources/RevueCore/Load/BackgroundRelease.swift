import Dispatch

/// Holds what a build made (the site, the caches, the renderer) so that it is
/// freed on another thread once the build is done: freeing the tens of thousands
/// of pages, entries and texts of a large site takes tens of milliseconds, which
/// whoever asked for the build need not wait for, and `revue build`, which exits
/// right after, does not wait for at all.
final class BackgroundRelease: @unchecked Sendable {
    private var values: [AnyObject] = []

    func hold(_ value: some Any) {
        values.append(Box(value))
    }

    /// Lets go of everything held, on another thread: the values are freed there when nothing
    /// else holds them any longer, as after the function that made them has returned.
    func releaseInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in
            values = []
        }
    }

    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}

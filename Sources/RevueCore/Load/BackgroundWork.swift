import Dispatch

/// One piece of work started on another thread, whose result is waited for when
/// it is needed: a stage that runs on one core (reading one large table, writing
/// the sitemap) overlaps with another stage instead of leaving the other cores idle.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            done.signal()
        }
    }

    /// The work's result, once it has finished.
    var value: Value {
        done.wait()
        done.signal()   // for any later reader
        // The result is set before the signal: the work is never done twice.
        return result ?? work()
    }
}

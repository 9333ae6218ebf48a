import Dispatch
import Foundation

/// Runs one function over many values on every core, keeping their order.
///
/// Pages are independent while they are read, parsed and rendered, so the build
/// spreads them over the machine's cores in contiguous chunks.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ values: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard values.count > 1 else { return values.map(transform) }
        let results = ResultSlots<R>(count: values.count)
        let chunkSize = Swift.max(1, values.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (values.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = Swift.min(start + chunkSize, values.count)
            for index in start..<end {
                results.store(transform(values[index]), at: index)
            }
        }
        return results.values
    }
}

/// One slot per value, each written by exactly one thread, read after all have finished.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: R, at index: Int) {
        slots[index] = value
    }

    var values: [R] { UnsafeBufferPointer(start: slots, count: count).compactMap { $0 } }
}

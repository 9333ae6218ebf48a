import Dispatch

/// Times the stages of a build, for the summary line and `--timings`.
struct StageClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var laps: [(stage: Message, seconds: Double)] = []

    mutating func lap(_ stage: Message) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((stage, Double(now - last) / 1e9))
        last = now
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}

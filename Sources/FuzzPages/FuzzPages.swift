import Foundation
import RevueCore

/// libFuzzer's entry for pages: each input is a whole page file (front
/// matter, Markdown, references, directives), rendered in the context of the
/// project named by REVUE_FUZZ_PROJECT (the example review by default).
private let probe: InputProbe = {
    let project = ProcessInfo.processInfo.environment["REVUE_FUZZ_PROJECT"] ?? FileManager.default.currentDirectoryPath
    do {
        return try InputProbe(project: URL(fileURLWithPath: project))
    } catch {
        fatalError("the page fuzzer renders pages in a project: set REVUE_FUZZ_PROJECT to one (\(error))")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    probe.page(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}

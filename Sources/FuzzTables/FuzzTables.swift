import Foundation
import RevueCore

/// libFuzzer's entry for data tables: each input is a schema, a `---` line
/// and CSV rows, or a YAML table, read and typed as a build reads them.
private let probe: InputProbe = {
    let project = ProcessInfo.processInfo.environment["REVUE_FUZZ_PROJECT"] ?? FileManager.default.currentDirectoryPath
    do {
        return try InputProbe(project: URL(fileURLWithPath: project))
    } catch {
        fatalError("the table fuzzer needs a project's languages: set REVUE_FUZZ_PROJECT to one (\(error))")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTable(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    probe.table(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}

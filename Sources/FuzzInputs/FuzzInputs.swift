import Foundation
import RevueCore

/// libFuzzer's entry for every kind of editor's file: REVUE_FUZZ_KIND names
/// which one each input is (`pages`, `tables`, `schemas`, `config`, `theme`,
/// `check`), run through the project named by REVUE_FUZZ_PROJECT (the
/// example review by default). See scripts/fuzz.sh.
private let environment = ProcessInfo.processInfo.environment

private let probe: InputProbe = {
    let project = environment["REVUE_FUZZ_PROJECT"] ?? FileManager.default.currentDirectoryPath
    do {
        return try InputProbe(project: URL(fileURLWithPath: project))
    } catch {
        // The fuzzer's own setup, not an input: without a project there is nothing to probe.
        fatalError("the fuzzer runs inputs in a project: set REVUE_FUZZ_PROJECT to one (\(error))")
    }
}()

private let run: @Sendable ([UInt8]) -> Int = {
    switch environment["REVUE_FUZZ_KIND"] ?? "pages" {
    case "pages": return { probe.page($0) }
    case "tables": return { probe.table($0) }
    case "schemas": return { probe.schema($0) }
    case "config": return { probe.config($0) }
    case "theme": return { probe.themeFile($0) }
    case "check": return { probe.checkAndPlan($0) }
    case let other: fatalError("REVUE_FUZZ_KIND is pages, tables, schemas, config, theme or check, not '\(other)'")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = run(Array(UnsafeBufferPointer(start: start, count: count)))
    return 0
}

import Foundation

/// Finds the programs revue runs (Chromium, pdftotext) on the PATH, as a shell would.
enum PathSearch {
    /// The first of `names` that is an executable file in a folder of `path`, in the PATH's order.
    static func executable(named names: [String], path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "").split(separator: ":") {
            for name in names {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}

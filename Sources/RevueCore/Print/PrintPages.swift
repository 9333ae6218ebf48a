import Foundation

/// Where each part of a printed edition starts, read back from the PDF with poppler's
/// `pdftotext`: Chromium has no `target-counter()`, so the edition is printed once with a
/// marker beside each chapter's label (`revue-part-7`, white text one pixel high, in the
/// line's flow so that it prints on the label's page), the pages holding the markers are
/// read, and the edition is printed again with those numbers and no markers.
struct PrintPages {
    let executable: URL

    /// `pdftotext` on the PATH, or nil.
    static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> PrintPages? {
        PathSearch.executable(named: ["pdftotext"], path: path).map(PrintPages.init)
    }

    /// The marker printed beside the label of the part `id`.
    static func marker(of id: String) -> String {
        "revue-\(id)"
    }

    /// The page (from 1) on which each of `ids` starts in `pdf`; a part whose marker is not found is left out.
    func pages(of ids: [String], in pdf: URL) throws(DiagnosticError) -> [String: Int] {
        let pages = try text(of: pdf).split(separator: "\u{000C}", omittingEmptySubsequences: false)
        var found: [String: Int] = [:]
        for id in ids {
            let marker = Self.marker(of: id)
            // `revue-part-1` is inside `revue-part-12`: the marker ends where no digit follows.
            if let page = pages.firstIndex(where: { page in
                page.ranges(of: marker).contains { range in !(page[range.upperBound...].first?.isNumber ?? false) }
            }) {
                found[id] = page + 1
            }
        }
        return found
    }

    private func text(of pdf: URL) throws(DiagnosticError) -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = [pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiagnosticError(.error("cannot start pdftotext: \(error.localizedDescription)", in: executable.path))
        }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DiagnosticError(.error("pdftotext could not read the printed edition (exit \(process.terminationStatus))", in: pdf.path))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

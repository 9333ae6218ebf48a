import Foundation

/// Turns an HTML file into a PDF with headless Chromium's print-to-PDF.
public struct ChromiumPrinter: Sendable {
    /// The names Chromium goes by on the PATH.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public let executable: URL

    /// Chromium found on the PATH, or why not, with how to install it.
    public static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(DiagnosticError) -> ChromiumPrinter {
        if let executable = PathSearch.executable(named: names, path: path) { return ChromiumPrinter(executable: executable) }
        throw DiagnosticError(.error(
            "revue pdf prints with Chromium, which is not on the PATH: install it (Debian: sudo apt-get install chromium poppler-utils fonts-noto-core fonts-hosny-amiri)",
            in: "chromium"))
    }

    /// Prints `html` to `pdf`; the page size, margins, running head and page numbers come from the edition's stylesheet.
    public func print(_ html: URL, to pdf: URL) throws(DiagnosticError) {
        let process = Process()
        process.executableURL = executable
        var arguments = ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--hide-scrollbars",
                         "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
                         "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString]
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw DiagnosticError(.error("cannot start Chromium: \(error.localizedDescription)", in: executable.path))
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let lastLine = String(decoding: output, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw DiagnosticError(.error("Chromium could not print this file (exit \(process.terminationStatus)): \(lastLine)", in: html.path))
        }
    }
}

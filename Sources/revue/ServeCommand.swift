import ArgumentParser
import Foundation
import Hummingbird
import RevueCore
import RevueServe

/// `revue serve`: builds the site into a private folder and serves it to the
/// browser from memory, on this machine only unless another host is asked for.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site and serve it for preview at http://127.0.0.1:PORT/."
    )

    @Option(name: .long, help: "The project folder, holding revue.yml.")
    var project: String = "."

    @Option(name: .long, help: "The address to listen on; another than 127.0.0.1 opens the preview to the network.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 8080

    @Flag(name: .long, help: "Include pages whose front matter says 'draft: true'.")
    var drafts = false

    func run() throws {
        let projectURL = URL(fileURLWithPath: project)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("revue-serve-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(project: projectURL, output: output)
        options.includeDrafts = drafts
        let printer = DiagnosticPrinter(project: options.project)
        let report: BuildReport
        do {
            report = try build(options)
        } catch {
            Terminal.error(printer.format(error.diagnostics))
            Terminal.error("Build failed: \(DiagnosticPrinter.tally(error.diagnostics)).")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data((report.summary + "\n").utf8))
        let store = SnapshotStore(try SiteSnapshot.read(output))
        let languages = report.pagesPerLanguage.map(\.language.code)
        let server = PreviewServer(store: store, languages: languages)
        let app = Application(router: server.router(), configuration: .init(address: .hostname(host, port: port)))
        // Written unbuffered, so that the address shows at once even when the output is not a terminal.
        FileHandle.standardOutput.write(Data("Serving the review at http://\(host):\(port)/ — press Ctrl-C to stop.\n".utf8))
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw error }
    }
}

/// Carries the server's error from its task back to the command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}

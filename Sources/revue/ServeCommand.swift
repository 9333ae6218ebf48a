import ArgumentParser
import Foundation
import Logging
import RevueCore
import RevueServe

/// `revue serve`: builds the site in memory, serves it to the browser, and
/// rebuilds it each time a source changes, reloading the open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Speech.text("Preview the site at http://127.0.0.1:PORT/, rebuilt and reloaded on each save."),
        discussion: Speech.text("""
            Watches revue.yml, content/ and templates/. Each save rebuilds what it changes and \
            reloads the open pages; a mistake is shown over the last good page until it is fixed. \
            Nothing is written to site/.
            """)
    )

    @Option(name: .long, help: .said("The project folder, holding revue.yml."))
    var project: String = "."

    @Option(name: .long, help: .said("The address to listen on; another than 127.0.0.1 opens the preview to the network."))
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: .said("Open the preview to the network (as --host 0.0.0.0) and print the addresses a phone on it can open."))
    var lan = false

    @Option(name: .long, help: .said("The port to listen on; 0 picks a free one."))
    var port: Int = 8080

    @Flag(name: .long, help: .said("Include pages whose front matter says 'draft: true'."))
    var drafts = false

    @Flag(name: .long, inversion: .prefixedNo, help: .said("Offer the search box, indexed again with Pagefind after each save (default: when Pagefind is installed)."))
    var search: Bool?

    @OptionGroup var speech: MessagesOption

    func run() throws {
        let projectURL = URL(fileURLWithPath: project)
        guard FileManager.default.fileExists(atPath: projectURL.appendingPathComponent(SiteConfig.fileName).path) else {
            // A project with mistakes is served with them shown; a folder that is no project is not.
            Terminal.error(Speech.findings(SiteConfig.missingFile(in: projectURL.standardizedFileURL).diagnostics, project: projectURL))
            throw ExitCode(1)
        }
        let watcher = SourceWatchers.make(project: projectURL) { Terminal.warning($0) }
        let preview = LivePreview(project: projectURL, includeDrafts: drafts, language: Speech.language,
                                  search: search == false ? nil : SearchIndex.find()) { line, isError in
            isError ? Terminal.error(line) : Terminal.out(line)
        }
        preview.rebuild(after: .everything)

        let host = lan ? "0.0.0.0" : self.host
        let session = PreviewSession(
            preview: preview, watcher: watcher, host: host, port: port, stopOnSignals: true, logger: Self.serverLog(),
            onRunning: { port in
                guard NetworkAddresses.isEveryInterface(host) else {
                    Terminal.out("Serving the review at http://\(host):\(port)/ — press Ctrl-C to stop.")
                    if !["127.0.0.1", "localhost", "::1"].contains(host) {
                        Terminal.warning("\(host) lets other machines of the network see the preview.")
                    }
                    return
                }
                Terminal.out("Serving the review at http://127.0.0.1:\(port)/ — press Ctrl-C to stop.")
                let addresses = NetworkAddresses.reachable()
                if addresses.isEmpty {
                    Terminal.out("This machine has no network address yet: other machines cannot reach the preview.")
                } else {
                    Terminal.out("On the same network (a phone, a colleague): \(addresses.map { "http://\($0):\(port)/" }.joined(separator: "  "))")
                }
                Terminal.warning("every machine of the network can see the preview.")
            })

        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await session.run() } catch { failure.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            Terminal.error("cannot serve at \(host):\(port): \(Message.describing(error))")
            throw ExitCode(1)
        }
        Terminal.out("Stopped.")
    }

    /// The server's own log says only what goes wrong, unless LOG_LEVEL asks for more.
    private static func serverLog() -> Logger {
        var logger = Logger(label: "revue-serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }
}

/// Carries the server's error from its task back to the command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}

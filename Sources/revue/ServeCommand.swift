import ArgumentParser
import Foundation
import Hummingbird
import RevueCore
import RevueServe

/// `revue serve`: builds the site in memory, serves it to the browser, and
/// rebuilds it each time a source changes, reloading the open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site at http://127.0.0.1:PORT/, rebuilt and reloaded on each save.",
        discussion: """
            Watches revue.yml, content/ and templates/. Each save rebuilds what it changes and \
            reloads the open pages; a mistake is shown over the last good page until it is fixed. \
            Nothing is written to site/.
            """
    )

    @Option(name: .long, help: "The project folder, holding revue.yml.")
    var project: String = "."

    @Option(name: .long, help: "The address to listen on; another than 127.0.0.1 opens the preview to the network.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Flag(name: .long, help: "Include pages whose front matter says 'draft: true'.")
    var drafts = false

    func run() throws {
        let projectURL = URL(fileURLWithPath: project)
        guard FileManager.default.fileExists(atPath: projectURL.appendingPathComponent(SiteConfig.fileName).path) else {
            // A project with mistakes is served with them shown; a folder that is no project is not.
            Terminal.error(DiagnosticPrinter(project: projectURL).format(SiteConfig.missingFile(in: projectURL.standardizedFileURL).diagnostics))
            throw ExitCode(1)
        }
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(project: projectURL)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        let preview = LivePreview(project: projectURL, includeDrafts: drafts) { line, isError in
            isError ? Terminal.error(line) : Terminal.out(line)
        }
        preview.rebuild(after: .everything)

        // The server's own log says only what goes wrong, unless LOG_LEVEL asks for more.
        setenv("LOG_LEVEL", "warning", 0)
        let host = self.host
        let app = Application(
            router: PreviewServer(store: preview.store, channel: preview.channel).router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                Terminal.out("Serving the review at http://\(host):\(port)/ — press Ctrl-C to stop.")
                if !["127.0.0.1", "localhost", "::1"].contains(host) {
                    Terminal.error("warning: \(host) lets other machines of the network see the preview.")
                }
            })

        let rebuilds = Thread {
            watcher.run { changes in preview.rebuild(after: changes) }
        }
        rebuilds.name = "revue-watch"
        rebuilds.start()
        Task {
            while true {
                try await Task.sleep(for: .seconds(15))
                preview.channel.heartbeat()
            }
        }
        Self.stopOnSignals()

        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            // Signals are handled above: open event streams would hold a graceful shutdown forever.
            do { try await app.runService(gracefulShutdownSignals: []) } catch { failure.error = error }
            finished.signal()
        }
        finished.wait()
        watcher.stop()
        if let error = failure.error {
            Terminal.error("cannot serve at \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }

    /// Ctrl-C and `kill` end the preview at once: nothing is left to write or clean up.
    private static func stopOnSignals() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                Terminal.out("Stopped.")
                Foundation.exit(0)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    nonisolated(unsafe) private static var signalSources: [DispatchSourceSignal] = []
}

/// Carries the server's error from its task back to the command.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}

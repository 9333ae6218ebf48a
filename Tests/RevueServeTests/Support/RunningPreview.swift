import Foundation
import Logging
import RevueCore
import Testing
@testable import RevueServe

/// `revue serve` as a test runs it: a project built in memory, watched, and
/// served on a free port of 127.0.0.1 by the same session the command runs,
/// with what the preview and the server log kept for assertions.
final class RunningPreview: @unchecked Sendable {
    let project: Project
    let preview: LivePreview
    let session: PreviewSession
    let port: Int
    /// What the server logged, with its level: a normal stop logs no error.
    let serverLog = LockedList<LoggedLine>()
    private let served: Task<Void, Error>
    private let logBox = LockedList<String>()

    /// Runs `body` against a running preview of `project`, then stops it as Ctrl-C does,
    /// expecting a clean stop.
    static func with(_ project: Project, watcher: ((URL) -> any SourceWatcher)? = nil,
                     _ body: (RunningPreview) async throws -> Void) async throws {
        let running = try await RunningPreview(project, watcher: watcher)
        do {
            try await body(running)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    private init(_ project: Project, watcher makeWatcher: ((URL) -> any SourceWatcher)?) async throws {
        self.project = project
        let log = logBox
        preview = LivePreview(project: project.root, includeDrafts: false) { line, _ in log.append(line.english) }
        preview.rebuild(after: .everything)
        let watcher = try makeWatcher?(project.root) ?? FileWatcher(project: project.root)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let serverLog = self.serverLog
        let logger = Logger(label: "revue-serve-test") { _ in LoggedLine.Handler(lines: serverLog) }
        session = PreviewSession(preview: preview, watcher: watcher, host: "127.0.0.1", port: 0, stopOnSignals: false,
                                 logger: logger, onRunning: { portContinuation.yield($0) })
        let session = self.session
        served = Task { try await session.run() }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
    }

    /// What the preview printed, each rebuild's summary and findings.
    var log: [String] { logBox.items }

    /// Stops as Ctrl-C does: the session ends by itself, with no error and nothing logged as one.
    func stop() async {
        await session.stop()
        let ended = await withTaskGroup(of: Bool.self) { group in
            group.addTask { [served] in (try? await served.value) != nil }
            group.addTask {
                try? await Task.sleep(for: .seconds(10))
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        #expect(ended, "the preview did not stop cleanly within 10 s")
        let errors = serverLog.items.filter { $0.level >= .error }
        #expect(errors.isEmpty, "the stop logged errors: \(errors.map(\.message))")
        project.remove()
    }

    /// An open events stream, as a page opens it, once its first event has arrived;
    /// `headers` holds the response so far, which later reads do not repeat.
    func openEvents() throws -> (client: SocketClient, headers: String) {
        let client = try SocketClient(port: port)
        client.get("/_revue/events")
        let headers = client.read(until: "event: hello")
        client.discard()
        return (client, headers)
    }

    /// A page fetched on a new connection: the status line, headers and body.
    func fetch(_ path: String) -> String {
        guard let client = try? SocketClient(port: port) else { return "" }
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return client.read(until: "</html>")
    }
}

/// One line of the server's log.
struct LoggedLine: Sendable {
    let level: Logger.Level
    let message: String

    /// Keeps every line, whatever its level.
    struct Handler: LogHandler {
        let lines: LockedList<LoggedLine>
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            lines.append(LoggedLine(level: event.level, message: event.message.description))
        }
    }
}

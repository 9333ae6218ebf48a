import Foundation
import Hummingbird
import RevueCore
@testable import RevueServe

/// `revue serve` as a test runs it: a project built in memory, watched, and
/// served on a free port of 127.0.0.1, with what it logs kept for assertions.
final class RunningPreview: @unchecked Sendable {
    let project: Project
    let preview: LivePreview
    let watcher: FileWatcher
    let port: Int
    private let server: Task<Void, Error>
    private let logBox: LockedList<String>

    init(_ project: Project) async throws {
        self.project = project
        let log = LockedList<String>()
        preview = LivePreview(project: project.root, includeDrafts: false) { line, _ in log.append(line) }
        preview.rebuild(after: .everything)
        watcher = try FileWatcher(project: project.root)
        let watcher = self.watcher, preview = self.preview
        Thread { watcher.run { preview.rebuild(after: $0) } }.start()

        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: PreviewServer(store: preview.store, channel: preview.channel).router(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { portContinuation.yield($0.localAddress?.port ?? 0) })
        server = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
        logBox = log
    }

    /// What the preview printed, each rebuild's summary and findings.
    var log: [String] { logBox.items }

    func stop() {
        watcher.stop()
        preview.channel.close()
        server.cancel()
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

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
    private let logBox: LogBox

    init(_ project: Project) async throws {
        self.project = project
        let log = LogBox()
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
    var log: [String] { logBox.lines }

    func stop() {
        watcher.stop()
        preview.channel.close()
        server.cancel()
        project.remove()
    }

    /// A page fetched on a new connection: the status line, headers and body.
    func fetch(_ path: String) -> String {
        guard let client = try? SocketClient(port: port) else { return "" }
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return client.read(until: "</html>")
    }
}

/// The lines a preview logged, from its rebuild thread.
final class LogBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) {
        lock.lock()
        stored.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

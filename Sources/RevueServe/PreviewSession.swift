import Foundation
import Hummingbird
import Logging
import RevueCore
import ServiceLifecycle

/// `revue serve` as one service group: the HTTP server and the rebuilding
/// service, stopped together and in order by Ctrl-C, SIGTERM or `stop()`.
///
/// On a stop the rebuilding service goes first (watcher stopped, event streams
/// ended), then the server finishes the requests under way and closes.
public final class PreviewSession: Sendable {
    public let preview: LivePreview
    private let group: ServiceGroup

    /// - Parameters:
    ///   - watcher: what reports the project's changes; see ``SourceWatchers``.
    ///   - logger: where the server's own log goes (only warnings and errors, unless set otherwise).
    ///   - onRunning: called with the port once the server listens.
    public init(
        preview: LivePreview, watcher: any SourceWatcher, host: String, port: Int,
        stopOnSignals: Bool, logger: Logger, heartbeat: Duration = .seconds(15),
        onRunning: @escaping @Sendable (_ port: Int) async -> Void
    ) {
        self.preview = preview
        let app = Application(
            router: PreviewServer(store: preview.store, channel: preview.channel).router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { await onRunning($0.localAddress?.port ?? 0) },
            logger: logger)
        let rebuilding = PreviewService(preview: preview, watcher: watcher, heartbeat: heartbeat)
        // Services stop in the reverse of this order: the event streams end before the server stops.
        group = ServiceGroup(configuration: .init(
            services: [
                .init(service: app),
                .init(service: rebuilding, successTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [],
            logger: logger))
    }

    /// Serves until stopped; throws when the server cannot start (a port in use).
    public func run() async throws {
        try await group.run()
    }

    /// Stops the session as Ctrl-C does.
    public func stop() async {
        await group.triggerGracefulShutdown()
    }
}

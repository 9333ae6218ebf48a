import Foundation
import RevueCore

/// Tells every open page what happened to the site, as Server-Sent Events:
/// a new site to reload, or a failed rebuild to show over the last good one.
///
/// A page that connects is told at once which generation of the site is
/// current, so that a rebuild finished while it was loading is not missed,
/// and whether the last rebuild failed.
public final class ReloadChannel: @unchecked Sendable {
    /// One message to the pages.
    public enum Event: Sendable, Equatable {
        /// The generation of the site being served, sent first on each connection.
        case hello(generation: Int)
        /// A rebuild changed the site: reload.
        case reload(generation: Int)
        /// A rebuild failed: show these findings over the page.
        case failure([DiagnosticText])
        /// The findings are gone and the site did not change: hide them.
        case clear
        /// Nothing happened; keeps proxies from closing the connection and finds closed ones.
        case heartbeat

        /// The event as written on the wire.
        public var text: String {
            switch self {
            case .hello(let generation): "event: hello\ndata: \(generation)\n\n"
            case .reload(let generation): "event: reload\ndata: \(generation)\n\n"
            case .failure(let diagnostics): "event: failure\ndata: \(Self.json(diagnostics))\n\n"
            case .clear: "event: clear\ndata: \n\n"
            case .heartbeat: ": heartbeat\n\n"
            }
        }

        private static func json(_ diagnostics: [DiagnosticText]) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(diagnostics)) ?? Data("[]".utf8)
            // JSON has no raw newlines outside strings, and escapes those inside: one data line.
            return String(decoding: data, as: UTF8.self)
        }
    }

    private let lock = NSLock()
    private let store: SnapshotStore
    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var failure: [DiagnosticText]?
    /// Set by `close()`: a page connecting afterwards gets its first events and the end of its stream.
    private var closed = false

    /// The language of the findings and of the panel that shows them.
    public let language: MessageLanguage

    public init(store: SnapshotStore, language: MessageLanguage = .english) {
        self.store = store
        self.language = language
    }

    /// The events for one page, starting with the current state.
    public func subscribe() -> AsyncStream<Event> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.lock()
        continuation.yield(.hello(generation: store.current.generation))
        if let failure { continuation.yield(.failure(failure)) }
        if closed {
            lock.unlock()
            continuation.finish()
            return stream
        }
        subscribers[id] = continuation
        lock.unlock()
        return stream
    }

    /// How many pages are listening.
    public var listeners: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// A rebuild succeeded: reload when it changed the site, else hide any findings shown.
    public func succeeded(changedSite: Bool) {
        lock.lock()
        let wasFailing = failure != nil
        failure = nil
        lock.unlock()
        if changedSite {
            send(.reload(generation: store.current.generation))
        } else if wasFailing {
            send(.clear)
        }
    }

    public func failed(_ diagnostics: [Diagnostic]) {
        lock.lock()
        let shown = diagnostics.map { DiagnosticText($0, in: language) }
        failure = shown
        lock.unlock()
        send(.failure(shown))
    }

    public func heartbeat() {
        send(.heartbeat)
    }

    /// Ends every page's stream, so that the server can stop.
    public func close() {
        lock.lock()
        let all = subscribers.values
        subscribers = [:]
        closed = true
        lock.unlock()
        for continuation in all { continuation.finish() }
    }

    private func send(_ event: Event) {
        lock.lock()
        let all = Array(subscribers.values)
        lock.unlock()
        for continuation in all { continuation.yield(event) }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}

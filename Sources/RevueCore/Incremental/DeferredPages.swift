import Foundation

/// The pages of a rebuild after an edit to the theme alone, passed through the new
/// theme as they are asked for instead of all before the reload: `revue serve`
/// serves an open page as soon as the theme is compiled, renders it when the
/// browser asks for it, and renders the others behind the reload.
///
/// Each page is rendered once, whoever asks first; pages render in parallel.
public final class DeferredPages: @unchecked Sendable {
    /// One page once passed through the new theme.
    struct Rendered: Sendable {
        let body: PageBody
        let bodyIsNew: Bool
        let view: PageView
        let viewDiagnostics: [Diagnostic]
        let html: Data
    }

    /// The pages it renders, by output path: their index in the site.
    private let indices: [String: Int]
    private let render: @Sendable (Int) -> Rendered
    private let lock = NSLock()
    private var done: [Int: Rendered] = [:]
    /// How many pages there are.
    var count: Int { indices.count }

    init(indices: [String: Int], render: @escaping @Sendable (Int) -> Rendered) {
        self.indices = indices
        self.render = render
    }

    /// Whether the file at `path` is one of these pages, whose bytes in the site before are stale.
    public func holds(_ path: String) -> Bool {
        indices[path] != nil
    }

    /// The HTML of the page at `path` through the new theme; nil for a path that is no page of these.
    public func page(_ path: String) -> Data? {
        indices[path].map { rendered($0).html }
    }

    func rendered(_ index: Int) -> Rendered {
        lock.lock()
        if let known = done[index] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = render(index)
        lock.lock()
        defer { lock.unlock() }
        if let known = done[index] { return known }
        done[index] = made
        return made
    }

    /// Every page, those not asked for yet rendered now, in parallel; by page index. Nil once
    /// `stop` says so: the pages rendered so far are kept for the next try.
    func all(pages: Int, until stop: @Sendable () -> Bool) -> [Rendered]? {
        let found = ParallelMap.map(Array(0..<pages)) { stop() ? nil : self.rendered($0) }
        let rendered = found.compactMap { $0 }
        return rendered.count == pages ? rendered : nil
    }
}

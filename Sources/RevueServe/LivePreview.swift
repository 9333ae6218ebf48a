import Foundation
import RevueCore

/// The preview of one project: builds it in memory, rebuilds it on each
/// change, swaps the site served only once a rebuild has succeeded, and tells
/// the open pages to reload or to show what went wrong.
public final class LivePreview: @unchecked Sendable {
    public let store: SnapshotStore
    public let channel: ReloadChannel
    private let incremental: IncrementalBuild
    /// The search box's index, made again beside the preview after each change; nil without Pagefind.
    public let search: PreviewSearch?
    private let printer: DiagnosticPrinter
    /// Where the summary of each rebuild and its findings go: the terminal, or a test.
    private let log: @Sendable (_ line: Message, _ isError: Bool) -> Void
    /// Held by each rebuild, and by the pages of a theme edit rendered behind its reload.
    private let building = NSLock()
    /// Tells the pages rendered behind the last reload to stop, for a rebuild that comes first; behind `finishingLock`.
    private var stopFinishing = StopFlag()
    private let finishingLock = NSLock()

    /// - Parameter language: the language of the findings, in the terminal and over the page.
    /// - Parameter search: Pagefind, to index the pages for their search box; without it, pages offer none.
    public init(project: URL, includeDrafts: Bool, language: MessageLanguage = .english, search: SearchIndex? = nil,
                log: @escaping @Sendable (_ line: Message, _ isError: Bool) -> Void) {
        incremental = IncrementalBuild(project: project, includeDrafts: includeDrafts, searchable: search != nil)
        printer = DiagnosticPrinter(project: incremental.project, language: language)
        let store = SnapshotStore(SiteSnapshot(files: [:]))
        self.store = store
        channel = ReloadChannel(store: store, language: language)
        self.search = search.map { PreviewSearch(index: $0, store: store) }
        self.log = log
        self.search?.onIndexed = { succeeded in
            if !succeeded { log("Pagefind could not index the pages: the search answers from the index before.", true) }
        }
    }

    /// Builds again after `changes`; returns whether the site was built.
    @discardableResult
    public func rebuild(after changes: ProjectChanges) -> Bool {
        finishingLock.withLock { stopFinishing }.raise()
        building.lock()
        defer { building.unlock() }
        do {
            let report = try incremental.rebuild(after: changes, deferringPages: true)
            let changedSite = !report.changedFiles.isEmpty || !report.removedFiles.isEmpty || report.deferred != nil
                || store.current.files.isEmpty
            if changedSite {
                store.update { $0.applying(changed: report.changedFiles, removed: report.removedFiles, deferred: report.deferred) }
                search?.update(changed: report.changedFiles, removed: report.removedFiles)
            }
            if !report.warnings.isEmpty { log(.verbatim(printer.format(report.warnings)), true) }
            log(report.summary, false)
            channel.succeeded(changedSite: changedSite)
            if report.deferred != nil { finishInBackground() }
            return true
        } catch {
            log(.verbatim(printer.format(error.diagnostics)), true)
            log("Rebuild failed: \(DiagnosticPrinter.tally(error.diagnostics)); still serving the last good site.", true)
            // The page shows what blocks the build; warnings stay in the terminal.
            channel.failed(error.diagnostics.filter { $0.severity == .error })
            return false
        }
    }

    /// After a theme edit the open pages reload at once, each rendered as it is asked for; the
    /// others are rendered here, behind the reload, unless a newer save comes first.
    private func finishInBackground() {
        let stop = StopFlag()
        finishingLock.withLock { stopFinishing = stop }
        DispatchQueue.global(qos: .utility).async { [self] in
            building.lock()
            defer { building.unlock() }
            guard !stop.isRaised, let rest = incremental.finishDeferredPages(until: { stop.isRaised }) else { return }
            store.update { $0.completing(with: rest.changedFiles) }
            search?.update(changed: rest.changedFiles, removed: [])
            log(rest.summary, false)
        }
    }
}

/// Raised once, read from any thread.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}

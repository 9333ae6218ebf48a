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
        do {
            let report = try incremental.rebuild(after: changes)
            let changedSite = !report.changedFiles.isEmpty || !report.removedFiles.isEmpty || store.current.files.isEmpty
            if changedSite {
                store.update { $0.applying(changed: report.changedFiles, removed: report.removedFiles) }
                search?.update(changed: report.changedFiles, removed: report.removedFiles)
            }
            if !report.warnings.isEmpty { log(.verbatim(printer.format(report.warnings)), true) }
            log(report.summary, false)
            channel.succeeded(changedSite: changedSite)
            return true
        } catch {
            log(.verbatim(printer.format(error.diagnostics)), true)
            log("Rebuild failed: \(DiagnosticPrinter.tally(error.diagnostics)); still serving the last good site.", true)
            // The page shows what blocks the build; warnings stay in the terminal.
            channel.failed(error.diagnostics.filter { $0.severity == .error })
            return false
        }
    }
}

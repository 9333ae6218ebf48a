import Foundation

/// What one rebuild of `revue serve` did: the files that differ from the
/// previous site, and how much work it took.
public struct RebuildReport: Sendable {
    /// New or changed files of the site, by path: `fr/chapitres/budget/index.html`.
    public var changedFiles: [String: Data]
    /// Files of the previous site that are gone.
    public var removedFiles: [String]
    /// Pages in all languages.
    public var pages: Int
    /// Pages whose Markdown was rendered again.
    public var bodiesRendered: Int
    /// Pages passed through the theme again.
    public var pagesRendered: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
    /// After an edit to the theme alone, rebuilt with `deferringPages`: the pages left to render as
    /// they are asked for; their files in `changedFiles` come with `IncrementalBuild.finishDeferredPages()`.
    public var deferred: DeferredPages? = nil

    /// `Rebuilt in 0.012 s: 1 of 62 pages rendered again (1 Markdown body), 1 file changed.`
    public var summary: Message {
        let changed = changedFiles.count + removedFiles.count
        let time: Message = "\(seconds, digits: 3)"
        let bodies = Message.counting(bodiesRendered, one: "\(bodiesRendered) Markdown body", other: "\(bodiesRendered) Markdown bodies")
        let files = Message.counting(changed, one: "\(changed) file changed", other: "\(changed) files changed")
        let rendered: Message = deferred == nil
            ? "Rebuilt in \(time) s: \(pagesRendered) of \(pages) pages rendered again (\(bodies)), \(files)"
            : "Theme compiled in \(time) s: pages pass through it as they are asked for, all \(pages) behind the reload, \(files)"
        return warnings.isEmpty ? "\(rendered)." : "\(rendered), \(Message.warnings(warnings.count))."
    }
}

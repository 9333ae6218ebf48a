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

    /// `Rebuilt in 0.012 s: 1 of 62 pages rendered again (1 Markdown body), 1 file changed.`
    public var summary: String {
        let changed = changedFiles.count + removedFiles.count
        let warningText = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return "Rebuilt in \(String(format: "%.3f", seconds)) s: \(pagesRendered) of \(pages) pages rendered again "
            + "(\(bodiesRendered) Markdown bod\(bodiesRendered == 1 ? "y" : "ies")), "
            + "\(changed) file\(changed == 1 ? "" : "s") changed\(warningText)."
    }
}

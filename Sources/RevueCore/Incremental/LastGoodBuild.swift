/// What `revue serve` keeps of its last successful rebuild, page by page, so that
/// an edit to the text of pages renders those pages again and nothing else.
struct LastGoodBuild: Sendable {
    var site: Site
    var renderer: Renderer
    /// Each page's Markdown as rendered, by page index.
    var bodies: [PageBody]
    /// What each page's view found wrong (its cover), by page index.
    var viewDiagnostics: [[Diagnostic]]
    /// What was found before any page was rendered: reading, the tables, resolving, summaries.
    let sharedDiagnostics: [Diagnostic]
    /// Pages rendered again by rebuilds that failed since the site was last replaced: their
    /// HTML is not in the site yet, and goes in with the next rebuild that succeeds.
    var unpublished: Set<Int> = []
    let themeGeneration: Int
    let dataGeneration: Int

    /// Every finding of the build, in the order a full rebuild gives them.
    var diagnostics: [Diagnostic] {
        sharedDiagnostics + bodies.flatMap(\.diagnostics) + FigureAgreement.check(site, figures: bodies.map(\.figures))
            + viewDiagnostics.flatMap { $0 }
    }
}

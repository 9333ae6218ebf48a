import Foundation

/// `revue check`: builds the whole review in memory, writing nothing, and
/// returns everything wrong or missing in every language: what a build
/// reports, plus links to headings that do not exist, tables no page uses,
/// sections without pages and gaps in the chapters' numbering.
public func check(_ options: BuildOptions) -> [Diagnostic] {
    let diagnostics = Diagnostics()
    do throws(DiagnosticError) {
        let project = try LoadedProject.load(options.project, includeDrafts: options.includeDrafts, into: diagnostics)
        let (site, data) = (project.site, project.data)
        let renderer = Renderer(site: site, theme: project.theme, data: data)
        diagnostics.report(renderer.preparationDiagnostics)
        let pages = ParallelMap.map(Array(site.pages.indices)) { index -> SiteChecks.RenderedPage in
            let body = renderer.renderBody(page: index)
            let framed = renderer.view(page: index, body: body)
            diagnostics.report(body.diagnostics + framed.diagnostics)
            return SiteChecks.RenderedPage(trace: body.trace, figures: body.figures, ids: HTMLIDs.find(in: renderer.html(of: framed.view)))
        }
        diagnostics.report(FigureAgreement.check(site, figures: pages.map(\.figures)))
        diagnostics.report(SiteChecks.brokenAnchors(in: site, pages: pages))
        diagnostics.report(SiteChecks.unusedTables(in: site, data: data, traces: pages.map(\.trace)))
        diagnostics.report(SiteChecks.otherIssueFigures(in: site, traces: pages.map(\.trace)))
        diagnostics.report(SiteChecks.emptySections(in: site))
        diagnostics.report(SiteChecks.chapterGaps(in: site))
    } catch {
        diagnostics.report(error.diagnostics)
    }
    return diagnostics.all
}

import Foundation

/// `revue check`: builds the whole review in memory, writing nothing, and
/// returns everything wrong or missing in every language: what a build
/// reports, plus links to headings that do not exist, tables no page uses,
/// sections without pages and gaps in the chapters' numbering.
public func check(_ options: BuildOptions) -> [Diagnostic] {
    let diagnostics = Diagnostics()
    do throws(DiagnosticError) {
        let config = try SiteConfig.load(from: options.project)
        let theme = try Theme.load(from: options.project, languages: config.languages)
        let content = ContentLoader(root: options.project, config: config).load(into: diagnostics)
        let data = DataLoader(root: options.project, config: config).load(into: diagnostics)
        let site = SiteResolver(config: config, includeDrafts: options.includeDrafts).resolve(content, into: diagnostics)
        let renderer = Renderer(site: site, theme: theme, data: data)
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
        diagnostics.report(SiteChecks.emptySections(in: site))
        diagnostics.report(SiteChecks.chapterGaps(in: site))
    } catch {
        diagnostics.report(error.diagnostics)
    }
    return diagnostics.all
}

import Foundation

/// Builds a whole site: each stage takes the previous stage's value.
///
/// Errors of every stage are gathered; when there is any (or any warning with
/// `strict`), nothing of `site/` changes and the findings are thrown together.
public func build(_ options: BuildOptions) throws(DiagnosticError) -> BuildReport {
    var clock = StageClock()
    let diagnostics = Diagnostics()
    let project = try LoadedProject.load(options.project, includeDrafts: options.includeDrafts, into: diagnostics, clock: &clock) // 1–4
    let (config, site) = (project.config, project.site)
    try stopOnErrors(diagnostics, strict: false)

    let writer = try OutputWriter(destination: options.output, displayName: displayPath(options.output, in: options.project))
    do {
        try render(site, with: Renderer(site: site, theme: project.theme, data: project.data), into: writer, diagnostics: diagnostics) // 5–6. HTML, files
        clock.lap("render and write")
        try stopOnErrors(diagnostics, strict: options.strict)
        try writer.publish()                                                             // 7. swap in
        clock.lap("publish")
    } catch {
        writer.discard()
        throw error
    }
    let warnings = diagnostics.all.filter { $0.severity == .warning }
    let counts = config.languages.map { language in (language, site.pages.filter { $0.language == language }.count) }
    return BuildReport(pagesPerLanguage: counts, filesWritten: writer.filesWritten, filesUnchanged: writer.filesUnchanged,
                       seconds: clock.total, stages: clock.laps, warnings: warnings)
}

/// Renders every page in parallel, writing each as soon as it is rendered so
/// that no more than a few pages' HTML is held in memory at once.
private func render(_ site: Site, with renderer: Renderer, into writer: OutputWriter, diagnostics: Diagnostics) throws(DiagnosticError) {
    let extraPages = site.config.languages.map { "\($0.code)/404.html" } + ["404.html", "index.html", "sitemap.xml"]
    try writer.prepareFolders(for: site.pages.map(\.outputPath) + extraPages
                              + site.staticFiles.map(\.outputPath) + renderer.theme.assets.map(\.outputPath))
    diagnostics.report(renderer.preparationDiagnostics)
    let indices = Array(site.pages.indices)
    let figures = ParallelMap.map(indices) { (index: Int) -> PageFigures in
        let rendered = renderer.render(page: index)
        diagnostics.report(rendered.diagnostics)
        do throws(DiagnosticError) {
            try writer.write(rendered.html, to: site.pages[index].outputPath)
        } catch {
            diagnostics.report(error.diagnostics)
        }
        return rendered.figures
    }
    diagnostics.report(FigureAgreement.check(site, figures: figures))
    try stopOnErrors(diagnostics, strict: false)
    for language in site.config.languages {
        try writer.write(renderer.renderNotFound(in: language, atRoot: false), to: "\(language.code)/404.html")
    }
    try writer.write(renderer.renderNotFound(in: site.config.defaultLanguage, atRoot: true), to: "404.html")
    try writer.write(renderer.renderRedirect(), to: "index.html")
    try writer.write(Sitemap.xml(for: site), to: "sitemap.xml")
    for file in site.staticFiles + renderer.theme.assets {
        try writer.copy(file)
    }
}

func stopOnErrors(_ diagnostics: Diagnostics, strict: Bool) throws(DiagnosticError) {
    let all = diagnostics.all
    let failing = all.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    if failing { throw DiagnosticError(all) }
}

/// `site` for the project's own output folder, the full path otherwise.
private func displayPath(_ url: URL, in project: URL) -> String {
    let projectPath = project.path.hasSuffix("/") ? project.path : project.path + "/"
    return url.path.hasPrefix(projectPath) ? String(url.path.dropFirst(projectPath.count)) : url.path
}

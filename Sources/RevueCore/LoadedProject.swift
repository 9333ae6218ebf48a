import Foundation

/// A project read and resolved: the stages every command runs before it
/// renders (`revue.yml`, the theme, `content/` and its data tables, then the
/// site's structure). `revue serve` runs them itself, keeping each between rebuilds.
struct LoadedProject: Sendable {
    let config: SiteConfig
    let theme: Theme
    let data: DataSet
    let site: Site
    /// Every page read, drafts included.
    let documents: [SourceDocument]

    /// Reads `project`: errors in the settings or the theme are thrown, the others reported into `diagnostics`.
    static func load(_ project: URL, includeDrafts: Bool, into diagnostics: Diagnostics,
                     clock: inout StageClock) throws(DiagnosticError) -> LoadedProject {
        try load(project, config: SiteConfig.load(from: project), includeDrafts: includeDrafts, into: diagnostics, clock: &clock) // 1. revue.yml
    }

    /// Reads `project` whose `revue.yml` has been read as `config`.
    /// With `known`, a page whose file has the stamp of its record is taken from the record.
    static func load(_ project: URL, config: SiteConfig, includeDrafts: Bool, known: SourceRecords.Stamped? = nil,
                     into diagnostics: Diagnostics, clock: inout StageClock) throws(DiagnosticError) -> LoadedProject {
        diagnostics.report(config.warnings)
        let theme = try Theme.load(from: project, languages: config.languages, defaultLanguage: config.defaultLanguage) // 2. templates
        diagnostics.report(theme.warnings)
        clock.lap("config and templates")
        // The data tables are typed on another core while the pages are read and placed: one large table takes one core.
        let tables = BackgroundWork { DataLoader(root: project, config: config).load(into: diagnostics) }
        let content = ContentLoader(root: project, config: config, known: known).load(into: diagnostics)  // 3. files + front matter
        clock.lap("load")
        let site = SiteResolver(config: config, includeDrafts: includeDrafts).resolve(content, into: diagnostics) // 4. sections, translations
        let data = tables.value
        clock.lap("resolve")
        return LoadedProject(config: config, theme: theme, data: data, site: site, documents: content.documents)
    }

    static func load(_ project: URL, includeDrafts: Bool, into diagnostics: Diagnostics) throws(DiagnosticError) -> LoadedProject {
        var clock = StageClock()
        return try load(project, includeDrafts: includeDrafts, into: diagnostics, clock: &clock)
    }
}

import Foundation

/// A site kept in memory between builds, for `revue serve`.
///
/// Each rebuild reads again only the files that changed, renders again only
/// the Markdown whose text changed or whose links and data now answer
/// differently, and passes through the theme only the pages whose view
/// changed: saving a chapter re-renders that chapter, plus the pages that
/// show its title or summary when those changed. A template change passes
/// every page through the theme again; a table change re-renders the pages
/// that read from it; a change to `revue.yml` starts over. An edit below the
/// front matter of existing pages, the most common save, takes a shorter way:
/// those pages alone are read, rendered and compared, the rest of the last
/// good build is kept as it was. An edit to the theme alone can leave its pages
/// to be passed through the new theme as they are asked for (`DeferredPages`).
///
/// Rebuilds run one at a time; the class is not meant to be shared.
public final class IncrementalBuild: @unchecked Sendable {
    public let project: URL
    private let includeDrafts: Bool
    private let searchable: Bool

    private var config: SiteConfig?
    private var theme: Theme?
    private var data: DataSet?
    private var dataDiagnostics: [Diagnostic] = []
    /// Raised each time the theme or the tables are read again, so that cached pages know to check themselves.
    private var themeGeneration = 0
    private var dataGeneration = 0

    private let documents = DocumentCache()
    /// Bytes of copied files (images, the theme's assets), by source path.
    private var copiedBytes: [String: Data] = [:]
    /// The last renderer, with the generations of the theme and tables it formats with.
    private var lastRenderer: (renderer: Renderer, themeGeneration: Int, dataGeneration: Int)?
    /// Rendered Markdown, by source file.
    private var bodies: [String: CachedBody] = [:]
    /// Rendered pages, by output path.
    private var views: [String: CachedView] = [:]
    /// The last site built without errors, by output path.
    public private(set) var files: [String: Data] = [:]
    /// The last site built without errors, page by page.
    private var last: LastGoodBuild?
    /// After an edit to the theme alone, rebuilt with `deferringPages`: the pages still to be
    /// passed through the new theme, and the last good build before that edit.
    private var pendingPages: (pages: DeferredPages, renderer: Renderer, before: LastGoodBuild)?
    /// Pages finished by a rebuild before its own work, not reported yet: they go in the next report.
    private var unreportedFiles: [String: Data] = [:]

    private struct CachedBody {
        let markdown: String
        let firstLine: Int
        let body: PageBody
        let themeGeneration: Int
        let dataGeneration: Int
    }

    private struct CachedView {
        let view: PageView
        let themeGeneration: Int
        let html: Data
    }

    /// `searchable`: every page offers the search box, on an index made apart (`revue serve` runs Pagefind on the pages).
    public init(project: URL, includeDrafts: Bool = false, searchable: Bool = false) {
        self.project = project.standardizedFileURL
        self.includeDrafts = includeDrafts
        self.searchable = searchable
    }

    /// Builds the site again after `changes`; on errors, throws them all and
    /// keeps `files` as the last good site.
    ///
    /// With `deferringPages`, an edit to the theme alone returns once the theme is compiled and
    /// the files that are no pages are made: the report's `deferred` pages render as they are
    /// asked for, and `finishDeferredPages()` renders the rest and brings `files` up to date.
    /// The next rebuild finishes them first, without a report, unless it is for another edit to
    /// the theme alone: those pages are then left for the newer theme.
    public func rebuild(after changes: ProjectChanges, deferringPages: Bool = false) throws(DiagnosticError) -> RebuildReport {
        if let pending = pendingPages {
            if Self.touchesThemeAlone(changes) {
                pendingPages = nil
                last = pending.before
            } else if let finished = finishDeferredPages() {
                unreportedFiles.merge(finished.changedFiles) { $1 }
            }
        }
        var report = try rebuildChanges(after: changes, deferringPages: deferringPages)
        report.changedFiles = unreportedFiles.filter { !report.removedFiles.contains($0.key) }.merging(report.changedFiles) { $1 }
        unreportedFiles = [:]
        return report
    }

    private func rebuildChanges(after changes: ProjectChanges, deferringPages: Bool) throws(DiagnosticError) -> RebuildReport {
        let clock = StageClock()
        forget(changes)
        if let report = try rebuildText(after: changes, clock: clock) { return report }
        if var report = try rebuildTheme(after: changes, clock: clock) {
            if deferringPages { return report }
            guard let rest = finishDeferredPages() else { return report }
            report.deferred = nil
            report.changedFiles.merge(rest.changedFiles) { $1 }
            report.bodiesRendered = rest.bodiesRendered
            report.pagesRendered = rest.pagesRendered
            report.warnings = rest.warnings
            report.seconds = clock.total
            return report
        }
        let config = try loadConfig()
        let theme = try loadTheme(config)
        let diagnostics = Diagnostics()
        diagnostics.report(config.warnings)
        diagnostics.report(theme.warnings)
        let content = ContentLoader(root: project, config: config, cache: documents).load(into: diagnostics)
        let data = loadData(config)
        diagnostics.report(dataDiagnostics)
        let site = SiteResolver(config: config, includeDrafts: includeDrafts).resolve(content, into: diagnostics)
        try stopOnErrors(diagnostics, strict: false)

        let renderer = makeRenderer(site: site, theme: theme, data: data)
        diagnostics.report(renderer.preparationDiagnostics)
        let shared = diagnostics.all
        let pageBodies = renderBodies(of: site, with: renderer)
        diagnostics.report(pageBodies.flatMap { $0.body.diagnostics })
        diagnostics.report(FigureAgreement.check(site, figures: pageBodies.map(\.body.figures)))
        let pageViews = renderViews(of: site, bodies: pageBodies.map(\.body), with: renderer)
        diagnostics.report(pageViews.flatMap(\.diagnostics))
        let copied = readCopiedFiles(site.staticFiles + theme.assets, into: diagnostics)
        try stopOnErrors(diagnostics, strict: false)
        last = LastGoodBuild(site: site, renderer: renderer, bodies: pageBodies.map(\.body), viewDiagnostics: pageViews.map(\.diagnostics),
                             sharedDiagnostics: shared, themeGeneration: themeGeneration, dataGeneration: dataGeneration)

        var output = copied
        for (page, rendered) in zip(site.pages, pageViews) {
            output[page.outputPath] = rendered.html
        }
        output.merge(Self.filesBesidePages(of: site, with: renderer)) { $1 }

        let changedFiles = output.filter { files[$0.key] != $0.value }
        let removedFiles = files.keys.filter { output[$0] == nil }.sorted()
        files = output
        return RebuildReport(
            changedFiles: changedFiles, removedFiles: removedFiles, pages: site.pages.count,
            bodiesRendered: pageBodies.filter(\.isNew).count, pagesRendered: pageViews.filter(\.isNew).count,
            seconds: clock.total, warnings: diagnostics.all.filter { $0.severity == .warning })
    }

    /// A rebuild after edits below the front matter of pages the last good build has:
    /// those pages are read, rendered and compared, nothing else. Nil for any other
    /// change (a page added or removed, a front matter, a table, the theme, `revue.yml`),
    /// or when reading an edited page fails, which the full rebuild then reports. The
    /// pages it renders are kept even when they hold errors: the site stays the last
    /// good one, and the next rebuild reports those errors until they are fixed.
    private func rebuildText(after changes: ProjectChanges, clock: StageClock) throws(DiagnosticError) -> RebuildReport? {
        guard case .paths(let paths) = changes, var next = last, let config, theme != nil, data != nil,
              next.themeGeneration == themeGeneration, next.dataGeneration == dataGeneration else { return nil }
        let loader = ContentLoader(root: project, config: config)
        let prefix = ContentLoader.folderName + "/"
        var edits: [(index: Int, document: SourceDocument)] = []
        for path in paths where !FolderWalker.isSkipped(path.split(separator: "/").last ?? "") {
            guard path.hasPrefix(prefix), let index = next.site.pagesByContentPath[String(path.dropFirst(prefix.count))] else { return nil }
            let page = next.site.pages[index]
            let read = { () throws(DiagnosticError) in
                try loader.read(self.project.path + "/" + path, file: path, language: page.language, path: page.document.path)
            }
            guard let document = try? documents.document(path, read: read),
                  document.frontMatter == page.frontMatter, document.bodyFirstLine == page.document.bodyFirstLine else { return nil }
            edits.append((index, document))
        }
        // Held by `next` alone while it changes, so that its arrays are changed in place, not copied.
        last = nil
        defer { last = next }
        for edit in edits {
            next.site.pages[edit.index] = next.site.pages[edit.index].withText(of: edit.document)
        }
        let edited = edits.map(\.index)
        next.renderer = next.renderer.withText(of: next.site)
        for index in edited {
            next.bodies[index] = next.renderer.renderBody(page: index)
        }
        next.unpublished.formUnion(edited)
        var rendered: [(page: Page, body: PageBody, view: PageView, html: Data)] = []
        for index in next.unpublished.sorted() {
            let framed = next.renderer.view(page: index, body: next.bodies[index])
            next.viewDiagnostics[index] = framed.diagnostics
            rendered.append((next.site.pages[index], next.bodies[index], framed.view, Data(next.renderer.html(of: framed.view).utf8)))
        }
        let diagnostics = next.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        next.unpublished = []

        var changedFiles: [String: Data] = [:]
        for page in rendered {
            bodies[page.page.document.file] = CachedBody(markdown: page.page.document.body, firstLine: page.page.document.bodyFirstLine,
                                                         body: page.body, themeGeneration: themeGeneration, dataGeneration: dataGeneration)
            views[page.page.outputPath] = CachedView(view: page.view, themeGeneration: themeGeneration, html: page.html)
            if files[page.page.outputPath] != page.html { changedFiles[page.page.outputPath] = page.html }
        }
        files.merge(changedFiles) { $1 }
        return RebuildReport(changedFiles: changedFiles, removedFiles: [], pages: next.site.pages.count, bodiesRendered: edited.count,
                             pagesRendered: rendered.count, seconds: clock.total, warnings: diagnostics.filter { $0.severity == .warning })
    }

    /// A rebuild after edits to the theme alone, whose pages are left to `DeferredPages`: the theme
    /// is compiled, the files that are no pages are made, each page is passed through the new theme
    /// when it is first asked for. Nil for any other change, or when the new theme has warnings or
    /// formats the summaries otherwise, which the full rebuild then reports.
    private func rebuildTheme(after changes: ProjectChanges, clock: StageClock) throws(DiagnosticError) -> RebuildReport? {
        guard Self.touchesThemeAlone(changes), let previous = last, previous.unpublished.isEmpty, let config, let data, previous.dataGeneration == dataGeneration,
              !previous.sharedDiagnostics.contains(where: { $0.file.hasPrefix(Theme.folderName) }) else { return nil }
        let theme = try loadTheme(config)
        guard theme.warnings.isEmpty, themeGeneration != previous.themeGeneration else { return nil }
        let site = previous.site
        // With the same strings, what pages show of one another is the same, and so are the feeds and the sitemap.
        let rethemed = previous.renderer.rethemed(theme, data: data)
        let renderer = rethemed ?? makeRenderer(site: site, theme: theme, data: data)
        if rethemed != nil { lastRenderer = (renderer, themeGeneration, dataGeneration) }
        guard renderer.preparationDiagnostics == previous.renderer.preparationDiagnostics else { return nil }
        let diagnostics = Diagnostics()
        var output = readCopiedFiles(site.staticFiles + theme.assets, into: diagnostics)
        guard diagnostics.all.isEmpty else { return nil }
        output.merge(Self.themedFilesBesidePages(of: site, with: renderer)) { $1 }
        if rethemed != nil {
            for path in Self.plainFilePaths(of: site) { output[path] = files[path] }
        } else {
            output.merge(Self.plainFilesBesidePages(of: site, with: renderer)) { $1 }
        }

        let bodies = previous.bodies
        let pages = DeferredPages(indices: Dictionary(keepingFirst: site.pages.indices.map { (site.pages[$0].outputPath, $0) })) { index in
            var body = bodies[index], bodyIsNew = false
            if !renderer.isCurrent(body, page: index, dataMayDiffer: true) {
                body = renderer.renderBody(page: index)
                bodyIsNew = true
            }
            let framed = renderer.view(page: index, body: body)
            return DeferredPages.Rendered(body: body, bodyIsNew: bodyIsNew, view: framed.view, viewDiagnostics: framed.diagnostics,
                                          html: Data(renderer.html(of: framed.view).utf8))
        }
        let pagePaths = Set(site.pages.map(\.outputPath))
        let changedFiles = output.filter { files[$0.key] != $0.value }
        let removedFiles = files.keys.filter { output[$0] == nil && !pagePaths.contains($0) }.sorted()
        for path in removedFiles { files[path] = nil }
        files.merge(changedFiles) { $1 }
        pendingPages = (pages, renderer, previous)
        last = nil
        var report = RebuildReport(changedFiles: changedFiles, removedFiles: removedFiles, pages: site.pages.count, bodiesRendered: 0,
                                   pagesRendered: 0, seconds: clock.total,
                                   warnings: previous.diagnostics.filter { $0.severity == .warning })
        report.deferred = pages
        return report
    }

    private static func touchesThemeAlone(_ changes: ProjectChanges) -> Bool {
        guard case .paths(let paths) = changes else { return false }
        return !paths.isEmpty && paths.allSatisfy { $0.hasPrefix(Theme.folderName + "/") }
    }

    /// Passes the pages a rebuild left to `DeferredPages` through the new theme, those not asked for
    /// yet in parallel, and brings `files` up to date; nil when no rebuild left any, or when `stop`
    /// said to stop first: the pages are still pending then.
    public func finishDeferredPages(until stop: @Sendable () -> Bool = { false }) -> RebuildReport? {
        guard let pending = pendingPages else { return nil }
        let clock = StageClock()
        let site = pending.before.site
        guard let rendered = pending.pages.all(pages: site.pages.count, until: stop) else { return nil }
        pendingPages = nil
        let next = LastGoodBuild(site: site, renderer: pending.renderer, bodies: rendered.map(\.body),
                                 viewDiagnostics: rendered.map(\.viewDiagnostics), sharedDiagnostics: pending.before.sharedDiagnostics,
                                 themeGeneration: themeGeneration, dataGeneration: dataGeneration)
        var changedFiles: [String: Data] = [:]
        for (page, result) in zip(site.pages, rendered) {
            bodies[page.document.file] = CachedBody(markdown: page.document.body, firstLine: page.document.bodyFirstLine, body: result.body,
                                                    themeGeneration: themeGeneration, dataGeneration: dataGeneration)
            views[page.outputPath] = CachedView(view: result.view, themeGeneration: themeGeneration, html: result.html)
            if files[page.outputPath] != result.html { changedFiles[page.outputPath] = result.html }
        }
        files.merge(changedFiles) { $1 }
        last = next
        return RebuildReport(changedFiles: changedFiles, removedFiles: [], pages: site.pages.count,
                             bodiesRendered: rendered.filter(\.bodyIsNew).count, pagesRendered: rendered.count, seconds: clock.total,
                             warnings: next.diagnostics.filter { $0.severity == .warning })
    }

    /// The files of the site that are no pages nor copies: the 404 pages, the redirect, the sitemap, the feeds.
    private static func filesBesidePages(of site: Site, with renderer: Renderer) -> [String: Data] {
        themedFilesBesidePages(of: site, with: renderer).merging(plainFilesBesidePages(of: site, with: renderer)) { $1 }
    }

    /// The 404 pages and the redirect, which go through the templates.
    private static func themedFilesBesidePages(of site: Site, with renderer: Renderer) -> [String: Data] {
        let config = site.config
        var output: [String: Data] = [:]
        for language in config.languages {
            output["\(language.code)/404.html"] = Data(renderer.renderNotFound(in: language, atRoot: false).utf8)
        }
        output["404.html"] = Data(renderer.renderNotFound(in: config.defaultLanguage, atRoot: true).utf8)
        output["index.html"] = Data(renderer.renderRedirect().utf8)
        return output
    }

    /// The sitemap and the feeds, which take of the theme only its strings.
    private static func plainFilesBesidePages(of site: Site, with renderer: Renderer) -> [String: Data] {
        var output = ["sitemap.xml": Data(Sitemap.xml(for: site).utf8)]
        for language in site.config.languages {
            if let feed = renderer.feed(in: language) { output[AtomFeed.path(of: language)] = Data(feed.xml.utf8) }
        }
        return output
    }

    /// Where `plainFilesBesidePages` may write.
    private static func plainFilePaths(of site: Site) -> [String] {
        ["sitemap.xml"] + site.config.languages.map(AtomFeed.path(of:))
    }

    // MARK: - Reading

    /// Drops what the changes make stale; it is read again by this rebuild.
    private func forget(_ changes: ProjectChanges) {
        if changes.touches(SiteConfig.fileName) {
            config = nil
            theme = nil
            data = nil
            documents.forgetAll()
            copiedBytes = [:]
            lastRenderer = nil
            bodies = [:]
            views = [:]
            last = nil
            return
        }
        if changes.touches(Theme.folderName) { theme = nil }
        if changes.touches("\(ContentLoader.folderName)/\(DataLoader.folderName)") { data = nil }
        guard case .paths(let paths) = changes else { return }
        documents.forget(paths)
        let root = project.path + "/"
        copiedBytes = copiedBytes.filter { source, _ in
            !ProjectChanges.paths(paths).touches(String(source.dropFirst(root.count)))
        }
    }

    private func loadConfig() throws(DiagnosticError) -> SiteConfig {
        if let config { return config }
        let loaded = try SiteConfig.load(from: project)
        config = loaded
        return loaded
    }

    private func loadTheme(_ config: SiteConfig) throws(DiagnosticError) -> Theme {
        if let theme { return theme }
        let loaded = try Theme.load(from: project, languages: config.languages, defaultLanguage: config.defaultLanguage)
        theme = loaded
        themeGeneration += 1
        return loaded
    }

    private func loadData(_ config: SiteConfig) -> DataSet {
        if let data { return data }
        let diagnostics = Diagnostics()
        let loaded = DataLoader(root: project, config: config).load(into: diagnostics)
        data = loaded
        dataDiagnostics = diagnostics.all
        dataGeneration += 1
        return loaded
    }

    /// The bytes of each copied file, read again only when it changed.
    private func readCopiedFiles(_ files: [StaticFile], into diagnostics: Diagnostics) -> [String: Data] {
        var output: [String: Data] = [:]
        for file in files {
            if let bytes = copiedBytes[file.source.path] {
                output[file.outputPath] = bytes
                continue
            }
            guard let bytes = FileManager.default.contents(atPath: file.source.path) else {
                diagnostics.report(.error("cannot read this file", in: String(file.source.path.dropFirst(project.path.count + 1))))
                continue
            }
            copiedBytes[file.source.path] = bytes
            output[file.outputPath] = bytes
        }
        return output
    }

    // MARK: - Rendering

    /// A renderer for this state of the site, keeping the formatted tables of the last one while the theme and tables are the same.
    private func makeRenderer(site: Site, theme: Theme, data: DataSet) -> Renderer {
        let renderer: Renderer
        if let last = lastRenderer, last.themeGeneration == themeGeneration, last.dataGeneration == dataGeneration {
            renderer = Renderer(site: site, sharing: last.renderer)
        } else {
            renderer = Renderer(site: site, theme: theme, data: data, searchable: searchable)
        }
        lastRenderer = (renderer, themeGeneration, dataGeneration)
        return renderer
    }

    /// Each page's Markdown: the earlier HTML when the text is the same and
    /// its links and data give the same answers, else rendered again, in parallel.
    private func renderBodies(of site: Site, with renderer: Renderer) -> [(body: PageBody, isNew: Bool)] {
        let cached = bodies
        let (themeGeneration, dataGeneration) = (self.themeGeneration, self.dataGeneration)
        let results = ParallelMap.map(Array(site.pages.indices)) { index -> (body: PageBody, isNew: Bool) in
            let document = site.pages[index].document
            if let entry = cached[document.file], entry.markdown == document.body, entry.firstLine == document.bodyFirstLine,
               renderer.isCurrent(entry.body, page: index,
                                  dataMayDiffer: entry.themeGeneration != themeGeneration || entry.dataGeneration != dataGeneration) {
                return (entry.body, false)
            }
            return (renderer.renderBody(page: index), true)
        }
        var next: [String: CachedBody] = [:]
        for (page, result) in zip(site.pages, results) {
            next[page.document.file] = CachedBody(markdown: page.document.body, firstLine: page.document.bodyFirstLine, body: result.body,
                                                  themeGeneration: themeGeneration, dataGeneration: dataGeneration)
        }
        bodies = next
        return results
    }

    /// Each page's HTML: the earlier one when its view and the theme are the same, else rendered
    /// again, in parallel; with what each page's view found wrong.
    private func renderViews(of site: Site, bodies: [PageBody],
                             with renderer: Renderer) -> [(view: PageView, html: Data, isNew: Bool, diagnostics: [Diagnostic])] {
        let cached = views
        let themeGeneration = self.themeGeneration
        let results = ParallelMap.map(Array(site.pages.indices)) { index -> (view: PageView, html: Data, isNew: Bool, diagnostics: [Diagnostic]) in
            let framed = renderer.view(page: index, body: bodies[index])
            if let entry = cached[site.pages[index].outputPath], entry.themeGeneration == themeGeneration, entry.view == framed.view {
                return (framed.view, entry.html, false, framed.diagnostics)
            }
            return (framed.view, Data(renderer.html(of: framed.view).utf8), true, framed.diagnostics)
        }
        var next: [String: CachedView] = [:]
        for (page, result) in zip(site.pages, results) {
            next[page.outputPath] = CachedView(view: result.view, themeGeneration: themeGeneration, html: result.html)
        }
        views = next
        return results
    }
}

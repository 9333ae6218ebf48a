import Foundation

/// Builds a whole site: each stage takes the previous stage's value.
///
/// Errors of every stage are gathered; when there is any (or any warning with
/// `strict`), nothing of `site/` changes and the findings are thrown together.
/// With the build cache (`BuildCache`), a page whose view is the one its
/// published file was rendered from is not rendered again, and a build whose
/// inputs are all as the last build found them has nothing to do.
@discardableResult
public func build(_ options: BuildOptions) throws(DiagnosticError) -> BuildReport {
    let made = BackgroundRelease()
    let report = try build(options, holding: made)
    made.releaseInBackground()
    return report
}

/// Builds the site, handing what it makes to `made`, to be freed on another thread.
private func build(_ options: BuildOptions, holding made: BackgroundRelease) throws(DiagnosticError) -> BuildReport {
    var clock = StageClock()
    let diagnostics = Diagnostics()
    // About the cache itself, which never fails a build, `--strict` or not.
    let cacheNotes = Diagnostics()
    // The cache, and the pages it holds, are read while the inputs are stamped: before anything of the project is read.
    let cached = options.useCache ? BackgroundWork { BuildCache.load(from: options.project, into: cacheNotes) } : nil
    let binaryKey = options.useCache ? BuildCache.binaryKey : nil
    let records = binaryKey.map { key in BackgroundWork { SourceRecords.load(from: options.project, binaryKey: key, into: cacheNotes) } }
    let inputs = options.useCache ? InputStamps(project: options.project) : nil
    let cache = cached?.value
    made.hold(cache)
    made.hold(inputs)
    if options.useCache { clock.lap("build cache read") }
    let config = try SiteConfig.load(from: options.project)
    let displayName = displayPath(options.output, in: options.project)
    let search = try searchIndex(for: options, displayName: displayName)
    let runKey = BuildCache.runKey(for: options, searching: search != nil)
    if let cache, let inputs, inputs.isComplete, cache.runKey == runKey, cache.inputs == inputs {
        // Held while the published site is looked at, so that a build writing it now is not taken for its end.
        let siteLock = try SiteLock(for: options.output, displayName: displayName)
        defer { siteLock.release() }
        if cache.publishedSiteIsIntact(in: options.output) {
            return try reportOfUnchangedSite(cache, config: config, strict: options.strict, clock: clock)
        }
    }
    let known = records?.value.flatMap { records in inputs.map { SourceRecords.Stamped(records: records, stamps: $0) } }
    made.hold(known)
    let project = try LoadedProject.load(options.project, config: config, includeDrafts: options.includeDrafts, known: known,
                                         into: diagnostics, clock: &clock) // 1–4
    let site = project.site
    made.hold(project)
    try stopOnErrors(diagnostics, strict: false)
    // The pages read anew are written to the cache's records while the pages render.
    let recordsText = binaryKey.flatMap { key in inputs.flatMap { inputs -> BackgroundWork<[UInt8]?>? in
        let earlier = known?.records
        let changed = earlier?.count != project.documents.count || project.documents.contains { !$0.isFromRecord }
        return changed ? BackgroundWork { SourceRecords.text(of: project.documents, inputs: inputs, binaryKey: key, earlier: earlier) } : nil
    } }

    let writer = try OutputWriter(destination: options.output, displayName: displayName)
    made.hold(writer)
    let reusable = cache.flatMap { $0.runKey == runKey && $0.themeDigest == project.theme.digest ? $0 : nil }
    let counts = config.languages.map { language in (language, site.pages.filter { $0.language == language }.count) }
    let pages: RenderedPages, warnings: [Diagnostic], cacheText: BackgroundWork<[UInt8]?>?
    do {
        let renderer = Renderer(site: site, theme: project.theme, data: project.data, searchable: search != nil)
        made.hold(renderer)
        let editions = options.pdf ? SiteEditions.find(path: options.programPath, note: diagnostics.report) : nil
        pages = try render(site, with: renderer, printing: editions, into: writer, reusing: reusable, inputs: inputs,
                           diagnostics: diagnostics, clock: &clock) // 5–6. HTML, files
        made.hold(pages)
        clock.lap("render and write")
        try stopOnErrors(diagnostics, strict: options.strict)
        warnings = diagnostics.all.filter { $0.severity == .warning }
        // The cache is made ready while the site is published, and written once it is.
        cacheText = inputs.map { inputs in
            let stamps = writer.stagedStamps
            let saved = BuildCache(
                runKey: runKey, themeDigest: project.theme.digest, inputs: inputs, frame: pages.frame,
                published: stamps.reduce(into: Dictionary(minimumCapacity: stamps.count)) { entries, file in
                    let page = pages.digests[file.key]
                    let view = page?.view ?? (pages.extras.contains(file.key) ? pages.frame : nil)
                    entries[file.key] = BuildCache.Entry(view: view, body: page?.body, stamp: file.value)
                },
                // Once published, the site there now is the private copy.
                staged: writer.destinationExists ? reusable?.published ?? [:] : [:],
                pagesPerLanguage: Dictionary(keepingFirst: counts.map { ($0.0.code, $0.1) }), warnings: warnings,
                pageWarnings: pages.warnings)
            return BackgroundWork { saved.text() }
        }
        try writer.publish { staging throws(DiagnosticError) in                         // 7. swap in, indexed
            try search?.index(staging, displayName: displayName)
            if search != nil { clock.lap("search index") }
        }
        clock.lap("publish")
    } catch {
        writer.discard()
        throw error
    }
    if let cacheText {
        if let problem = BuildCache.save(cacheText.value, in: options.project) { cacheNotes.report(problem) }
        if let text = recordsText?.value, let problem = SourceRecords.save(text, in: options.project) { cacheNotes.report(problem) }
        clock.lap("build cache written")
    }
    return BuildReport(pagesPerLanguage: counts, filesWritten: writer.filesWritten, filesUnchanged: writer.filesUnchanged,
                       pagesRendered: pages.rendered, seconds: clock.total, stages: clock.laps, warnings: cacheNotes.all + warnings)
}

/// Pagefind, when the build is to index the site: found, asked for and missing (an error), or not asked for.
private func searchIndex(for options: BuildOptions, displayName: String) throws(DiagnosticError) -> SearchIndex? {
    switch options.search {
    case .off: return nil
    case .automatic: return SearchIndex.find(path: options.programPath)
    case .required:
        guard let found = SearchIndex.find(path: options.programPath) else {
            throw DiagnosticError(.error("--search asks for Pagefind, which is not installed: python3 -m pip install \"pagefind[extended]\"", in: displayName, code: "search"))
        }
        return found
    }
}

/// The report of a build that found every input and every published file as the last build left them.
private func reportOfUnchangedSite(_ cache: BuildCache, config: SiteConfig, strict: Bool, clock: StageClock) throws(DiagnosticError) -> BuildReport {
    if strict, !cache.warnings.isEmpty { throw DiagnosticError(cache.warnings) }
    return BuildReport(pagesPerLanguage: config.languages.map { ($0, cache.pagesPerLanguage[$0.code] ?? 0) },
                       filesWritten: 0, filesUnchanged: cache.published.count, seconds: clock.total,
                       stages: [("nothing changed", clock.total)], warnings: cache.warnings)
}

/// What rendering the pages of a build left for the next one.
private struct RenderedPages {
    /// The digests of each page's view and Markdown, by output path.
    var digests: [String: (view: ContentDigest, body: ContentDigest)]
    /// The files made from the frame alone (the 404 pages, the redirect, the sitemap, the feeds), by output path.
    var extras: Set<String>
    /// The warnings found in each page that had any, by output path.
    var warnings: [String: [Diagnostic]]
    var frame: ContentDigest?
    /// How many pages were made into views; the others were kept as the last build left them.
    var rendered: Int
}

/// Renders every page in parallel, writing each as soon as it is rendered so that no more
/// than a few pages' HTML is held in memory at once. A page rendered in the same frame from
/// the same Markdown as its published file is kept without being read into a view, and one
/// whose view is the one its published file was rendered from is kept instead of rendered.
/// With `editions`, the images and stylesheets are copied first, the print editions are printed from
/// them, and the covers link to their edition as they are rendered.
private func render(_ site: Site, with unlinked: Renderer, printing editions: SiteEditions?, into writer: OutputWriter,
                    reusing cache: BuildCache?, inputs: InputStamps?, diagnostics: Diagnostics,
                    clock: inout StageClock) throws(DiagnosticError) -> RenderedPages {
    let feedLanguages = site.config.languages.filter { unlinked.languagesWithFeeds.contains($0.code) }
    let listingPaths = ["sitemap.xml"] + feedLanguages.map(AtomFeed.path(of:))
    let extraPages = site.config.languages.map { "\($0.code)/404.html" } + ["404.html", "index.html"] + listingPaths
    try writer.prepareFolders(for: site.pages.map(\.outputPath) + extraPages
                              + site.staticFiles.map(\.outputPath) + unlinked.theme.assets.map(\.outputPath))
    diagnostics.report(unlinked.preparationDiagnostics)
    for file in site.staticFiles + unlinked.theme.assets {
        try writer.copy(file)
    }
    var linked = unlinked
    if let editions {
        linked.editions = try editions.publish(unlinked, builtIn: writer.staging, through: writer)
        clock.lap("print editions")
    }
    let renderer = linked
    let indices = Array(site.pages.indices)
    let frame = inputs.flatMap { RenderFrame.digest(of: site, inputs: $0, editions: renderer.editions) }
    // The files no page's own Markdown shows in (the 404 pages, the redirect, the sitemap, the feeds)
    // are kept as the last build made them in the same frame.
    let keptExtras = Set(extraPages.filter { path in
        guard let cache, let frame else { return false }
        return (try? writer.keep(path, from: cache.copies(of: path, renderedFrom: frame))) == true
    })
    // The feeds and the sitemap are written on another core while the pages render.
    let listings = listingPaths.allSatisfy(keptExtras.contains) ? nil : BackgroundWork {
        [("sitemap.xml", Sitemap.xml(for: site))] + feedLanguages.compactMap { language in
            unlinked.feed(in: language).map { (AtomFeed.path(of: language), $0.xml) }
        }
    }
    let bodies = site.pages.map(\.document.bodyDigest)
    let kept = keptPages(of: site, bodies: bodies, frame: frame, cache: cache)
    let rendered = ParallelMap.map(indices) { (index: Int) -> (figures: PageFigures, view: ContentDigest, warnings: [Diagnostic], isRendered: Bool) in
        let path = site.pages[index].outputPath
        // A page found in neither the private copy nor the published site as the last build left it is rendered
        // instead; its translation, kept, is as it was when the two were last compared.
        if let cache, let view = kept[index], (try? writer.keep(path, from: cache.copies(of: path, renderedFrom: view))) == true {
            let warnings = cache.pageWarnings[path] ?? []
            diagnostics.report(warnings)
            return (PageFigures(), view, warnings, false)
        }
        let body = renderer.renderBody(page: index)
        let framed = renderer.view(page: index, body: body)
        let found = body.diagnostics + framed.diagnostics
        diagnostics.report(found)
        let digest = DigestEncoder.digest(of: framed.view)
        do throws(DiagnosticError) {
            let copies = cache?.copies(of: path, renderedFrom: digest)
            if try !(copies.map { copies throws(DiagnosticError) in try writer.keep(path, from: copies) } ?? false) {
                try writer.write(renderer.html(of: framed.view), to: path)
            }
        } catch {
            diagnostics.report(error.diagnostics)
        }
        return (body.figures, digest, found.filter { $0.severity == .warning }, true)
    }
    // Pages kept show no figures: each pair of translations of which one is rendered is rendered whole.
    diagnostics.report(FigureAgreement.check(site, figures: rendered.map(\.figures)))
    try stopOnErrors(diagnostics, strict: false)
    for language in site.config.languages where !keptExtras.contains("\(language.code)/404.html") {
        try writer.write(renderer.renderNotFound(in: language, atRoot: false), to: "\(language.code)/404.html")
    }
    if !keptExtras.contains("404.html") {
        try writer.write(renderer.renderNotFound(in: site.config.defaultLanguage, atRoot: true), to: "404.html")
    }
    if !keptExtras.contains("index.html") {
        try writer.write(renderer.renderRedirect(), to: "index.html")
    }
    for (path, xml) in listings?.value ?? [] {
        try writer.write(xml, to: path)
    }
    let paths = site.pages.map(\.outputPath)
    return RenderedPages(
        digests: Dictionary(keepingFirst: indices.map { (paths[$0], (rendered[$0].view, bodies[$0])) }),
        extras: Set(extraPages),
        warnings: Dictionary(keepingFirst: indices.compactMap { rendered[$0].warnings.isEmpty ? nil : (paths[$0], rendered[$0].warnings) }),
        frame: frame, rendered: rendered.filter(\.isRendered).count)
}

/// The pages that can be kept as the last build published them, with the digest of their view:
/// same frame, same Markdown, and no translation of theirs rendered again (the two pages' figures
/// are compared with each other). One whose file is found in neither the private copy nor the
/// published site as the last build left it is rendered all the same.
private func keptPages(of site: Site, bodies: [ContentDigest], frame: ContentDigest?, cache: BuildCache?) -> [ContentDigest?] {
    guard let cache, let frame else { return Array(repeating: nil, count: site.pages.count) }
    let views = ParallelMap.map(Array(site.pages.indices)) { index in
        cache.publishedPage(site.pages[index].outputPath, renderedIn: frame, from: bodies[index])
    }
    func isChanged(_ index: Int) -> Bool { views.indices.contains(index) && views[index] == nil }
    var kept = views
    for (index, page) in site.pages.enumerated() {
        if isChanged(index) {
            for translation in page.translations.values where kept.indices.contains(translation) { kept[translation] = nil }
        } else if page.translations.values.contains(where: isChanged) {
            kept[index] = nil
        }
    }
    return kept
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

import Foundation

/// The findings `revue check` adds to those of a build, each from the whole
/// site at once.
enum SiteChecks {
    /// What a check needs of one rendered page.
    struct RenderedPage: Sendable {
        let trace: BodyTrace
        let figures: PageFigures
        /// The ids of its HTML, theme included.
        let ids: Set<String>
    }

    /// Links to `page.md#heading` or `#heading` whose heading does not exist, in any language.
    static func brokenAnchors(in site: Site, pages: [RenderedPage]) -> [Diagnostic] {
        let resolver = LinkResolver(site: site)
        var findings: [Diagnostic] = []
        for (index, page) in site.pages.enumerated() where index < pages.count {
            for link in pages[index].trace.links {
                guard let target = resolver.anchorTarget(of: link.address, from: page, index: index), !target.fragment.isEmpty,
                      target.page < pages.count, !pages[target.page].ids.contains(target.fragment) else { continue }
                let place: Message = target.page == index ? "this page" : "\(site.pages[target.page].document.file)"
                let hint: Message = NearestName.suggestion(for: target.fragment, among: pages[target.page].ids).map { " (did you mean '#\($0)'?)" } ?? ""
                findings.append(.error("the link '\(link.address)' leads to '#\(target.fragment)', which is no heading of \(place)\(hint)",
                                       in: page.document.file, line: link.line, code: "broken-anchor"))
            }
        }
        return findings
    }

    /// Tables of `content/data/` that no page refers to, in its text, its summary or a directive.
    static func unusedTables(in site: Site, data: DataSet, traces: [BodyTrace]) -> [Diagnostic] {
        var used: Set<String> = []
        for (index, trace) in traces.enumerated() where index < site.pages.count {
            let seen = data.scoped(to: issueNumber(of: site.pages[index], in: site))
            for name in tableNames(in: trace) {
                used.insert(seen.resolvedName(name))
            }
        }
        for page in site.pages {
            guard let summary = page.frontMatter.summary, DataReferences.hasOpening(summary) else { continue }
            var unclosed = false
            for case .reference(let reference) in DataReferences.segments(of: summary, unclosed: &unclosed) {
                used.insert(tableName(of: reference))
            }
        }
        return data.tables.values.filter { !used.contains($0.name) }.sorted { $0.name < $1.name }.map { table in
            .warning("no page uses the table '\(table.name)': refer to it with {{\(table.name).ROW.COLUMN}} or a directive, or remove it",
                     in: table.file, code: "unused-table")
        }
    }

    /// Figures a page of one issue shows from the tables of another issue (`{{2/budget.total.montant}}`
    /// on a page of N°3): each issue's figures are its own, a reader takes them for that issue's.
    static func otherIssueFigures(in site: Site, traces: [BodyTrace]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, trace) in traces.enumerated() where index < site.pages.count {
            let page = site.pages[index]
            let own = issueNumber(of: page, in: site)
            for name in Set(tableNames(in: trace)).sorted() {
                guard let slash = name.firstIndex(of: "/") else { continue }
                let issue = String(name[..<slash])
                guard issue != own else { continue }
                let line = page.document.body.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.contains(name) }.map { $0 + page.document.bodyFirstLine }
                let here: Message = own.map { "a page of issue \($0)" } ?? "a page outside the issues"
                findings.append(.warning("'\(name)' is a table of issue \(issue), shown on \(here): a reader takes its figures for this page's own; use this issue's tables, or say which issue the figure is from",
                                         in: page.document.file, line: line, code: "other-issue-figure"))
            }
        }
        return findings
    }

    /// The number of the issue a page belongs to, in a series.
    private static func issueNumber(of page: Page, in site: Site) -> String? {
        page.issue.flatMap { site.pages[$0].frontMatter.number.map(String.init) }
    }

    /// The tables a page's text and directives named, as written.
    private static func tableNames(in trace: BodyTrace) -> [String] {
        trace.dataCalls.compactMap { call in
            switch call {
            case .reference(let reference, _):
                return tableName(of: reference)
            case .directive(let directive):
                var ignored: [Diagnostic] = []
                guard let options = try? YAMLMapping.parse(directive.options, file: directive.file) else { return nil }
                return options.string("table", into: &ignored)
            }
        }
    }

    /// Section pages that list no page.
    static func emptySections(in site: Site) -> [Diagnostic] {
        site.pages.filter { $0.kind == .section && $0.children.isEmpty }.map { page in
            .warning("this section has no pages: add pages to its folder, or make it a page of its own",
                     in: page.document.file, code: "empty-section")
        }
    }

    /// Chapters of a language whose numbers do not run 1, 2, 3… without a gap.
    static func chapterGaps(in site: Site) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for chapters in site.chapters.values {
            let numbered = chapters.compactMap { index in site.pages[index].frontMatter.number.map { ($0, site.pages[index]) } }
                .sorted { $0.0 < $1.0 }
            var expected = 1
            for (number, page) in numbered where number != expected - 1 {
                if number > expected {
                    let missing: Message = number == expected + 1 ? "chapter \(expected) is missing" : "chapters \(expected) to \(number - 1) are missing"
                    findings.append(.warning("this is chapter \(number), but \(missing) in \(page.language.name)",
                                             in: page.document.file, line: page.frontMatter.lines["number"], code: "chapter-gap"))
                }
                expected = number + 1
            }
        }
        return findings
    }

    /// `budget-2023` for `budget-2023.total.montant:compact`.
    private static func tableName(of reference: String) -> String {
        String(reference.prefix { $0 != "." && $0 != ":" })
    }
}

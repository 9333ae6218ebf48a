import Foundation
import Testing
@testable import RevueCore

/// Rebuilds of `revue serve` on a copy of the example review: each edit must
/// give exactly the site a full build gives, while rendering only what the
/// edit can change.
@Suite struct IncrementalBuildTests {
    /// A copy of the repository's example in a temporary folder, built once in memory.
    final class Example {
        let root: URL
        let incremental: IncrementalBuild

        init() throws {
            root = try TestSite.copyOfTheExample(named: "revue-incremental")
            incremental = IncrementalBuild(project: root)
            reportedWarnings = try incremental.rebuild(after: .everything).warnings
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Replaces `old` with `new` in a file of the project and rebuilds, naming that file as changed.
        @discardableResult
        func edit(_ path: String, replacing old: String, with new: String) throws -> RebuildReport {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) no longer holds '\(old)'")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
            return try save(path)
        }

        /// Rebuilds after saving `path`, as an editor saves it: a temporary file beside it is named too.
        @discardableResult
        func save(_ path: String) throws -> RebuildReport {
            let url = URL(fileURLWithPath: path)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp").relativePath
            let report = try incremental.rebuild(after: .paths([path, temporary]))
            reportedWarnings = report.warnings
            return report
        }

        /// The warnings of the last successful rebuild.
        private(set) var reportedWarnings: [Diagnostic] = []

        /// Asserts that the site in memory is, file for file, what a full build writes.
        func expectSameAsFullBuild(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let output = TestSite.scratchOutput(named: "revue-full")
            defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
            var options = BuildOptions(project: root, output: output)
            options.useCache = false
            let full = try build(options)
            #expect(reportedWarnings.map(\.description) == full.warnings.map(\.description), sourceLocation: sourceLocation)
            var written: Set<String> = []
            let base = output.standardizedFileURL.path + "/"
            let enumerator = FileManager.default.enumerator(atPath: base)
            while let path = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: base + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                written.insert(path)
                let bytes = FileManager.default.contents(atPath: base + path)
                #expect(incremental.files[path] == bytes, "\(path) differs from the full build", sourceLocation: sourceLocation)
            }
            #expect(Set(incremental.files.keys) == written, sourceLocation: sourceLocation)
        }

        func page(_ path: String) -> String {
            incremental.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    @Test func editingAParagraphRendersThatPageAlone() throws {
        let example = try Example()
        let report = try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        #expect(report.bodiesRendered == 1)
        #expect(report.pagesRendered == 1)
        #expect(Array(report.changedFiles.keys) == ["fr/chapitres/budget/index.html"])
        #expect(example.page("fr/chapitres/budget/index.html").contains("Un budget en très nette hausse"))
        try example.expectSameAsFullBuild()
    }

    @Test func editsOfTheTextAloneReportWhatAFullBuildReports() throws {
        let example = try Example()
        let chapter = "content/fr/chapitres/budget.md"
        // A warning comes with the edit, and goes with the next one.
        var report = try example.edit(chapter, replacing: "Un budget en nette hausse", with: "Un budget en nette hausse ![](https://example.org/carte.png)")
        #expect(report.bodiesRendered == 1)
        #expect(report.warnings.contains { $0.file == chapter && $0.message.english.contains("no alternative text") })
        try example.expectSameAsFullBuild()
        report = try example.edit(chapter, replacing: " ![](https://example.org/carte.png)", with: "")
        #expect(!report.warnings.contains { $0.file == chapter })
        try example.expectSameAsFullBuild()
        // An error keeps the last good site, and the fix gives the full build's.
        let published = example.incremental.files
        #expect(throws: DiagnosticError.self) {
            try example.edit(chapter, replacing: "Un budget en nette hausse", with: "Un budget en [nette](nulle-part.md) hausse")
        }
        #expect(example.incremental.files == published)
        // While the mistake is there, an edit elsewhere still fails on it.
        #expect(throws: DiagnosticError.self) {
            try example.edit("content/ar/chapitres/budget.md", replacing: "ميزانية في ارتفاع ملموس", with: "ميزانية في ارتفاع")
        }
        #expect(example.incremental.files == published)
        report = try example.edit(chapter, replacing: "Un budget en [nette](nulle-part.md) hausse", with: "Un budget en hausse")
        #expect(report.changedFiles.keys.sorted() == ["ar/chapitres/budget/index.html", "fr/chapitres/budget/index.html"])
        try example.expectSameAsFullBuild()
        report = try example.edit(chapter, replacing: "Un budget en hausse", with: "Un budget en nette hausse")
        #expect(Array(report.changedFiles.keys) == ["fr/chapitres/budget/index.html"])
        try example.expectSameAsFullBuild()
        // A save that changes no byte of the page changes no file.
        report = try example.save(chapter)
        #expect(report.changedFiles.isEmpty)
    }

    @Test func editingATitleRendersThePagesThatShowIt() throws {
        let example = try Example()
        let report = try example.edit("content/fr/chapitres/budget.md", replacing: "title: Renforcement du budget du MSPS",
                                      with: "title: Le budget du MSPS renforcé")
        // Its Markdown is unchanged. The chapter shows its title, the Sommaire and
        // the home page list it, chapters 6 and 8 link to it as next and previous.
        #expect(report.bodiesRendered == 0)
        #expect(report.pagesRendered == 5)
        #expect(report.pagesRendered < report.pages)
        #expect(example.page("fr/chapitres/index.html").contains("Le budget du MSPS renforcé"))
        #expect(example.page("fr/chapitres/medicaments/index.html").contains("Le budget du MSPS renforcé"))
        try example.expectSameAsFullBuild()
    }

    @Test func editingATableRendersThePagesThatReadItInBothLanguages() throws {
        let example = try Example()
        let report = try example.edit("content/data/budget-2023.csv", replacing: "8000000000,16", with: "8000000000,17")
        #expect(report.bodiesRendered > 0)
        #expect(report.bodiesRendered < report.pages)
        #expect(report.changedFiles.keys.contains("fr/chapitres/budget/index.html"))
        #expect(report.changedFiles.keys.contains("ar/chapitres/budget/index.html"))
        #expect(example.page("fr/chapitres/budget/index.html").contains("+17"))
        try example.expectSameAsFullBuild()
    }

    @Test func editingATemplatePassesEveryPageThroughItWithoutRenderingMarkdown() throws {
        let example = try Example()
        let report = try example.edit("templates/layout.mustache", replacing: "</main>", with: "</main>\n<p>Édition d'essai</p>")
        #expect(report.bodiesRendered == 0)
        #expect(report.pagesRendered == report.pages)
        #expect(example.page("ar/chapitres/budget/index.html").contains("Édition d'essai"))
        try example.expectSameAsFullBuild()
    }

    @Test func aThemeEditCanLeaveItsPagesToBeRenderedAsTheyAreAskedFor() throws {
        let example = try Example()
        let path = "templates/layout.mustache"
        let url = example.root.appendingPathComponent(path)
        let before = example.page("ar/chapitres/budget/index.html")
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "</main>", with: "</main>\n<p>Édition d'essai</p>")
            .write(to: url, atomically: true, encoding: .utf8)
        let report = try example.incremental.rebuild(after: .paths([path]), deferringPages: true)
        let deferred = try #require(report.deferred)
        #expect(report.pagesRendered == 0)
        #expect(report.changedFiles.keys.contains("fr/404.html"), "the files that are no pages are made at once")
        #expect(!report.changedFiles.keys.contains("ar/chapitres/budget/index.html"))
        #expect(example.page("ar/chapitres/budget/index.html") == before, "the site's bytes wait for the pages to be finished")
        let asked = try #require(deferred.page("ar/chapitres/budget/index.html"))
        #expect(String(decoding: asked, as: UTF8.self).contains("Édition d'essai"))
        #expect(deferred.page("assets/revue.css") == nil)

        let rest = try #require(example.incremental.finishDeferredPages())
        #expect(rest.pagesRendered == rest.pages)
        #expect(rest.bodiesRendered == 0)
        #expect(rest.changedFiles["ar/chapitres/budget/index.html"] == asked, "the page asked for is the one finished")
        #expect(example.incremental.finishDeferredPages() == nil)
        // The next save of a page's text takes the short way again, through the new theme.
        let next = try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        #expect(next.pagesRendered == 1)
        #expect(example.page("fr/chapitres/budget/index.html").contains("Édition d'essai"))
        try example.expectSameAsFullBuild()
    }

    @Test func aThemeStringEditLeavesItsPagesTooAndMakesTheFeedsAgain() throws {
        let example = try Example()
        let path = "templates/strings.yml"
        let url = example.root.appendingPathComponent(path)
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "feed_title: Activités et campagnes", with: "feed_title: Activités et campagnes du ministère")
            .write(to: url, atomically: true, encoding: .utf8)
        let report = try example.incremental.rebuild(after: .paths([path]), deferringPages: true)
        #expect(report.deferred != nil)
        #expect(String(decoding: report.changedFiles["fr/feed.xml"] ?? Data(), as: UTF8.self).contains("Activités et campagnes du ministère"))
        _ = try #require(example.incremental.finishDeferredPages())
        try example.expectSameAsFullBuild()
    }

    @Test func pagesLeftByAThemeEditAreLeftForTheNextOneOrFinishedBeforeAnyOtherEdit() throws {
        let example = try Example()
        let path = "templates/layout.mustache"
        let url = example.root.appendingPathComponent(path)
        let layout = try String(contentsOf: url, encoding: .utf8)
        try layout.replacingOccurrences(of: "</main>", with: "</main>\n<p>Premier essai</p>").write(to: url, atomically: true, encoding: .utf8)
        #expect(try example.incremental.rebuild(after: .paths([path]), deferringPages: true).deferred != nil)
        try layout.replacingOccurrences(of: "</main>", with: "</main>\n<p>Second essai</p>").write(to: url, atomically: true, encoding: .utf8)
        let second = try example.incremental.rebuild(after: .paths([path]), deferringPages: true)
        let page = try #require(second.deferred?.page("fr/chapitres/budget/index.html"))
        #expect(String(decoding: page, as: UTF8.self).contains("Second essai"))
        // A text edit finishes them first, and its report carries them.
        let next = try example.edit("content/ar/chapitres/budget.md", replacing: "ميزانية في ارتفاع ملموس", with: "ميزانية في ارتفاع")
        #expect(next.deferred == nil)
        #expect(next.changedFiles.count > 60)
        #expect(example.page("fr/activites/index.html").contains("Second essai"))
        #expect(!example.page("fr/activites/index.html").contains("Premier essai"))
        try example.expectSameAsFullBuild()
    }

    @Test func editingASharedPartShowsOnEveryPageOfTheLanguage() throws {
        let example = try Example()
        let report = try example.edit("templates/footer.mustache", replacing: "</footer>", with: "<p>Pied d'essai</p></footer>")
        #expect(report.bodiesRendered == 0)
        #expect(report.changedFiles.count > 60)
        #expect(example.page("ar/chapitres/budget/index.html").contains("Pied d'essai"))
        #expect(example.page("fr/404.html").contains("Pied d'essai"))
        try example.expectSameAsFullBuild()
    }

    @Test func addingAndRemovingPagesGivesTheSiteAFullBuildGives() throws {
        let example = try Example()
        let added = "content/fr/activites/journee-essai.md"
        try "---\ntitle: Journée d'essai\ndate: 2023-05-10\n---\nUne journée.\n"
            .write(to: example.root.appendingPathComponent(added), atomically: true, encoding: .utf8)
        let report = try example.save(added)
        #expect(report.changedFiles.keys.contains("fr/activites/journee-essai/index.html"))
        #expect(example.page("fr/activites/index.html").contains("Journée d&#39;essai") || example.page("fr/activites/index.html").contains("Journée d’essai"))
        try example.expectSameAsFullBuild()

        try FileManager.default.removeItem(at: example.root.appendingPathComponent(added))
        let removal = try example.save(added)
        #expect(removal.removedFiles == ["fr/activites/journee-essai/index.html"])
        try example.expectSameAsFullBuild()
    }

    @Test func aFailedRebuildKeepsTheLastGoodSiteUntilFixed() throws {
        let example = try Example()
        let before = example.incremental.files
        let path = "content/fr/chapitres/budget.md"
        let url = example.root.appendingPathComponent(path)
        let good = try String(contentsOf: url, encoding: .utf8)
        try good.replacingOccurrences(of: "number: 7", with: "number: [7").write(to: url, atomically: true, encoding: .utf8)
        #expect {
            try example.incremental.rebuild(after: .paths([path]))
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.contains { $0.file == path && $0.line != nil && $0.severity == .error }
        }
        #expect(example.incremental.files == before)

        try good.write(to: url, atomically: true, encoding: .utf8)
        let report = try example.incremental.rebuild(after: .paths([path]))
        #expect(report.changedFiles.isEmpty)
        try example.expectSameAsFullBuild()
    }
}

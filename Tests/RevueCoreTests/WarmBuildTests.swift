import Foundation
import Testing
@testable import RevueCore

/// `revue build` over a `site/` already there: it writes only the files whose
/// bytes changed, removes what is gone, and gives, after every kind of edit,
/// exactly the site a build into an empty folder gives.
@Suite struct WarmBuildTests {
    /// A copy of the example review, built twice into its own `site/` (the second time after
    /// a save that changed no byte) so that the private copy beside it exists, as it does
    /// after any two builds that had something to do.
    final class Example {
        let root: URL
        var site: URL { root.appendingPathComponent("site") }

        init() throws {
            root = try TestSite.copyOfTheExample(named: "revue-warm")
            let first = try build()
            try edit("content/fr/chapitres/budget.md", replacing: "", with: "")
            #expect(try build().filesWritten == first.filesWritten, "the first build with something to do copies the site into the private copy")
            #expect(try build().stages.map(\.stage) == ["nothing changed"])
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func build() throws -> BuildReport {
            try RevueCore.build(BuildOptions(project: root))
        }

        func edit(_ path: String, replacing old: String, with new: String) throws {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(old.isEmpty || text.contains(old), "\(path) no longer holds '\(old)'")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }

        /// Asserts that `site/` is, file for file and byte for byte, what a build into an empty folder writes.
        func expectSameAsColdBuild(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let cold = TestSite.scratchOutput(named: "revue-cold")
            defer { try? FileManager.default.removeItem(at: cold.deletingLastPathComponent()) }
            var options = BuildOptions(project: root, output: cold)
            options.useCache = false
            try RevueCore.build(options)
            let warmFiles = try WarmBuildTests.tree(site), coldFiles = try WarmBuildTests.tree(cold)
            #expect(warmFiles.keys.sorted() == coldFiles.keys.sorted(), sourceLocation: sourceLocation)
            for (path, bytes) in coldFiles where warmFiles[path] != bytes {
                Issue.record("\(path) differs from a cold build", sourceLocation: sourceLocation)
            }
        }
    }

    /// Every file below `folder` with its bytes, by path; folders, empty ones included, with no bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data() : FileManager.default.contents(atPath: base + path)
        }
        return files
    }

    @Test func aBuildThatFindsEveryInputAsItWasRendersNothing() throws {
        let example = try Example()
        let report = try example.build()
        #expect(report.stages.map(\.stage) == ["nothing changed"])
        #expect(report.pagesPerLanguage.map(\.pages) == [31, 31])
        try example.expectSameAsColdBuild()
    }

    @Test func aPublishedPageChangedByHandIsRenderedAgain() throws {
        let example = try Example()
        let page = example.site.appendingPathComponent("fr/chapitres/budget/index.html")
        let original = try Data(contentsOf: page)
        try Data("not the page".utf8).write(to: page)
        let report = try example.build()
        #expect(report.stages.map(\.stage) != ["nothing changed"])
        #expect(try Data(contentsOf: page) == original)
        try example.expectSameAsColdBuild()
    }

    @Test func aPageChangedByHandWhileThePrivateCopyIsBehindIsRenderedAgain() throws {
        let example = try Example()
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        try example.build()
        // The private copy still holds the page as it was before the edit; the published one is spoilt.
        let page = example.site.appendingPathComponent("fr/chapitres/budget/index.html")
        let original = try Data(contentsOf: page)
        try Data("not the page".utf8).write(to: page)
        let report = try example.build()
        #expect(report.pagesRendered == 1)
        #expect(try Data(contentsOf: page) == original)
        try example.expectSameAsColdBuild()
    }

    @Test func aDamagedCacheIsIgnoredWithAWarningAndWrittenAnew() throws {
        let example = try Example()
        let cache = example.root.appendingPathComponent(".revue-cache/build")
        let text = try String(contentsOf: cache, encoding: .utf8)
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        for damage in [String(text.prefix(text.count / 2)), text.replacingOccurrences(of: ":", with: "x"), "garbage\n", ""] {
            try damage.write(to: cache, atomically: true, encoding: .utf8)
            var options = BuildOptions(project: example.root)
            options.strict = true
            let report = try RevueCore.build(options)
            #expect(report.warnings.map(\.file) == [".revue-cache/build"])
            #expect(report.warnings.first?.message.english.contains("building without it") == true)
            try example.expectSameAsColdBuild()
            #expect(try example.build().warnings.isEmpty)
        }
    }

    @Test func damagedRecordsOfThePagesCostAReadingNeverAWrongPage() throws {
        let example = try Example()
        let records = example.root.appendingPathComponent(".revue-cache/sources")
        let text = try String(contentsOf: records, encoding: .utf8)
        #expect(text.contains("content/fr/chapitres/budget.md\t"))
        let warned = [String(text.prefix(text.count / 2)), "garbage\n"]
        // Damage inside the records: a key no front matter has; a title that is not the file's, on a record
        // whose stamp is no longer the file's (the stamp is what tells a record still holds).
        let silent = [text.replacingOccurrences(of: "\ttitle=", with: "\ttitel="),
                      text.replacingOccurrences(of: "title=Renforcement de l'accès", with: "title=Un autre accès")
                          .replacingOccurrences(of: "content/fr/chapitres/medicaments.md\t", with: "content/fr/chapitres/medicaments.md\t1")]
        #expect(silent.allSatisfy { $0 != text })
        for (index, damage) in (warned + silent).enumerated() {
            try damage.write(to: records, atomically: true, encoding: .utf8)
            try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en", with: "Un budget \(index) en")
            let report = try example.build()
            #expect(report.warnings.map(\.file) == (index < warned.count ? [".revue-cache/sources"] : []), "damage \(index)")
            TestSite.expectSaidInFrench(report.warnings)
            try example.expectSameAsColdBuild()
            #expect(try String(contentsOf: records, encoding: .utf8).hasPrefix("revue source records 1\n"), "written anew")
            try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget \(index) en", with: "Un budget en")
        }
    }

    @Test func withoutTheCacheNothingIsReadOrWritten() throws {
        let example = try Example()
        let cache = example.root.appendingPathComponent(".revue-cache/build")
        try "garbage".write(to: cache, atomically: true, encoding: .utf8)
        var options = BuildOptions(project: example.root)
        options.useCache = false
        let report = try RevueCore.build(options)
        #expect(report.warnings.isEmpty)
        #expect(try String(contentsOf: cache, encoding: .utf8) == "garbage")
    }

    @Test func aBuildWithNothingChangedWritesNothing() throws {
        let example = try Example()
        let report = try example.build()
        #expect(report.filesWritten == 0)
        #expect(report.filesUnchanged > 60)
        #expect(report.summary.english.contains("0 of \(report.filesUnchanged) files written"))
        try example.expectSameAsColdBuild()
    }

    @Test func aParagraphEditWritesThatPageAlone() throws {
        let example = try Example()
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        let report = try example.build()
        #expect(report.filesWritten == 1)
        try example.expectSameAsColdBuild()
        #expect(try example.build().filesWritten == 0)
        // The private copy is one build behind: the next edit brings it the first page too.
        try example.edit("content/ar/chapitres/budget.md", replacing: "ميزانية في ارتفاع ملموس", with: "ميزانية في ارتفاع")
        #expect(try example.build().filesWritten == 2)
        try example.expectSameAsColdBuild()
        // A save that changes no page: only the Arabic page, still behind in the copy, is written.
        try example.edit("content/fr/chapitres/medicaments.md", replacing: "title:", with: "title: ")
        #expect(try example.build().filesWritten == 1)
        try example.expectSameAsColdBuild()
    }

    @Test func aParagraphEditRendersThatPageAndItsTranslationAloneAndAnyOtherEditEveryPage() throws {
        let example = try Example()
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        // Its translation is rendered with it, so that the figures of the two are compared.
        #expect(try example.build().pagesRendered == 2)
        try example.expectSameAsColdBuild()
        try example.edit("content/fr/chapitres/budget.md", replacing: "title: Renforcement du budget du MSPS", with: "title: Le budget du MSPS renforcé")
        #expect(try example.build().pagesRendered == 62, "a title shows on other pages")
        try example.expectSameAsColdBuild()
        try example.edit("content/data/budget-2023.csv", replacing: "8000000000,16", with: "8000000000,17")
        #expect(try example.build().pagesRendered == 62, "a table")
        try example.expectSameAsColdBuild()
    }

    @Test func theWarningsOfAPageKeptAsItWasAreSaidAgain() throws {
        let example = try Example()
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en nette hausse ![](https://example.org/budget.png)")
        let first = try example.build()
        #expect(first.warnings.map(\.code) == ["missing-alt"])
        #expect(first.warnings.first?.file == "content/fr/chapitres/budget.md")
        try example.edit("content/fr/chapitres/medicaments.md", replacing: "## 1. Assurer", with: "## 1. Assurer bien")
        let second = try example.build()
        #expect(second.pagesRendered == 2)
        #expect(second.warnings == first.warnings)
        var strict = BuildOptions(project: example.root)
        strict.strict = true
        try example.edit("content/fr/chapitres/medicaments.md", replacing: "## 1. Assurer bien", with: "## 1. Assurer")
        #expect(throws: DiagnosticError.self) { try RevueCore.build(strict) }
    }

    @Test func aCacheOfAnotherVersionIsLeftWithoutAWord() throws {
        let example = try Example()
        let cache = example.root.appendingPathComponent(".revue-cache/build")
        try "revue build cache 1\nrun old\n".write(to: cache, atomically: true, encoding: .utf8)
        try example.edit("content/fr/chapitres/budget.md", replacing: "Un budget en nette hausse", with: "Un budget en très nette hausse")
        let report = try example.build()
        #expect(report.warnings.isEmpty)
        #expect(report.pagesRendered == 62)
        try example.expectSameAsColdBuild()
    }

    @Test func aTitleATableAndATemplateEditGiveTheColdSite() throws {
        let example = try Example()
        try example.edit("content/fr/chapitres/budget.md", replacing: "title: Renforcement du budget du MSPS", with: "title: Le budget du MSPS renforcé")
        try example.build()
        try example.expectSameAsColdBuild()
        try example.edit("content/data/budget-2023.csv", replacing: "8000000000,16", with: "8000000000,17")
        try example.build()
        try example.expectSameAsColdBuild()
        try example.edit("templates/layout.mustache", replacing: "</main>", with: "</main>\n<p>Édition d'essai</p>")
        try example.build()
        try example.expectSameAsColdBuild()
    }

    @Test func pagesAddedThenRemovedLeaveNothingBehind() throws {
        let example = try Example()
        let added = example.root.appendingPathComponent("content/fr/activites/journee-essai.md")
        try "---\ntitle: Journée d'essai\ndate: 2023-05-10\n---\nUne journée.\n".write(to: added, atomically: true, encoding: .utf8)
        try example.build()
        #expect(FileManager.default.fileExists(atPath: example.site.appendingPathComponent("fr/activites/journee-essai/index.html").path))
        try example.expectSameAsColdBuild()
        try FileManager.default.removeItem(at: added)
        try example.build()
        try example.build()
        #expect(!FileManager.default.fileExists(atPath: example.site.appendingPathComponent("fr/activites/journee-essai").path))
        try example.expectSameAsColdBuild()
    }

    @Test func aBrokenThenFixedEditKeepsTheSiteThenGivesTheColdOne() throws {
        let example = try Example()
        let published = try Self.tree(example.site)
        try example.edit("content/fr/chapitres/budget.md", replacing: "number: 7", with: "number: [7")
        #expect(throws: DiagnosticError.self) { try example.build() }
        #expect(try Self.tree(example.site) == published)
        try example.edit("content/fr/chapitres/budget.md", replacing: "number: [7", with: "number: 7")
        try example.build()
        try example.expectSameAsColdBuild()
    }

    @Test func aFileWhereAFolderGoesAndLeftoversOfAKilledBuildAreMended() throws {
        let example = try Example()
        // What a killed build may leave in the private copy: a half-written page, a temporary file, a stray folder.
        let staging = example.root.appendingPathComponent(".site.staging")
        try Data("<html>moitié".utf8).write(to: staging.appendingPathComponent("fr/chapitres/budget/index.html"))
        try Data("x".utf8).write(to: staging.appendingPathComponent("fr/chapitres/budget/.index.html.revue-new"))
        try FileManager.default.removeItem(at: staging.appendingPathComponent("ar/chapitres/medicaments"))
        try Data("a file where a folder goes".utf8).write(to: staging.appendingPathComponent("ar/chapitres/medicaments"))
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("fr/vide/plus-vide"), withIntermediateDirectories: true)
        try example.build()
        try example.expectSameAsColdBuild()
        try example.build()
        try example.expectSameAsColdBuild()
    }

    @Test func aSecondBuildOfTheSameSiteAtOnceIsRefused() throws {
        let example = try Example()
        let writer = try OutputWriter(destination: example.site, displayName: "site")
        #expect {
            try example.build()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.english.contains("another revue build is writing this site now") == true
        }
        writer.discard()
        try example.build()
    }
}

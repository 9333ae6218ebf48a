import Foundation
import Testing
@testable import RevueCore

/// `revue build --pdf`: each language's print edition in the site, linked from its cover with
/// its size and page count; without Chromium, one warning and no link. Chromium itself is
/// played by a script that writes a known PDF, so that the link's words can be checked exactly
/// (the browser suite prints the example with the real one).
@Suite struct SiteEditionTests {
    /// A PDF of three pages in two levels of page tree, as Chromium's are built: 1 024 bytes.
    static let threePages: Data = {
        var text = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 >>\nendobj\n"
            + "4 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj\n%%EOF\n"
        text += String(repeating: "%", count: 1_023 - text.utf8.count) + "\n"
        return Data(text.utf8)
    }()

    @Test func thePageCountIsTheRootOfThePageTree() {
        #expect(PDFFacts(of: Self.threePages) == PDFFacts(bytes: 1_024, pages: 3))
        #expect(PDFFacts(of: Data("%PDF-1.4\n%%EOF\n".utf8)).pages == nil)
        #expect(PDFFacts(of: Data("<< /Type /Pages /Count".utf8)).pages == nil, "a count cut short is no count")
    }

    @Test func eachLanguageEditionIsInTheSiteAndItsCoverSaysWhatItIs() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        let programs = try Self.standInChromium(printing: Self.threePages, in: site)
        var options = BuildOptions(project: site.root)
        options.pdf = true
        options.programPath = programs.path
        let report = try build(options)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.stages.map(\.stage).contains("print editions"))
        #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent("fr/revue-2-fr.pdf").path) == Self.threePages)
        #expect(site.exists("ar/revue-2-ar.pdf"))
        #expect(try site.html("fr/index.html").contains(
            #"<p class="cover-edition"><a href="../fr/revue-2-fr.pdf" type="application/pdf" download>Télécharger la revue (PDF, 3 pages, 1 Ko)</a></p>"#))
        #expect(try site.html("ar/index.html").contains(">تحميل المجلة (PDF، 3 صفحات، 1 كيلوبايت)</a>"))
        // What was printed from is not published.
        #expect(!site.exists("print-fr.html") && !site.exists("measure-fr.pdf") && !site.exists(".revue-print-fr.pdf"))

        #expect(try build(options).filesWritten == 0, "built again with nothing changed, nothing is printed or written")
        options.pdf = false
        try build(options)
        #expect(!site.exists("fr/revue-2-fr.pdf"))
        #expect(!(try site.html("fr/index.html")).contains("cover-edition"), "without --pdf, no cover links to an edition")
    }

    @Test func inASeriesEachIssueHasItsEditionAndTheHomeLinksToTheLatest() throws {
        let site = try TestSite(files: SeriesTests.twoIssues, config: SeriesTests.config)
        defer { site.remove() }
        var options = BuildOptions(project: site.root)
        options.pdf = true
        options.programPath = try Self.standInChromium(printing: Self.threePages, in: site).path
        try build(options)
        for path in ["fr/revue-2-fr.pdf", "fr/revue-3-fr.pdf", "ar/revue-2-ar.pdf", "ar/revue-3-ar.pdf"] {
            #expect(site.exists(path), "\(path)")
        }
        #expect(try site.html("fr/numeros/2/index.html").contains(#"href="../../../fr/revue-2-fr.pdf""#))
        #expect(try site.html("ar/numeros/3/index.html").contains(#"href="../../../ar/revue-3-ar.pdf""#))
        #expect(try site.html("fr/index.html").contains(#"href="../fr/revue-3-fr.pdf""#), "the home links to the latest issue's edition")
    }

    @Test func withoutChromiumTheBuildSaysSoOnceAndLeavesTheLinkOut() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        var options = BuildOptions(project: site.root)
        options.pdf = true
        options.programPath = site.root.appendingPathComponent("no-programs").path
        let report = try build(options)
        #expect(report.warnings.map(\.code) == ["pdf"])
        #expect(report.warnings.first?.message.english.contains("Chromium") == true)
        TestSite.expectSaidInFrench(report.warnings)
        #expect(!site.exists("fr/revue-2-fr.pdf"))
        #expect(!(try site.html("fr/index.html")).contains("cover-edition"))
    }

    /// A folder holding a `chromium` that writes `pdf` where `--print-to-pdf=` asks.
    static func standInChromium(printing pdf: Data, in site: TestSite) throws -> URL {
        let folder = site.root.appendingPathComponent("programs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = folder.appendingPathComponent("sample.pdf")
        try pdf.write(to: sample)
        let script = folder.appendingPathComponent("chromium")
        try """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) cp '\(sample.path)' "${argument#--print-to-pdf=}" ;; esac
            done

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return folder
    }
}

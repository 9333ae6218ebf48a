import Foundation
import Testing
@testable import RevueCore

/// The repository's own example, the Revue N°2, built as `make site` builds it.
@Suite struct ExampleTests {
    /// Builds the example once into a temporary folder, leaving the repository's `site/` alone.
    static let built: Result<(output: URL, report: BuildReport), DiagnosticError> = {
        let output = TestSite.scratchOutput(named: "revue-example")
        var options = BuildOptions(project: TestSite.repositoryRoot, output: output)
        options.strict = true
        return Result { () throws(DiagnosticError) in (output, try build(options)) }
    }()

    private func page(_ path: String) throws -> String {
        let (output, _) = try Self.built.get()
        return try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theExampleBuildsWithoutAnyWarningInBothLanguages() throws {
        let (_, report) = try Self.built.get()
        #expect(report.warnings.isEmpty)
        let counts = Dictionary(uniqueKeysWithValues: report.pagesPerLanguage.map { ($0.language.code, $0.pages) })
        #expect(counts["fr"] == counts["ar"])
        #expect((counts["fr"] ?? 0) >= 30)
    }

    @Test func checkFindsNothingWrongOrMissingInTheExample() {
        let findings = check(BuildOptions(project: TestSite.repositoryRoot))
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test func theSommaireListsTheNineChaptersInBothLanguages() throws {
        for language in ["fr", "ar"] {
            let home = try page("\(language)/index.html")
            for number in 1...9 {
                #expect(home.contains(#"<span class="chapter-number">\#(number)</span>"#), "chapter \(number) in \(language)")
            }
        }
    }

    @Test func theBudgetFigureIsTheSameInBothLanguages() throws {
        let figure = "28\u{202F}130\u{202F}252\u{202F}000"
        #expect(try page("fr/chapitres/budget/index.html").contains(figure))
        #expect(try page("ar/chapitres/budget/index.html").contains(figure))
    }

    @Test func theBudgetChapterDrawsItsBreakdownFromTheDataInBothLanguages() throws {
        let french = try page("fr/chapitres/budget/index.html")
        let arabic = try page("ar/chapitres/budget/index.html")
        for html in [french, arabic] {
            #expect(html.contains(#"<figure class="chart chart-donut">"#))
            #expect(html.contains(#"role="img""#))
        }
        #expect(french.contains("13,455\u{00A0}Md\u{00A0}DH"))
        #expect(arabic.contains("<bdi>13,455\u{00A0}مليار\u{00A0}درهم</bdi>"))
    }

    @Test func noReferenceIsLeftUnresolvedOnAnyPage() throws {
        let (output, _) = try Self.built.get()
        let files = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(files.count > 60)
        for file in files {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains("{{"), "\(file) shows a reference as written")
        }
    }

    @Test func arabicPagesAreRightToLeftWithMoroccanMonths() throws {
        let message = try page("ar/message-royal/index.html")
        #expect(message.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(message.contains(#"<time datetime="2022-11-16">16 نونبر 2022</time>"#))
        #expect(try page("fr/message-royal/index.html").contains(#"<time datetime="2022-11-16">16 novembre 2022</time>"#))
    }

    @Test func everyFrenchPageHasItsArabicTranslationLinked() throws {
        let (output, _) = try Self.built.get()
        let french = output.appendingPathComponent("fr")
        let pages = FileManager.default.enumerator(atPath: french.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix("index.html") } ?? []
        #expect(pages.count >= 30)
        for path in pages {
            let html = try String(contentsOf: french.appendingPathComponent(path), encoding: .utf8)
            #expect(html.contains(#"hreflang="ar" lang="ar" dir="rtl">العربية</a></li>"#), "\(path) links its translation")
        }
    }
}

import Foundation
import Testing
@testable import RevueCore

/// A review published as a series: each issue a folder of its own with its number, period,
/// chapters and tables; the activities site-wide; the home on the latest issue; an archive.
@Suite struct SeriesTests {
    static let config = """
        title: { fr: Revue du Ministère, ar: مجلة الوزارة }
        base_url: https://example.org/revue/
        default_language: fr
        languages:
          - { code: fr, name: Français, locale: fr-MA, direction: ltr }
          - { code: ar, name: العربية, locale: ar-MA, direction: rtl }

        """

    static func issue(_ number: Int, period: String, total: Int) -> [String: String] {
        let schema = "title: { fr: Budget, ar: الميزانية }\nkey: poste\ncolumns:\n  - { name: poste, type: text }\n  - { name: montant, type: money, label: { fr: Montant, ar: المبلغ } }\n"
        return [
            "content/fr/numeros/\(number)/_index.md": "---\ntitle: Réalisations phares \(period)\nkind: issue\nnumber: \(number)\nperiod: \(period)\nsummary: Le numéro \(number).\n---\nCe numéro couvre \(period).\n",
            "content/ar/numeros/\(number)/_index.md": "---\ntitle: أبرز المنجزات \(period)\nkind: issue\nnumber: \(number)\nperiod: \(period)\n---\nيغطي هذا العدد \(period).\n",
            "content/fr/numeros/\(number)/editorial.md": "---\ntitle: Éditorial\nkind: editorial\nauthor: Le Ministre\n---\nLe mot du ministre pour le numéro \(number).\n",
            "content/ar/numeros/\(number)/editorial.md": "---\ntitle: الافتتاحية\nkind: editorial\nauthor: الوزير\n---\nكلمة الوزير للعدد \(number).\n",
            "content/fr/numeros/\(number)/chapitres/_index.md": "---\ntitle: Sommaire\npages: chapter\n---\n",
            "content/ar/numeros/\(number)/chapitres/_index.md": "---\ntitle: الفهرس\npages: chapter\n---\n",
            "content/fr/numeros/\(number)/chapitres/budget.md": "---\ntitle: Le budget\nnumber: 1\n---\nLe budget atteint {{budget.total.montant}}.\n",
            "content/ar/numeros/\(number)/chapitres/budget.md": "---\ntitle: الميزانية\nnumber: 1\n---\nبلغت الميزانية {{budget.total.montant}}.\n",
            "content/data/\(number)/budget.schema.yml": schema,
            "content/data/\(number)/budget.csv": "poste,montant\ntotal,\(total)\n",
        ]
    }

    static let twoIssues: [String: String] = [
        "content/fr/numeros/_index.md": "---\ntitle: Les numéros\n---\nTous les numéros de la revue.\n",
        "content/ar/numeros/_index.md": "---\ntitle: الأعداد\n---\nجميع أعداد المجلة.\n",
        "content/fr/activites/_index.md": "---\ntitle: Activités\npages: activity\n---\n",
        "content/ar/activites/_index.md": "---\ntitle: الأنشطة\npages: activity\n---\n",
        "content/fr/activites/atelier.md": "---\ntitle: Atelier\ndate: 2024-03-11\n---\nUn atelier.\n",
        "content/ar/activites/atelier.md": "---\ntitle: ورشة\ndate: 2024-03-11\n---\nورشة.\n",
    ].merging(issue(2, period: "2022/2023", total: 28_130_252_000)) { $1 }.merging(issue(3, period: "2023/2024", total: 30_700_000_000)) { $1 }

    @Test func eachIssueHasItsOwnAddressesChaptersAndTables() throws {
        let site = try TestSite(files: Self.twoIssues, config: Self.config)
        defer { site.remove() }
        try site.build(strict: true)
        let second = try site.html("fr/numeros/2/chapitres/budget/index.html")
        let third = try site.html("fr/numeros/3/chapitres/budget/index.html")
        #expect(second.contains("28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH"), "issue 2 reads its own table")
        #expect(third.contains("30,7\u{00A0}milliards") || third.contains("30\u{202F}700\u{202F}000\u{202F}000"), "issue 3 reads its own table")
        #expect(!third.contains("28\u{202F}130"))
        // Both issues have a chapter 1, which is no duplicate: chapters are numbered within their issue.
    }

    @Test func linksBetweenIssuesAreRelativePathsCheckedLikeAnyOther() throws {
        let link = "---\ntitle: Le budget\nnumber: 1\n---\nVoir [le budget de 2023](../../2/chapitres/budget.md) et {{budget.total.montant}}.\n"
        let site = try TestSite(files: Self.twoIssues.merging(["content/fr/numeros/3/chapitres/budget.md": link]) { $1 }, config: Self.config)
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("fr/numeros/3/chapitres/budget/index.html").contains(#"<a href="../../../../../fr/numeros/2/chapitres/budget/">le budget de 2023</a>"#))
        try site.write("content/fr/numeros/3/chapitres/budget.md", link.replacingOccurrences(of: "../../2/", with: "../../5/"))
        #expect(site.failingBuild().contains { $0.code == "broken-link" && $0.file == "content/fr/numeros/3/chapitres/budget.md" && $0.line == 5 })
    }

    @Test func theHomeShowsTheLatestIssueAndTheArchiveListsThemAll() throws {
        let site = try TestSite(files: Self.twoIssues, config: Self.config)
        defer { site.remove() }
        try site.build(strict: true)
        let home = try site.html("fr/index.html")
        #expect(home.contains(#"<span class="cover-number">3</span>"#), "\(home)")
        #expect(home.contains(#"href="../fr/numeros/3/chapitres/budget/""#), "the home's Sommaire is the latest issue's")
        #expect(!home.contains("numeros/2/chapitres/budget/\""))
        for (language, archive) in [("fr", "fr/numeros/index.html"), ("ar", "ar/numeros/index.html")] {
            let html = try site.html(archive)
            #expect(html.contains("2022/2023") && html.contains("2023/2024"), "\(language)")
            #expect(html.contains("href=\"../../\(language)/numeros/2/chapitres/budget/\"") && html.contains("href=\"../../\(language)/numeros/3/chapitres/budget/\""),
                    "\(language): each issue's chapters")
        }
        // An issue's own page is its cover and its Sommaire.
        let cover = try site.html("ar/numeros/2/index.html")
        #expect(cover.contains(#"<span class="cover-number">2</span>"#) && cover.contains(#"href="../../../ar/numeros/2/chapitres/budget/""#))
    }

    @Test func addingAnIssueChangesNoAddressOfTheOthers() throws {
        let site = try TestSite(files: Self.twoIssues, config: Self.config)
        defer { site.remove() }
        try site.build(strict: true)
        let before = Set(try site.writtenFiles().keys)
        let created = try IssueScaffold(project: site.root, number: 4).create()
        #expect(created.contains("content/fr/numeros/4/_index.md") && created.contains("content/ar/numeros/4/chapitres/budget.md"))
        #expect(created.contains("content/data/4/budget.schema.yml") && created.contains("content/data/4/budget.csv"))
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/data/4/budget.csv"), encoding: .utf8) == "poste,montant\n",
                "the schema's columns, no rows")
        let chapter = try String(contentsOf: site.root.appendingPathComponent("content/fr/numeros/4/chapitres/budget.md"), encoding: .utf8)
        #expect(chapter.contains("number: 1") && chapter.contains("write N° 4's"), "\(chapter)")
        let report = try site.build()
        let after = Set(try site.writtenFiles().keys)
        #expect(before.isSubset(of: after), "addresses that changed: \(before.subtracting(after).sorted())")
        #expect(after.contains(site.output.appendingPathComponent("fr/numeros/4/chapitres/budget/index.html").path))
        #expect(report.warnings.contains { $0.code == "empty-page" && $0.file == "content/fr/numeros/4/chapitres/budget.md" })
        #expect(try site.html("fr/index.html").contains(#"<span class="cover-number">4</span>"#))
        #expect {
            try IssueScaffold(project: site.root, number: 3).create()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.english.contains("issue 3 exists already") == true
        }
    }

    @Test func aFigureFromAnotherIssuesTableIsPointedAt() throws {
        let site = try TestSite(files: Self.twoIssues.merging([
            "content/fr/numeros/3/chapitres/budget.md": "---\ntitle: Le budget\nnumber: 1\n---\nLe budget atteint {{budget.total.montant}}.\n\nEn 2023 : {{2/budget.total.montant}}.\n",
        ]) { $1 }, config: Self.config)
        defer { site.remove() }
        let finding = site.check().first { $0.code == "other-issue-figure" }
        #expect(finding?.file == "content/fr/numeros/3/chapitres/budget.md" && finding?.line == 7, "\(site.check().map(\.description))")
        #expect(finding?.message.english.contains("'2/budget' is a table of issue 2, shown on a page of issue 3") == true)
    }

    @Test func thePrintEditionIsOfOneIssue() throws {
        let site = try TestSite(files: Self.twoIssues, config: Self.config)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("print-site")
        let latest = try PrintEdition(options: BuildOptions(project: site.root, output: output)).write(languages: ["fr"])
        #expect(latest.first?.pdfName == "revue-3-fr.pdf")
        let second = try PrintEdition(options: BuildOptions(project: site.root, output: output), issue: 2).write(languages: ["fr"])
        #expect(second.first?.pdfName == "revue-2-fr.pdf")
        let html = try String(contentsOf: try #require(second.first).html, encoding: .utf8)
        #expect(html.contains("Le mot du ministre pour le numéro 2.") && !html.contains("numéro 3."))
        #expect(html.contains("28\u{202F}130\u{202F}252\u{202F}000"))
        #expect(throws: DiagnosticError.self) {
            try PrintEdition(options: BuildOptions(project: site.root, output: output), issue: 9).write(languages: ["fr"])
        }
    }
}

import Foundation
import Testing
@testable import RevueCore

/// Each language's typography, chosen in `revue.yml` or by the locale: applied to the text
/// revue generates, and pointed at by `revue check` in the Arabic an editor writes.
@Suite struct TypographyTests {
    @Test(arguments: [
        ("المعدات ; الأدوية", "المعدات؛ الأدوية"),
        ("الصحة, والحماية الاجتماعية", "الصحة، والحماية الاجتماعية"),
        ("هل تحافظ على صحتك ?", "هل تحافظ على صحتك؟"),
        ("الشعار : بالمحافظة", "الشعار: بالمحافظة"),
        ("4,45 مهني صحة", "4,45 مهني صحة"),
        ("Rabat, Fès ; 10 : 30", "Rabat, Fès ; 10 : 30"),
    ])
    func generatedArabicTextTakesArabicSigns(_ written: String, _ expected: String) {
        #expect(Typography.arabic.apply(written) == expected)
    }

    @Test(arguments: [
        ("la loi-cadre n° 06.22", "la loi-cadre n°\u{00A0}06.22"),
        ("la loi n°89 et la Revue N°2", "la loi n°\u{00A0}89 et la Revue N°\u{00A0}2"),
        ("un taux de 20° et le n°", "un taux de 20° et le n°"),
    ])
    func frenchHoldsNumeroToItsNumber(_ written: String, _ expected: String) {
        #expect(Typography.french.apply(written) == expected)
    }

    @Test func aDayOfEveryYearIsShownWithoutAYear() throws {
        let site = try TestSite(files: [
            "content/data/jours.yml": """
                schema:
                  key: cle
                  columns:
                    - { name: cle, type: text }
                    - { name: titre, type: localized, label: { fr: Titre, ar: العنوان } }
                    - { name: dates, type: date_range, label: { fr: Jour, ar: اليوم } }
                rows:
                  - { cle: rage, titre: { fr: Rage, ar: السعار }, dates: "--09-28" }
                  - { cle: semaine, titre: { fr: Vaccination, ar: التلقيح }, dates: 2023-04-24/2023-04-28 }

                """,
            "content/fr/page.md": "---\ntitle: Page\ndate: 2022-09-28\nyearly: true\n---\n```{list}\ntable: jours\ntemplate: calendar\nsort: dates\n```\n",
            "content/ar/page.md": "---\ntitle: صفحة\ndate: 2022-09-28\nyearly: true\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/page/index.html")
        #expect(french.contains(#"<time datetime="09-28">28 septembre</time>"#), "\(french)")
        #expect(!french.contains("28 septembre 2022"))
        #expect(try site.html("ar/page/index.html").contains(#"<time datetime="09-28">28 شتنبر</time>"#))
        // Dated rows first, then the days of every year.
        let dated = french.range(of: ">Vaccination<")?.lowerBound, yearly = french.range(of: ">Rage<")?.lowerBound
        #expect(dated.flatMap { dated in yearly.map { dated < $0 } } == true, "\(french)")
        #expect(!(try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)).contains("2022-09-28"))
    }

    @Test func theRuleIsTheLanguagesAndComesFromTheLocaleOrRevueYML() throws {
        #expect(Typography(locale: "fr-MA") == .french && Typography(locale: "ar-MA") == .arabic && Typography(locale: "zgh-MA") == .plain)
        let config = TestSite.config.replacingOccurrences(of: "locale: fr-MA, direction: ltr }", with: "locale: fr-MA, direction: ltr, typography: plain }")
        let site = try TestSite(files: [
            "content/fr/page.md": "---\ntitle: Page\n---\nLe budget : en hausse.\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\nالميزانية: في ارتفاع.\n",
        ], config: config)
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("fr/page/index.html").contains("Le budget : en hausse."), "French spacing was asked off")
        let wrong = try TestSite(files: [:], config: TestSite.config.replacingOccurrences(of: "direction: rtl }", with: "direction: rtl, typography: arab }"))
        defer { wrong.remove() }
        #expect(wrong.failingBuild().contains { $0.file == "revue.yml" && $0.message.english.contains("'typography' must be one of french, arabic, plain") })
    }

    @Test func aTableCellInArabicIsPunctuatedInArabic() throws {
        let site = try TestSite(files: [
            "content/data/postes.csv": "cle,libelle.fr,libelle.ar,montant\nmateriel,\"Matériel ; dépenses\",\"المعدات ; النفقات\",12\n",
            "content/data/postes.schema.yml": "title: { fr: Postes, ar: البنود }\nkey: cle\ncolumns:\n  - { name: cle, type: text }\n  - { name: libelle, type: localized, label: { fr: Poste, ar: البند } }\n  - { name: montant, type: integer, label: { fr: Montant, ar: المبلغ } }\n",
            "content/fr/page.md": "---\ntitle: Page\n---\n```{table}\ntable: postes\n```\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\n```{table}\ntable: postes\n```\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("ar/page/index.html").contains("المعدات؛ النفقات"))
        #expect(try site.html("fr/page/index.html").contains("Matériel\u{202F}; dépenses"))
    }

    /// What an editor types in Arabic that the site would print with Latin signs or a split word.
    @Test(arguments: [
        ("الشعار : بالمحافظة على السلامة الغذائية", "arabic-punctuation", 7, "a space before ':'"),
        ("الصحة, والحماية الاجتماعية", "arabic-punctuation", 6, "write '،'"),
        ("ما هي الأولويات ?", "arabic-punctuation", 17, "write '؟'"),
        ("رسالة لـ**صاحب الجلالة** الملك", "tatweel-split", 8, "'لـ' ends with a tatweel"),
        ("ارتفعت **بـ**أزيد من مليون", "tatweel-split", 11, "write the prefix inside it"),
    ])
    func arabicProseIsCheckedWithTheFix(_ line: String, _ code: String, _ column: Int, _ advice: String) throws {
        let site = try TestSite(files: [
            "content/fr/page.md": "---\ntitle: Page\n---\nTexte.\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\n\(line)\n",
        ])
        defer { site.remove() }
        let findings = site.check().filter { $0.code == code }
        #expect(findings.count == 1, "\(site.check().map(\.description))")
        let finding = findings.first
        #expect(finding?.file == "content/ar/page.md" && finding?.line == 4 && finding?.column == column, "\(findings.map(\.description))")
        #expect(finding?.message.english.contains(advice) == true, "\(findings.map(\.description))")
        #expect(throws: DiagnosticError.self) { try site.build(strict: true) }
    }

    /// With a theme that gives no words for millions, a compact figure in running text keeps its
    /// chart form (« 22 M »): a warning at the reference says so.
    @Test func aCompactFigureInRunningTextWithoutWordsIsPointedAt() throws {
        let site = try TestSite(files: [
            "content/data/n.schema.yml": "key: id\ncolumns:\n  - { name: id, type: text }\n  - { name: n, type: count }\n",
            "content/data/n.csv": "id,n\nassures,22000000\n",
            "content/fr/page.md": "---\ntitle: Page\n---\nLa couverture atteint {{n.assures.n}} de bénéficiaires.\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\nبلغت التغطية {{n.assures.n}} مستفيد.\n",
        ])
        defer { site.remove() }
        #expect(site.check().filter { $0.code == "compact-in-prose" }.isEmpty, "the default theme says millions in words")
        let strings = try String(contentsOf: site.root.appendingPathComponent("templates/strings.yml"), encoding: .utf8)
        let withoutWords = strings.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("million_prose_") && !$0.contains("billion_prose_") }.joined(separator: "\n")
        try site.write("templates/strings.yml", withoutWords)
        let findings = site.check().filter { $0.code == "compact-in-prose" }
        let french = findings.first { $0.file == "content/fr/page.md" }
        #expect(french?.line == 4 && french?.column == 23, "\(findings.map(\.description))")
        #expect(findings.contains { $0.file == "content/ar/page.md" })
    }

    @Test func arabicWrittenAsItShouldBeHasNoFinding() throws {
        let site = try TestSite(files: [
            "content/fr/page.md": "---\ntitle: Page\n---\nLe slogan : « Ensemble ».\n",
            "content/ar/page.md": "---\ntitle: صفحة\n---\nالشعار: **لصاحب الجلالة**، والصحة؛ هل؟ 4,45 و10 : 30 وRabat, Fès.\n",
        ])
        defer { site.remove() }
        #expect(site.check().isEmpty, "\(site.check().map(\.description))")
    }
}

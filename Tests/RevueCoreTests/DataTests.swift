import Foundation
import Testing
@testable import RevueCore

/// Data tables: typed cells, formatting per language, references, directives, charts.
@Suite struct DataTests {
    static let budgetSchema = """
        title: { fr: Budget 2023, ar: ميزانية 2023 }
        key: poste
        total_row: total
        columns:
          - { name: poste, type: text }
          - { name: libelle, type: localized, label: { fr: Poste, ar: البند } }
          - { name: montant, type: money, label: { fr: Montant, ar: المبلغ } }
          - { name: part, type: percent, precision: 1, required: false }

        """

    static let budgetCSV = """
        poste,libelle.fr,libelle.ar,montant,part
        personnel,Dépenses de personnel,نفقات الموظفين,13455000000,47.8
        materiel,Matériel et dépenses diverses,المعدات والنفقات المختلفة,6675252000,23.7
        investissement,Investissement,الاستثمار,8000000000,28.5
        total,Total,المجموع,28130252000,

        """

    static let figures = """
        schema:
          key: id
          columns:
            - { name: id, type: text }
            - { name: libelle, type: localized }
            - { name: valeur, type: count, unit: { fr: bénéficiaires, ar: مستفيد } }
            - { name: taux, type: percent }
            - { name: objectif, type: percent, required: false }
            - { name: debut, type: date, required: false }
            - { name: periode, type: period, required: false }
        rows:
          - id: amo
            libelle: { fr: Assurés AMO, ar: المؤمنون }
            valeur: 9600000
            taux: 37
            objectif: 100
            debut: 2023-05-12
            periode: 2022/2023

        """

    func site(fr: String, ar: String, extra: [String: String] = [:]) throws -> TestSite {
        try TestSite(files: [
            "content/data/budget.schema.yml": Self.budgetSchema,
            "content/data/budget.csv": Self.budgetCSV,
            "content/data/chiffres.yml": Self.figures,
            "content/fr/budget.md": "---\ntitle: Budget\n---\n" + fr,
            "content/ar/budget.md": "---\ntitle: الميزانية\n---\n" + ar,
        ].merging(extra, uniquingKeysWith: { $1 }))
    }

    @Test func aTableSavedWithSemicolonsAsFrenchSpreadsheetsDoIsRead() throws {
        let semicolons = Self.budgetCSV.replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "Matériel et dépenses diverses", with: "\"Matériel; dépenses diverses\"")
        let site = try site(fr: "Total : {{budget.total.montant}}, matériel : {{budget.materiel.libelle}}.\n",
                            ar: "المجموع {{budget.total.montant}}، {{budget.materiel.libelle}}.\n",
                            extra: ["content/data/budget.csv": semicolons])
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH"))
        #expect(french.contains("Matériel\u{202F}; dépenses diverses"))
        // A field that holds more semicolons than the header has is pointed at as in a comma file.
        try site.write("content/data/budget.csv", semicolons.replacingOccurrences(of: "Investissement;", with: "Investissement;x;"))
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/data/budget.csv:4:") && $0.contains("quote a text holding a semicolon: \"…; …\"") })
    }

    @Test func unitsAgreeWithTheirNumberByEachLanguagesPluralRules() throws {
        let schema = """
            key: id
            columns:
              - { name: id, type: text }
              - name: lits
                type: integer
                unit:
                  fr: { one: lit, other: lits }
                  ar: { one: سرير, two: سريران, few: أسرة, many: سريرا, other: سرير }

            """
        let numbers = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 2400]
        let csv = "id,lits\n" + numbers.map { "n\($0),\($0)\n" }.joined()
        let references = numbers.map { "{{unites.n\($0).lits}}" }.joined(separator: " / ")
        let site = try site(fr: references + "\n", ar: references + "\n",
                            extra: ["content/data/unites.schema.yml": schema, "content/data/unites.csv": csv])
        defer { site.remove() }
        try site.build(strict: true)
        let isolated = { (text: String) in "<bdi>" + text.replacingOccurrences(of: " ", with: "\u{00A0}") + "</bdi>" }
        let arabic = ["0 سرير", "1 سرير", "2 سريران", "3 أسرة", "10 أسرة", "11 سريرا", "99 سريرا", "100 سرير", "102 سرير",
                      "103 أسرة", "111 سريرا", "2\u{202F}400 سرير"].map(isolated).joined(separator: " / ")
        #expect(try site.html("ar/budget/index.html").contains(arabic))
        let french = ["0 lit", "1 lit", "2 lits", "3 lits", "10 lits", "11 lits", "99 lits", "100 lits", "102 lits", "103 lits",
                      "111 lits", "2\u{202F}400 lits"].map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }.joined(separator: " / ")
        #expect(try site.html("fr/budget/index.html").contains(french))
        #expect(PluralCategory.of(1_000_000, language: "fr") == .many)
        #expect(PluralCategory.of(Decimal(string: "4.45") ?? 0, language: "ar") == .other)
    }

    @Test func unitFormsNeedOtherAndKnownCategories() throws {
        let schema = """
            key: id
            columns:
              - { name: id, type: text }
              - { name: lits, type: integer, unit: { fr: lits, ar: { one: سرير, plusieurs: أسرة } } }

            """
        let site = try site(fr: "Texte.\n", ar: "نص.\n",
                            extra: ["content/data/unites.schema.yml": schema, "content/data/unites.csv": "id,lits\na,1\n"])
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/data/unites.schema.yml:4:") && $0.contains("unknown plural category key 'plusieurs'") })
        #expect(messages.contains { $0.hasPrefix("content/data/unites.schema.yml:4:") && $0.contains("need 'other'") })
    }

    @Test func theFirstOfTheMonthIsPremierInFrench() {
        #expect(DayFormatter.ordinalFirst("1 octobre 2022") == "1er octobre 2022")
        #expect(DayFormatter.ordinalFirst("1–31 octobre 2022") == "1er–31 octobre 2022")
        #expect(DayFormatter.ordinalFirst("28 septembre – 1 octobre 2022") == "28 septembre – 1er octobre 2022")
        #expect(DayFormatter.ordinalFirst("11 octobre 2021") == "11 octobre 2021")
        #expect(DayFormatter.ordinalFirst("21 mai 2021") == "21 mai 2021")
        let french = Language(code: "fr", name: "Français", locale: "fr-MA", direction: .ltr)
        let arabic = Language(code: "ar", name: "العربية", locale: "ar-MA", direction: .rtl)
        let first = Day(iso: "2022-10-01")
        #expect(first.map { DayFormatter(language: french).string($0) } == "1er octobre 2022")
        #expect(first.map { DayFormatter(language: arabic).string($0) } == "1 أكتوبر 2022")
    }

    @Test func referencesAreFormattedInEachLanguage() throws {
        let site = try site(
            fr: "Total : {{budget.total.montant}}, soit {{budget.total.montant:compact}}. {{chiffres.amo.valeur}}, {{chiffres.amo.taux}}, le {{chiffres.amo.debut}} ({{chiffres.amo.periode}}).\n",
            ar: "المجموع {{budget.total.montant}}، أي {{budget.total.montant:compact}}. {{chiffres.amo.valeur}}، {{chiffres.amo.taux}}، في {{chiffres.amo.debut}}.\n")
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH"))
        // Running text writes compact amounts in words; key figures and charts keep « Md DH ».
        #expect(french.contains("28,13\u{00A0}milliards\u{00A0}de\u{00A0}dirhams"))
        #expect(french.contains("9,6\u{00A0}millions\u{00A0}de\u{00A0}bénéficiaires"))
        #expect(french.contains("37\u{202F}%"))
        #expect(french.contains("12 mai 2023"))
        #expect(french.contains("2022/2023"))
        let arabic = try site.html("ar/budget/index.html")
        #expect(arabic.contains("<bdi>28\u{202F}130\u{202F}252\u{202F}000\u{00A0}درهم</bdi>"))
        #expect(arabic.contains("<bdi>9,6\u{00A0}مليون\u{00A0}مستفيد</bdi>"))
        // Arabic running text says the percentage in words, as the Moroccan press writes it.
        #expect(arabic.contains("<bdi>37\u{00A0}في المائة</bdi>"))
        #expect(arabic.contains("<bdi>12 ماي 2023</bdi>"))
    }

    @Test func arabicCountsFromThreeToTenTakeThePluralWord() throws {
        let site = try site(fr: "{{budget.investissement.montant:compact}} et {{budget.total.montant:compact}}\n",
                            ar: "{{budget.investissement.montant:compact}} و{{budget.total.montant:compact}}\n")
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("fr/budget/index.html").contains("8\u{00A0}milliards\u{00A0}de\u{00A0}dirhams et 28,13\u{00A0}milliards\u{00A0}de\u{00A0}dirhams"))
        #expect(try site.html("ar/budget/index.html").contains("<bdi>8\u{00A0}ملايير\u{00A0}درهم</bdi> و<bdi>28,13\u{00A0}مليار\u{00A0}درهم</bdi>"))
    }

    @Test func millionsInRunningTextAreWordsThatAgree() throws {
        let schema = """
            key: id
            columns:
              - { name: id, type: text }
              - { name: n, type: count, unit: { fr: assurés, ar: مؤمن } }

            """
        let csv = "id,n\nun,1000000\ndeux,1999999\ncinq,5000000\nvingt,22000000\nvirgule,1800000\n"
        let references = ["un", "deux", "cinq", "vingt", "virgule"].map { "{{n.\($0).n}}" }.joined(separator: " / ")
        let site = try site(fr: references + "\n\nPlus de {{n.un.n}}.\n", ar: references + "\n\nأزيد من {{n.un.n}}.\n",
                            extra: ["content/data/n.schema.yml": schema, "content/data/n.csv": csv])
        defer { site.remove() }
        try site.build(strict: true)
        let space = "\u{00A0}"
        #expect(try site.html("fr/budget/index.html").contains(
            ["un million d’assurés", "2 millions d’assurés", "5 millions d’assurés", "22 millions d’assurés", "1,8 million d’assurés"]
                .map { $0.replacingOccurrences(of: " ", with: space) }.joined(separator: " / ")))
        #expect(try site.html("ar/budget/index.html").contains(
            ["مليون مؤمن", "مليونا مؤمن", "5 ملايين مؤمن", "22 مليون مؤمن", "1,8 مليون مؤمن"]
                .map { "<bdi>" + $0.replacingOccurrences(of: " ", with: space) + "</bdi>" }.joined(separator: " / ")))
        // Exactly one million: « plus d’un million », « أزيد من مليون ».
        #expect(try site.html("fr/budget/index.html").contains("Plus d’un\(space)million\(space)d’assurés."))
        #expect(try site.html("ar/budget/index.html").contains("أزيد من <bdi>مليون\(space)مؤمن</bdi>."))
    }

    @Test func cellsAreReadWithoutTheSpacesAndTabsAroundThem() throws {
        // A spreadsheet's no-break and thin spaces are spaces too; the spaces inside a text stay.
        #expect(try CellParser.parse("\u{00A0} 12\t", as: .integer).get() == .integer(12))
        #expect(try CellParser.parse("\u{202F}-7", as: .integer).get() == .integer(-7))
        #expect(try CellParser.parse("\t بند 0 \u{2009}", as: .text).get() == .text("بند 0"))
        #expect(try CellParser.parse(" \u{00A0}\t", as: .integer).get() == .empty)
        #expect(throws: CellParser.Problem.self) { try CellParser.parse("1\u{0301}2", as: .integer).get() }
        #expect(throws: CellParser.Problem.self) { try CellParser.parse("١٢", as: .integer).get() }
    }

    @Test func anAmountTooLargeForCentimesIsRefusedNotTrapped() {
        #expect(throws: Never.self) { _ = CellParser.parse("92233720368547758.99", as: .money) }
        guard case .failure(let problem) = CellParser.parse("92233720368547758.99", as: .money) else {
            Issue.record("an amount beyond Int64 centimes was accepted")
            return
        }
        #expect(problem.message.english == "the amount '92233720368547758.99' is too large")
    }

    @Test func aReferenceInCodeOrInAnAddressIsLeftAsWritten() throws {
        let site = try site(
            fr: "Écrire `{{budget.total.montant}}` donne {{budget.total.montant}}.\n\n```\n{{budget.total.montant}}\n```\n",
            ar: "{{budget.total.montant}}\n")
        defer { site.remove() }
        try site.build()
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("<code>{{budget.total.montant}}</code> donne 28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH"))
        #expect(french.contains("<pre><code>{{budget.total.montant}}\n</code></pre>"))
    }

    @Test func oneCellChangedShowsInBothLanguages() throws {
        let site = try site(fr: "{{budget.personnel.montant}}\n", ar: "{{budget.personnel.montant}}\n")
        defer { site.remove() }
        try site.write("content/data/budget.csv", Self.budgetCSV
            .replacingOccurrences(of: "13455000000", with: "13455000001")
            .replacingOccurrences(of: "28130252000", with: "28130252001"))
        try site.build()
        #expect(try site.html("fr/budget/index.html").contains("13\u{202F}455\u{202F}000\u{202F}001\u{00A0}DH"))
        #expect(try site.html("ar/budget/index.html").contains("13\u{202F}455\u{202F}000\u{202F}001\u{00A0}درهم"))
    }

    @Test func unknownNamesAreReportedWithTheNearestOne() throws {
        let site = try site(fr: "Un\n\n{{budjet.total.montant}} et {{budget.totl.montant}} et {{budget.total.montan}}\n", ar: "نص\n")
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains("content/fr/budget.md:6:1: error: unknown table 'budjet' (did you mean 'budget'?)"))
        #expect(messages.contains("content/fr/budget.md:6:29: error: the table 'budget' has no row 'totl' (did you mean 'total'?)"))
        #expect(messages.contains("content/fr/budget.md:6:56: error: the table 'budget' has no column 'montan' (did you mean 'montant'?)"))
        #expect(!site.exists("fr/index.html"))
    }

    @Test func aWrongCellFailsTheBuildWithFileLineAndColumnAndLeavesTheSiteAsItWas() throws {
        let site = try site(fr: "{{budget.total.montant}}\n", ar: "{{budget.total.montant}}\n")
        defer { site.remove() }
        try site.build()
        let before = try site.html("fr/budget/index.html")
        try site.write("content/data/budget.csv", Self.budgetCSV.replacingOccurrences(of: "6675252000", with: "6 675 252 000"))
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains("content/data/budget.csv:3:66: error: column 'montant' (money): expected an amount in dirhams with digits only, such as 28130252000 (or 12.50 with centimes), not '6 675 252 000' (write 6675252000)"))
        #expect(try site.html("fr/budget/index.html") == before)
    }

    @Test func everyTypeRefusesACellThatDoesNotFitIt() throws {
        let schema = """
            key: id
            columns:
              - { name: id, type: text }
              - { name: entier, type: integer, required: false }
              - { name: decimal, type: decimal, required: false }
              - { name: taux, type: percent, required: false }
              - { name: montant, type: money, required: false }
              - { name: nombre, type: count, required: false }
              - { name: jour, type: date, required: false }
              - { name: duree, type: date_range, required: false }
              - { name: periode, type: period, required: false }
              - { name: lien, type: url, required: false }
              - { name: statut, type: enum, values: [national, regional], required: false }
              - { name: actif, type: boolean, required: false }
              - { name: nom, type: localized }

            """
        let csv = """
            id,entier,decimal,taux,montant,nombre,jour,duree,periode,lien,statut,actif,nom.fr,nom.ar
            a,5 500,"4,45",19 %,"4,587 Md",9.6M,12/05/2023,2023-04-30/2023-04-24,2022-2023,www.sante.gov.ma,regionl,oui,,
            """
        let site = try TestSite(files: ["content/data/t.schema.yml": schema, "content/data/t.csv": csv])
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        let expected = [
            #"2:3: error: column 'entier' (integer): expected a whole number written with digits only, such as 5500, not '5 500' (write 5500)"#,
            #"2:9: error: column 'decimal' (decimal): expected a number with a decimal point, such as 4.45, not '4,45' (write 4.45)"#,
            #"2:16: error: column 'taux' (percent): expected a percentage written as a number, such as 19 or 4.5, not '19 %' (write 19)"#,
            #"2:21: error: column 'montant' (money): expected an amount in dirhams with digits only, such as 28130252000 (or 12.50 with centimes), not '4,587 Md' (write 4587000000)"#,
            #"2:32: error: column 'nombre' (count): expected a whole number written with digits only, such as 22000000, not '9.6M' (write 9600000)"#,
            #"2:37: error: column 'jour' (date): expected a date written YYYY-MM-DD, such as 2023-05-12, not '12/05/2023' (write 2023-05-12)"#,
            #"2:48: error: column 'duree' (date_range): the range '2023-04-30/2023-04-24' ends before it starts: write 2023-04-24/2023-04-30"#,
            #"2:70: error: column 'periode' (period): expected two years written YYYY/YYYY, such as 2022/2023, not '2022-2023' (write 2022/2023)"#,
            #"2:80: error: column 'lien' (url): expected an absolute address such as https://www.sante.gov.ma/, not 'www.sante.gov.ma' (write https://www.sante.gov.ma)"#,
            #"2:97: error: column 'statut' (enum): expected one of national, regional, not 'regionl' (did you mean 'regional'?)"#,
            #"2:105: error: column 'actif' (boolean): expected true or false, not 'oui' (write true)"#,
            #"2:109: error: column 'nom.fr' (localized) is empty: write a text, or declare the column 'required: false'"#,
            #"2:110: error: column 'nom.ar' (localized) is empty: write a text, or declare the column 'required: false'"#,
        ]
        #expect(messages == expected.map { "content/data/t.csv:" + $0 })
    }

    @Test func aDonutIsAnAccessibleSVGMirroredInArabic() throws {
        let chart = "```{chart}\ntype: donut\ntable: budget\nlabel: libelle\nvalue: montant\ntitle: %@\n```\n"
        let site = try site(fr: chart.replacingOccurrences(of: "%@", with: "Répartition du budget"),
                            ar: chart.replacingOccurrences(of: "%@", with: "توزيع الميزانية"))
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains(#"role="img" aria-labelledby="chart-4-title chart-4-desc" direction="ltr""#))
        #expect(french.contains(#"<title id="chart-4-title">Répartition du budget</title>"#))
        #expect(french.contains("<desc id=\"chart-4-desc\">Dépenses de personnel\u{00A0}: 13\u{202F}455\u{202F}000\u{202F}000\u{00A0}DH\u{202F}; Matériel"))
        // Arabic separates with its own punctuation, and puts no space before a colon.
        #expect(try site.html("ar/budget/index.html").contains("نفقات الموظفين: \u{2068}13\u{202F}455\u{202F}000\u{202F}000\u{00A0}درهم\u{2069}؛ المعدات"))
        #expect(french.contains(#"<div class="visually-hidden">"#))
        #expect(french.contains("<th scope=\"row\">Investissement</th><td class=\"numeric\">8\u{202F}000\u{202F}000\u{202F}000\u{00A0}DH</td>"))
        #expect(french.contains(#"<g transform="translate(120 120) rotate(-90)">"#))
        let arabic = try site.html("ar/budget/index.html")
        #expect(arabic.contains(#"direction="rtl""#))
        #expect(arabic.contains(#"<g transform="translate(120 120) scale(-1 1) rotate(-90)">"#))
        #expect(arabic.contains(#"<title id="chart-4-title">توزيع الميزانية</title>"#))
    }

    @Test func sharesThatDoNotMakeAHundredPercentAreRefused() throws {
        let chart = "```{chart}\ntype: donut\ntable: budget\nlabel: libelle\nvalue: part\n```\n"
        let site = try site(fr: chart, ar: chart)
        defer { site.remove() }
        try site.write("content/data/budget.csv", Self.budgetCSV.replacingOccurrences(of: ",28.5", with: ",27.5"))
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains("content/fr/budget.md:8:1: error: the shares of 'part' add up to 99 %, not 100 %: a donut shows the parts of a whole"))
    }

    @Test func aDeclaredTotalMustEqualTheSumOfTheRows() throws {
        let site = try site(fr: "Texte.\n", ar: "نص.\n")
        defer { site.remove() }
        try site.write("content/data/budget.csv", Self.budgetCSV.replacingOccurrences(of: "8000000000", with: "8000000001"))
        let messages = site.failingBuild().map(\.description)
        #expect(messages == ["content/data/budget.csv:5:21: error: the total of column 'montant' is declared as 28130252000, but the other rows add up to 28130252001 (a difference of -1)"])
    }

    @Test func aTableDirectiveShowsChosenColumnsAndAComputedTotal() throws {
        let table = "```{table}\ntable: budget\ncolumns: [libelle, montant]\ntotal: true\n```\n"
        let site = try site(fr: table, ar: table)
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("<caption>Budget 2023</caption>"))
        #expect(french.contains(#"<th scope="col">Poste</th><th scope="col" class="numeric">Montant</th>"#))
        #expect(french.contains("<th scope=\"row\">Total</th><td class=\"numeric\">28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH</td>"))
        let arabic = try site.html("ar/budget/index.html")
        #expect(arabic.contains("<th scope=\"row\">المجموع</th><td class=\"numeric\"><bdi>28\u{202F}130\u{202F}252\u{202F}000\u{00A0}درهم</bdi></td>"))
    }

    @Test func keyFiguresShowValueLabelAndProgress() throws {
        let figures = "```{figures}\ntable: chiffres\nvalue: valeur\nlabel: libelle\n```\n\n```{figures}\ntable: chiffres\nvalue: taux\nlabel: libelle\nobjective: objectif\n```\n"
        let site = try site(fr: figures, ar: figures)
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("<p class=\"key-figure-value\">9,6\u{00A0}M\u{00A0}bénéficiaires</p>"))
        #expect(french.contains("<p class=\"key-figure-label\">Assurés AMO</p>"))
        #expect(french.contains(#"<progress max="100" value="37">"#))
    }

    @Test func unknownDirectivesAndOptionsAreReported() throws {
        let site = try site(fr: "```{chrat}\ntable: budget\n```\n\n```{chart}\ntype: pie\ntabl: budget\n```\n", ar: "نص\n")
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains("content/fr/budget.md:4: error: unknown directive '{chrat}' (did you mean '{chart}'?); the directives are {figures}, {table}, {chart}, {list}"))
        #expect(messages.contains("content/fr/budget.md:10:1: error: unknown '{chart}' option key 'tabl' (did you mean 'table'?)"))
    }

    @Test func aFigureWrittenByHandWhileTheTranslationReferencesItIsRefused() throws {
        let site = try site(fr: "Le budget atteint 28 130 252 000 DH.\n", ar: "تبلغ الميزانية {{budget.total.montant}}.\n")
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages == ["content/fr/budget.md:4: error: '28 130 252 000' is written by hand here, while the العربية page takes it from {{budget.total.montant}}: write {{budget.total.montant}} here too, so that both languages show the same cell"])
    }

    @Test func anUnclosedReferenceIsReportedInProseAndInTheSummary() throws {
        let site = try TestSite(files: [
            "content/data/budget.schema.yml": Self.budgetSchema,
            "content/data/budget.csv": Self.budgetCSV,
            "content/fr/budget.md": "---\ntitle: Budget\nsummary: Un budget de {{budget.total.montant\n---\nTexte {{budget.total.montant fin.\n",
            "content/ar/budget.md": "---\ntitle: الميزانية\n---\nنص.\n",
        ])
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages.contains("content/fr/budget.md:3: error: a reference opened with '{{' is not closed with '}}'"))
        #expect(messages.contains("content/fr/budget.md:5:7: error: a reference opened with '{{' is not closed with '}}'"))
    }

    @Test func summariesTakeReferencesToo() throws {
        let site = try TestSite(files: [
            "content/data/budget.schema.yml": Self.budgetSchema,
            "content/data/budget.csv": Self.budgetCSV,
            "content/fr/budget.md": "---\ntitle: Budget\nsummary: Un budget de {{budget.total.montant:compact}}.\n---\nTexte.\n",
            "content/ar/budget.md": "---\ntitle: الميزانية\nsummary: ميزانية قدرها {{budget.total.montant:compact}}.\n---\nنص.\n",
        ])
        defer { site.remove() }
        try site.build(strict: true)
        #expect(try site.html("fr/budget/index.html").contains("<meta name=\"description\" content=\"Un budget de 28,13\u{00A0}milliards\u{00A0}de\u{00A0}dirhams.\">"))
        #expect(try site.html("ar/budget/index.html").contains("ميزانية قدرها \u{2068}28,13\u{00A0}مليار\u{00A0}درهم\u{2069}."))
    }

    @Test func aListDirectiveDrawsRowsThroughATemplateSortedByDate() throws {
        let schema = """
            key: id
            columns:
              - { name: id, type: text }
              - { name: titre, type: localized }
              - { name: dates, type: date_range }
              - { name: slogan, type: localized, required: false }

            """
        let csv = """
            id,titre.fr,titre.ar,dates,slogan.fr,slogan.ar
            rage,Journée mondiale de la rage,اليوم العالمي لداء السعار,2022-09-28/2022-09-28,,
            vaccination,Semaine nationale de vaccination,الأسبوع الوطني للتلقيح,2023-04-24/2023-04-30,Vacciner : protéger,التلقيح وقاية

            """
        let list = "```{list}\ntable: campagnes\ntemplate: calendar\nsort: dates\norder: desc\n```\n"
        let site = try site(fr: list, ar: list, extra: ["content/data/campagnes.schema.yml": schema, "content/data/campagnes.csv": csv])
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        let vaccination = try #require(french.range(of: "Semaine nationale de vaccination"))
        let rage = try #require(french.range(of: "Journée mondiale de la rage"))
        #expect(vaccination.lowerBound < rage.lowerBound)
        #expect(french.contains(#"<time datetime="2023-04-24">24–30 avril 2023</time>"#))
        #expect(french.contains("Vacciner\u{00A0}: protéger"))
        #expect(try site.html("ar/budget/index.html").contains(#"<time datetime="2023-04-24">24–30 أبريل 2023</time>"#))
    }
}

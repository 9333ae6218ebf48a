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

    @Test func referencesAreFormattedInEachLanguage() throws {
        let site = try site(
            fr: "Total : {{budget.total.montant}}, soit {{budget.total.montant:compact}}. {{chiffres.amo.valeur}}, {{chiffres.amo.taux}}, le {{chiffres.amo.debut}} ({{chiffres.amo.periode}}).\n",
            ar: "المجموع {{budget.total.montant}}، أي {{budget.total.montant:compact}}. {{chiffres.amo.valeur}}، {{chiffres.amo.taux}}، في {{chiffres.amo.debut}}.\n")
        defer { site.remove() }
        try site.build(strict: true)
        let french = try site.html("fr/budget/index.html")
        #expect(french.contains("28\u{202F}130\u{202F}252\u{202F}000\u{00A0}DH"))
        #expect(french.contains("28,13\u{00A0}Md\u{00A0}DH"))
        #expect(french.contains("9,6\u{00A0}M\u{00A0}bénéficiaires"))
        #expect(french.contains("37\u{202F}%"))
        #expect(french.contains("12 mai 2023"))
        #expect(french.contains("2022/2023"))
        let arabic = try site.html("ar/budget/index.html")
        #expect(arabic.contains("<bdi>28\u{202F}130\u{202F}252\u{202F}000\u{00A0}درهم</bdi>"))
        #expect(arabic.contains("<bdi>9,6\u{00A0}مليون\u{00A0}مستفيد</bdi>"))
        #expect(arabic.contains("<bdi>37\u{202F}%</bdi>"))
        #expect(arabic.contains("<bdi>12 ماي 2023</bdi>"))
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
        #expect(messages.contains("content/fr/budget.md:6: error: unknown table 'budjet' (did you mean 'budget'?)"))
        #expect(messages.contains("content/fr/budget.md:6: error: the table 'budget' has no row 'totl' (did you mean 'total'?)"))
        #expect(messages.contains("content/fr/budget.md:6: error: the table 'budget' has no column 'montan' (did you mean 'montant'?)"))
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
            a,5 500,"4,45",19 %,"4,587 Md",9.6M,12/05/2023,2023-04-30/2023-04-24,2022-2023,www.sante.gov.ma,regionl,oui,Nom,
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
            #"2:113: error: column 'nom.ar' (localized) is empty: write a text, or declare the column 'required: false'"#,
        ]
        #expect(messages == expected.map { "content/data/t.csv:" + $0 })
    }
}

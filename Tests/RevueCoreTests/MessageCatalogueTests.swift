import Foundation
import Testing
@testable import RevueCore

/// The catalogue of revue's sentences: messages written as interpolated English strings,
/// said in French from their entries, and the choice of language from the command line and
/// the environment.
@Suite struct MessageCatalogueTests {
    @Test func anInterpolatedMessageKeepsItsEnglishTextAsKeyAndItsValues() {
        let key = "titre"
        let message: Message = "the setting '\(key)' is required"
        #expect(message.key == "the setting '{1}' is required")
        #expect(message.values == [.text("titre")])
        #expect(message.english == "the setting 'titre' is required")
        #expect(message.said(in: .french) == "le réglage 'titre' est obligatoire")
    }

    @Test func aMessageInsideAnotherIsSaidInItsLanguage() {
        let hint = NearestName.hint(for: "titel", among: ["title", "summary"])
        let message: Message = "unknown \(Message("front matter")) key 'titel'\(hint)"
        #expect(message.english == "unknown front matter key 'titel' (did you mean 'title'?)")
        #expect(message.said(in: .french).contains("vouliez-vous dire 'title' ?"), "\(message.said(in: .french))")
        #expect(!message.said(in: .french).contains("did you mean"))
    }

    @Test func bracesThatAreNoPlaceStayAsWritten() {
        let table = "lits"
        let message: Message = "write {{\(table).ROW.COLUMN}} or {table}"
        #expect(message.key == "write {{{1}.ROW.COLUMN}} or {table}")
        #expect(message.english == "write {{lits.ROW.COLUMN}} or {table}")
        #expect(Message.verbatim("{1} {{x}}").said(in: .french) == "{1} {{x}}")
    }

    @Test func countsTakeTheSingularAsEachLanguageSays() {
        func files(_ count: Int) -> Message { .counting(count, one: "\(count) file changed", other: "\(count) files changed") }
        #expect(files(0).english == "0 files changed")
        #expect(files(0).said(in: .french) == "0 fichier modifié")
        #expect(files(1).said(in: .french) == "1 fichier modifié")
        #expect(files(2).said(in: .french) == "2 fichiers modifiés")
        #expect(DiagnosticPrinter.tally([.error("x", in: "a"), .warning("y", in: "a"), .warning("z", in: "a")]).said(in: .french)
                == "1 erreur, 2 avertissements")
    }

    /// Each French entry names the values of its key, each as often: none lost, none invented.
    @Test func everyEntryNamesTheSameValuesAsItsKey() {
        for (key, french) in FrenchMessages.entries {
            #expect(MessageCatalogue.places(in: key).sorted() == MessageCatalogue.places(in: french).sorted(), "\(key) → \(french)")
            #expect(!key.hasPrefix(" ") || french.hasPrefix(" "), "'\(french)' lacks the space its key starts with: it is inserted after other text")
        }
    }

    @Test func aKeyWithoutWordsNeedsNoEntry() {
        #expect(MessageCatalogue.missingKeys(of: "\(Message.verbatim("a")): \(Message.verbatim("b"))", in: .french).isEmpty)
        #expect(MessageCatalogue.missingKeys(of: "an unknown sentence", in: .french) == ["an unknown sentence"])
        #expect(Message("an unknown sentence").said(in: .french) == "an unknown sentence", "falls back to English")
    }

    @Test(arguments: [
        ([String](), ["LANG": "fr_MA.UTF-8"], MessageLanguage.french),
        ([], ["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .english),
        ([], ["LC_ALL": "fr", "LANG": "en_US.UTF-8"], .french),
        ([], ["LC_ALL": "", "LANG": "fr_BE"], .french),
        ([], ["LANG": "ar_MA.UTF-8"], .english),
        ([], [:], .english),
        (["revue", "build", "--messages", "fr"], ["LANG": "en_US.UTF-8"], .french),
        (["revue", "check", "--messages=en"], ["LANG": "fr_FR.UTF-8"], .english),
    ])
    func theLanguageComesFromTheOptionElseTheEnvironment(_ arguments: [String], _ environment: [String: String], _ expected: MessageLanguage) {
        #expect(MessageLanguage.chosen(arguments: arguments, environment: environment) == expected)
    }

    /// The battery of bad input, said in French: every finding is translated, not only present.
    @Test(arguments: BadInputTests.allCases)
    func theBadInputBatteryIsSaidInFrench(_ mistake: BadInputTests.Case) throws {
        let site = try TestSite(files: BadInputTests.project)
        defer { site.remove() }
        for (path, data) in mistake.files {
            if let data { try site.write(path, data) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        }
        let findings = site.failingBuild()
        let finding = findings.first { $0.file == mistake.file && $0.message.english.contains(mistake.message) }
        #expect(finding != nil)
        if let finding {
            let french = finding.message.said(in: .french)
            #expect(french != finding.message.english, "not translated: \(french)")
            #expect(MessageCatalogue.missingKeys(of: finding.message, in: .french).isEmpty, "\(french)")
        }
    }
}

import ArgumentParser
import Foundation
import RevueCore

/// `revue new`: starts a chapter, activity, campaign or page in every language.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Speech.text("Create a chapter, activity, campaign or page in every language, front matter filled in."),
        discussion: Speech.text("""
            A chapter goes into the section whose _index.md says 'pages: chapter', numbered after the \
            last chapter; an activity or a campaign into the section of its kind; a page at the top of \
            each language's folder. 'revue new translation content/fr/x.md --lang ar' creates the missing \
            translation of a page. Existing files are never overwritten.
            """)
    )

    /// What `revue new` creates: a page of one of these kinds, or the translation of one.
    enum What: String, CaseIterable, ExpressibleByArgument {
        case chapter, activity, campaign, page, translation, issue
    }

    @Argument(help: .said("What to create."))
    var kind: What

    @Argument(help: .said("The file name without .md, which makes the address: budget-2024 (a title such as \"Santé mentale 2\" is made sante-mentale-2); for a translation, the page to translate: content/fr/chapitres/budget.md."))
    var slug: String

    @Option(name: .long, help: .said("For a translation: the language code to translate into, such as ar."))
    var lang: String?

    @Option(name: .customLong("title"), help: .said("The title in one language, CODE=TEXT: --title ar=\"الصحة النفسية\" (once per language; the others take the slug).", valueName: "code=text"))
    var titles: [String] = []

    @Option(name: .long, help: .said("The date, YYYY-MM-DD (default: today; a chapter has none unless given)."))
    var date: String?

    @Option(name: .long, help: .said("The project folder, holding revue.yml."))
    var project: String = "."

    @OptionGroup var speech: MessagesOption

    func run() throws {
        if kind == .issue { return try createIssue() }
        guard let pageKind = PageScaffold.Kind(rawValue: kind.rawValue) else { return try createTranslation() }
        var day: Day?
        if let date {
            guard let parsed = Day(iso: date) else {
                let example: Message = Day(writtenByHand: date).map { "write \($0)" } ?? "such as 2024-05-12"
                throw ValidationError(Speech.text("'\(date)' is not a date written YYYY-MM-DD: \(example)"))
            }
            day = parsed
        } else if pageKind != .chapter {
            day = Self.today()
        }
        let scaffold = PageScaffold(project: URL(fileURLWithPath: project), kind: pageKind, slug: slug, titles: try titlesByLanguage(), date: day)
        do {
            for path in try scaffold.create() {
                Terminal.out("Created \(path)")
            }
        } catch {
            Terminal.error(Speech.findings(error.diagnostics, project: scaffold.project))
            throw ExitCode(1)
        }
    }

    private func createIssue() throws {
        guard let number = Int(slug), number > 0 else {
            throw ValidationError(Speech.text("name the issue by its number, such as revue new issue 3, not '\(slug)'"))
        }
        let scaffold = IssueScaffold(project: URL(fileURLWithPath: project), number: number)
        do {
            for path in try scaffold.create() {
                Terminal.out("Created \(path)")
            }
        } catch {
            Terminal.error(Speech.findings(error.diagnostics, project: scaffold.project))
            throw ExitCode(1)
        }
    }

    private func createTranslation() throws {
        guard let lang else { throw ValidationError(Speech.text("name the language of the translation with --lang, such as --lang ar")) }
        let scaffold = TranslationScaffold(project: URL(fileURLWithPath: project), source: slug, language: lang)
        do {
            Terminal.out("Created \(try scaffold.create())")
        } catch {
            Terminal.error(Speech.findings(error.diagnostics, project: scaffold.project))
            throw ExitCode(1)
        }
    }

    /// `--title fr="La santé mentale" --title ar="الصحة النفسية"` by language code.
    private func titlesByLanguage() throws -> [String: String] {
        var byLanguage: [String: String] = [:]
        for title in titles {
            guard let equals = title.firstIndex(of: "="), equals != title.startIndex else {
                throw ValidationError(Speech.text("write --title as CODE=TEXT, such as --title ar=\"الصحة النفسية\", not '\(title)'"))
            }
            let code = String(title[..<equals]).trimmingCharacters(in: .whitespaces)
            guard byLanguage[code] == nil else {
                throw ValidationError(Speech.text("the title in '\(code)' is given twice: give each language's title once"))
            }
            byLanguage[code] = String(title[title.index(after: equals)...])
        }
        return byLanguage
    }

    /// Today on this machine's calendar day.
    private static func today() -> Day? {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(iso: String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1))
    }
}


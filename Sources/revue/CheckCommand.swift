import ArgumentParser
import Foundation
import RevueCore

/// `revue check`: everything wrong or missing in the review, in every
/// language, without writing `site/`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Speech.text("Report what is wrong or missing in the review, without writing site/."),
        discussion: Speech.text("""
            Reports what a build reports (front matter, data tables, references, templates), and also \
            links to headings that do not exist, pages without a translation, tables no page uses, \
            sections without pages and gaps in the chapters' numbering. Exits with 1 when there is an \
            error (or a warning, with --strict), 0 otherwise.
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: .said("The project folder, holding revue.yml."))
    var project: String = "."

    @Flag(name: .long, help: .said("Fail on warnings too."))
    var strict = false

    @Flag(name: .long, help: .said("Check pages whose front matter says 'draft: true' too."))
    var drafts = false

    @Option(name: .long, help: .said("text for people, json for editors' tools (file, line, column, severity, code, message)."))
    var format: Format = .text

    @OptionGroup var speech: MessagesOption

    func run() throws {
        var options = BuildOptions(project: URL(fileURLWithPath: project))
        options.includeDrafts = drafts
        let findings = RevueCore.check(options)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        switch format {
        case .text:
            if !findings.isEmpty { Terminal.out(Speech.findings(findings, project: options.project)) }
            Terminal.out(findings.isEmpty ? "The review is ready: no error, no warning."
                                          : "Found \(DiagnosticPrinter.tally(findings)).")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = Report(errors: errors, warnings: warnings, findings: findings.map { DiagnosticText($0, in: Speech.language) })
            Terminal.out(.verbatim(String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self)))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    /// The JSON form of the findings.
    private struct Report: Encodable {
        let errors: Int
        let warnings: Int
        let findings: [DiagnosticText]
    }
}

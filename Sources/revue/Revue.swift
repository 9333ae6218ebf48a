import ArgumentParser
import RevueCore

/// The `revue` command: builds a ministry's bilingual review from Markdown and templates.
struct Revue: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "revue",
        abstract: Speech.text("Build a review in several languages from Markdown, typed data and templates."),
        version: version,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, PdfCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}

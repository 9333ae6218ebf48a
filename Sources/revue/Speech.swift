import ArgumentParser
import Foundation
import RevueCore

/// The language the commands speak in, chosen once when revue starts (by `--messages`,
/// else `LC_ALL`, `LC_MESSAGES`, `LANG`), before the commands and their help are read.
enum Speech {
    static let language = MessageLanguage.chosen(arguments: CommandLine.arguments,
                                                 environment: ProcessInfo.processInfo.environment)

    static func text(_ message: Message) -> String {
        message.said(in: language)
    }

    /// Findings as `DiagnosticPrinter` shows them, each with its line, in this language.
    static func findings(_ diagnostics: [Diagnostic], project: URL) -> Message {
        .verbatim(DiagnosticPrinter(project: project, language: language).format(diagnostics))
    }
}

extension ArgumentHelp {
    /// The help of an option or argument, in the language of `Speech`.
    static func said(_ message: Message, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(Speech.text(message), valueName: valueName)
    }
}

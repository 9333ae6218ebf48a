import ArgumentParser
import RevueCore

/// `--messages en|fr`, which every command takes. `Speech` reads it before the
/// commands are parsed; it is declared here so that the parser accepts it and `--help` shows it.
struct MessagesOption: ParsableArguments {
    @Option(name: .long, help: .said("The language of revue's messages: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "language"))
    var messages: MessageLanguage?
}

extension MessageLanguage: ExpressibleByArgument {}

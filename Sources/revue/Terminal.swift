import Foundation
import RevueCore

/// Where the commands write what a person reads, unbuffered, so that it shows
/// at once even when the output is not a terminal, in the language of `Speech`.
enum Terminal {
    static func out(_ message: Message) {
        FileHandle.standardOutput.write(Data((Speech.text(message) + "\n").utf8))
    }

    static func error(_ message: Message) {
        FileHandle.standardError.write(Data((Speech.text(message) + "\n").utf8))
    }

    /// A warning that has no place in a file: `warning: …`.
    static func warning(_ message: Message) {
        error("warning: \(message)")
    }
}

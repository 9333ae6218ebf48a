import Foundation

/// Formats findings for a terminal, each followed by the line it points at:
///
/// ```
/// content/fr/chapitres/budget.md:7:12: error: the link 'budjet.md' leads to a page that does not exist
///     7 | Voir [le budget](budjet.md).
///       |            ^
/// ```
public struct DiagnosticPrinter: Sendable {
    let project: URL
    let language: MessageLanguage

    public init(project: URL, language: MessageLanguage = .english) {
        self.project = project
        self.language = language
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        var lines: [String] = []
        var fileCache: [String: [Substring]] = [:]
        for diagnostic in diagnostics {
            lines.append(diagnostic.said(in: language))
            guard let lineNumber = diagnostic.line else { continue }
            if fileCache[diagnostic.file] == nil {
                let url = diagnostic.file.hasPrefix("/") ? URL(fileURLWithPath: diagnostic.file) : project.appendingPathComponent(diagnostic.file)
                let text = (try? SourceText.read(url, displayPath: diagnostic.file)) ?? ""
                fileCache[diagnostic.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let source = fileCache[diagnostic.file], lineNumber >= 1, lineNumber <= source.count else { continue }
            let gutter = String(lineNumber)
            let pad = String(repeating: " ", count: gutter.count)
            lines.append("    \(gutter) | \(source[lineNumber - 1])")
            if let column = diagnostic.column, column >= 1 {
                lines.append("    \(pad) | \(Self.caretIndent(before: column, in: source[lineNumber - 1]))^")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What goes before the caret so that it stands under character `column` of `line`
    /// as a terminal shows it: a tab where the line has one, nothing for a vowel mark or
    /// another mark that takes no room of its own, a space for every other character.
    static func caretIndent(before column: Int, in line: Substring) -> String {
        var indent = ""
        for scalar in line.unicodeScalars.prefix(column - 1) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: indent.append(scalar == "\t" ? "\t" : " ")
            }
        }
        return indent
    }

    /// "2 errors, 1 warning".
    public static func tally(_ diagnostics: [Diagnostic]) -> Message {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let parts: [Message] = [
            errors == 0 ? nil : Message.counting(errors, one: "\(errors) error", other: "\(errors) errors"),
            warnings == 0 ? nil : Message.warnings(warnings),
        ].compactMap { $0 }
        return Message.joined(parts, separator: ", ")
    }
}

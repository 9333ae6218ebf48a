/// One problem found in a project, with the place it was found.
///
/// Printed as `content/fr/chapitres/budget.md:7:12: error: unknown table 'budjet'`.
/// Stages never print: they return or throw diagnostics, and the command reports them.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a finding is; `--strict` treats warnings as errors.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// The file, relative to the project root where possible.
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column, when known, counted in characters (Unicode scalars) whatever
    /// the reader counted in: see `SourceColumns`.
    public var column: Int?
    public var severity: Severity
    /// What is wrong and, where it can be said, what to write instead.
    public var message: Message
    /// What kind of finding it is, for editors' tools: `broken-link`, `unused-table`;
    /// by default the part of the project it is in: `config`, `template`, `data`, `content`.
    public var code: String

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: Message, code: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.code = code ?? Self.code(of: file)
    }

    public static func error(_ message: Message, in file: String, line: Int? = nil, column: Int? = nil, code: String? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message, code: code)
    }

    public static func warning(_ message: Message, in file: String, line: Int? = nil, column: Int? = nil, code: String? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message, code: code)
    }

    /// The part of the project a file belongs to.
    private static func code(of file: String) -> String {
        if file == "revue.yml" { return "config" }
        if file.hasPrefix("templates") { return "template" }
        if file.hasPrefix("content/data") { return "data" }
        return "content"
    }

    /// `file:line:column: severity: message`, the form editors and their tools understand, in English.
    public var description: String { said(in: .english) }

    /// `file:line:column: severity: message` in `language`; the severity word stays
    /// `error` or `warning` in every language, as editors' tools read it.
    public func said(in language: MessageLanguage) -> String {
        "\(place): \(severity.rawValue): \(message.said(in: language))"
    }

    /// `file:line:column`, as much of it as is known.
    public var place: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return place
    }
}

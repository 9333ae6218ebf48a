/// A finding as editors' tools and the preview's panel read it, its message said in one
/// language: `{"file": …, "line": 7, "column": 12, "severity": "error", "code": …, "message": …}`.
public struct DiagnosticText: Sendable, Hashable, Encodable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let severity: Diagnostic.Severity
    public let code: String
    public let message: String

    public init(_ diagnostic: Diagnostic, in language: MessageLanguage) {
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity
        code = diagnostic.code
        message = diagnostic.message.said(in: language)
    }
}

import Mustache

/// How `{{…}}` escapes text in the theme's templates: the characters swift-mustache
/// escapes, looked for by bytes (`HTML.escape`), so that a text with none of them,
/// most of a page's texts, is handed back as it is instead of being rebuilt a
/// character at a time. Each template is compiled with this content type as its
/// first line; the line is standalone, so the output is the same, and the parser's
/// line numbers are one more than the file's.
struct TemplateEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }

    /// The content type's name in the pragma.
    private static let name = "REVUE_HTML"

    /// Registered once, before the first template that names it is compiled.
    private static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    /// The text swift-mustache compiles for a template file's text.
    static func compiledText(of text: String) -> String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name) }}\n" + text
    }

    /// The line of the template file for a line the parser reports in its compiled text.
    static func fileLine(ofCompiledLine line: Int) -> Int { max(1, line - 1) }
}

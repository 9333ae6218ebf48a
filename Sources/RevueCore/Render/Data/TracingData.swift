/// Stands between one page's Markdown and the data tables, and notes every
/// question the page asked with the answer it got, so that a later rebuild
/// can tell whether the page would come out the same without rendering it.
///
/// Used by one page's render on one thread, then read: never shared.
final class TracingData: MarkdownData, @unchecked Sendable {
    private let base: MarkdownData
    private(set) var calls: [BodyTrace.DataCall] = []

    init(_ base: MarkdownData) {
        self.base = base
    }

    func reference(_ reference: String) -> Result<ReferencedValue, LookupError> {
        let answer = base.reference(reference)
        calls.append(.reference(reference, answer))
        return answer
    }

    func directive(_ name: String, options: String, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic]) {
        let answer = base.directive(name, options: options, file: file, line: line)
        calls.append(.directive(BodyTrace.DirectiveCall(name: name, options: options, file: file, line: line,
                                                        html: answer.html, diagnostics: answer.diagnostics)))
        return answer
    }
}

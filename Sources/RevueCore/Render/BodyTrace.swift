/// What rendering one page's Markdown read from outside the page: the
/// addresses it resolved and the data it asked for, with the answers.
///
/// A page whose Markdown has not changed comes out the same as long as every
/// question gets the same answer again, which is much cheaper to check than
/// to render the page.
struct BodyTrace: Sendable {
    /// One address of a link or an image, and what it became.
    struct Link: Sendable {
        let address: String
        /// The line of the page's file it is written on.
        let line: Int
        let resolution: MarkdownRenderer.LinkResolution
    }

    /// One directive block and the HTML it gave.
    struct DirectiveCall: Sendable {
        let name: String
        let options: String
        let file: String
        let line: Int
        let html: String
        let diagnostics: [Diagnostic]
    }

    /// One question to the data tables.
    enum DataCall: Sendable {
        case reference(String, Result<ReferencedValue, LookupError>)
        case directive(DirectiveCall)
    }

    var links: [Link] = []
    var dataCalls: [DataCall] = []

    /// Whether every address still resolves as it did.
    func linksResolveTheSame(_ resolve: (String) -> MarkdownRenderer.LinkResolution) -> Bool {
        links.allSatisfy { resolve($0.address) == $0.resolution }
    }

    /// Whether every reference and directive still gives what it gave.
    func dataAnswersTheSame(_ data: MarkdownData) -> Bool {
        dataCalls.allSatisfy { call in
            switch call {
            case .reference(let reference, let answer):
                return data.reference(reference) == answer
            case .directive(let directive):
                let answer = data.directive(directive.name, options: directive.options, file: directive.file, line: directive.line)
                return answer.html == directive.html && answer.diagnostics == directive.diagnostics
            }
        }
    }
}

import Foundation

/// The data tables as the pages of one language see them: references and
/// directives formatted with this language's conventions.
///
/// A class: it is handed to every page's Markdown as a `MarkdownData`, which
/// would copy a struct and its tables each time.
final class PageData: MarkdownData, @unchecked Sendable {
    let data: DataSet
    let formatter: ValueFormatter
    let theme: Theme
    let language: Language
    /// The references pages made, formatted once for the whole build (`budget.total.montant`,
    /// `budget.total.montant:compact`), each the first time a page asks: a page shows a few
    /// cells of tables that may hold thousands. Behind `referencesLock`: pages are rendered in parallel.
    private var references: [String: ReferencedValue] = [:]
    private let referencesLock = NSLock()
    /// The HTML of each directive rendered without a finding, by its name and options: a directive
    /// depends on nothing of its page, so the same one is rendered once per build. Behind
    /// `directivesLock`: pages are rendered in parallel.
    private var renderedDirectives: [String: String] = [:]
    private let directivesLock = NSLock()

    init(data: DataSet, formatter: ValueFormatter, theme: Theme, language: Language) {
        self.data = data
        self.formatter = formatter
        self.theme = theme
        self.language = language
    }

    /// A text of the tables or of a directive's options, spaced like the page's prose.
    func typeset(_ text: String) -> String {
        language.typography.apply(text)
    }

    // MARK: - References

    func reference(_ reference: String) -> Result<ReferencedValue, LookupError> {
        referencesLock.lock()
        let known = references[reference]
        referencesLock.unlock()
        if let known { return .success(known) }
        let found = referencedValue(reference)
        if case .success(let value) = found {
            referencesLock.lock()
            references[reference] = value
            referencesLock.unlock()
        }
        return found
    }

    private func referencedValue(_ reference: String) -> Result<ReferencedValue, LookupError> {
        formatted(reference).map { shown, value, compact in
            var numbers = value.number.map { [$0] } ?? []
            if let mantissa = LiteralNumbers.find(in: shown, line: 0).first?.value, !numbers.contains(mantissa) {
                numbers.append(mantissa)
            }
            var referenced = ReferencedValue(html: html(shown, for: value), numbers: numbers)
            referenced.compactInProse = compact
            return referenced
        }
    }

    /// The cell `budget-2023.total.montant` formatted in this language;
    /// `budget-2023.total.montant:compact` chooses another display than the column's.
    /// `compact`: shown in its chart form because the theme gives no words for it in running text.
    private func formatted(_ reference: String) -> Result<(shown: String, value: DataValue, compact: Bool), LookupError> {
        let parts = reference.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
        let path = parts.first ?? reference
        var display: ColumnSchema.Display?
        if parts.count == 2 {
            guard let chosen = ColumnSchema.Display(rawValue: parts[1]) else {
                let names = ColumnSchema.Display.allCases.map(\.rawValue)
                return .failure(LookupError(message: "':\(parts[1])' is not a display: write \(Message.either(names.map { ":" + $0 }))\(NearestName.hint(for: parts[1], among: names))"))
            }
            display = chosen
        }
        return data.cell(path).flatMap { found in
            let value = found.row.value(found.column.name)
            guard !value.isEmpty else {
                return .failure(LookupError(message: "the cell '\(path)' is empty in \(found.table.file)"))
            }
            let compact = (display ?? found.column.display) == .compact && value.number.map { abs($0) >= 1_000_000
                && !formatter.writesInWords($0, column: found.column, value: value) } == true
            return .success((formatter.string(value, column: found.column, display: display, inProse: true), value, compact))
        }
    }

    /// Escaped HTML for a formatted cell; in a right-to-left language, figures,
    /// dates and units are isolated so that digits, signs and "%" never reorder.
    func html(_ shown: String, for value: DataValue) -> String {
        switch value {
        case .text, .localized, .choice, .boolean:
            return HTML.escape(typeset(shown))
        case .url(let address):
            return "<a href=\"\(HTML.escape(address))\">\(HTML.escape(address))</a>"
        default:
            let escaped = HTML.escape(shown)
            return language.direction == .rtl ? "<bdi>\(escaped)</bdi>" : escaped
        }
    }

    /// A cell as plain text, for a page's summary: isolated with Unicode marks in a right-to-left language.
    func plain(_ shown: String, for value: DataValue) -> String {
        switch value {
        case .text, .localized, .choice, .boolean, .url: shown
        default: language.direction == .rtl ? "\u{2068}\(shown)\u{2069}" : shown
        }
    }

    /// A text with its references replaced by their values as plain text, such as a page's `summary`.
    func resolvePlain(_ text: String, file: String, line: Int?, into diagnostics: inout [Diagnostic]) -> String {
        guard DataReferences.hasOpening(text) else { return text }
        var unclosed = false
        var result = ""
        for segment in DataReferences.segments(of: text, unclosed: &unclosed) {
            switch segment {
            case .text(let prose):
                result += prose
            case .reference(let reference):
                switch formatted(reference) {
                case .success(let found): result += plain(found.shown, for: found.value)
                case .failure(let error): diagnostics.append(.error(error.message, in: file, line: line, code: "unknown-reference"))
                }
            }
        }
        if unclosed { diagnostics.append(.error(DataReferences.unclosedMessage, in: file, line: line)) }
        return result
    }

    // MARK: - Directives

    func directive(_ name: String, options: String, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic]) {
        let key = name + "\u{0}" + options
        directivesLock.lock()
        let known = renderedDirectives[key]
        directivesLock.unlock()
        if let known { return (known, []) }
        let rendered = renderDirective(name, options: options, file: file, line: line)
        if rendered.diagnostics.isEmpty {
            directivesLock.lock()
            renderedDirectives[key] = rendered.html
            directivesLock.unlock()
        }
        return rendered
    }

    private func renderDirective(_ name: String, options: String, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic]) {
        guard let kind = DirectiveKind(rawValue: name) else {
            let names = DirectiveKind.allCases.map(\.rawValue)
            return ("", [.error("unknown directive '{\(name)}'\(NearestName.hint(for: "{\(name)}", among: names.map { "{\($0)}" })); the directives are \(names.map { "{\($0)}" }.joined(separator: ", "))",
                                in: file, line: line - 1)])
        }
        var diagnostics: [Diagnostic] = []
        let yaml: YAMLMapping
        do {
            yaml = try YAMLMapping.parse(options, file: file, firstLine: line)
        } catch {
            return ("", error.diagnostics)
        }
        let request = DirectiveRequest(kind: kind, options: yaml, line: line - 1, page: self)
        let html = request.render(into: &diagnostics)
        return (diagnostics.contains { $0.severity == .error } ? "" : html, diagnostics)
    }
}

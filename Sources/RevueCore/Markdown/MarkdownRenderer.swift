import CCmark
import Foundation

/// Turns the Markdown body of one page into HTML through cmark's tree: heading
/// ids and the table of contents, links between content files, references to
/// data tables and directive blocks, French spacing, and safe output unless
/// the project allows raw HTML.
struct MarkdownRenderer: Sendable {
    /// What to do with a link or image address written in Markdown.
    enum LinkResolution: Sendable, Equatable {
        /// Leave the address as written (an external address, an anchor).
        case keep
        /// Write this address instead (a `.md` path rewritten to its page's URL).
        case replace(String)
        /// The target does not exist: report this message.
        case broken(Message)
    }

    /// The result for one page.
    struct Output {
        var html: String
        /// Every heading with its id: levels 2 and 3 make the page's table of contents.
        var headings: [Heading]
        var diagnostics: [Diagnostic]
        /// Numbers written by hand in the page's prose.
        var literalNumbers: [LiteralNumbers.Mention] = []
        /// Numbers the page shows from data tables, with the reference that showed each.
        var referencedNumbers: [Decimal: String] = [:]
    }

    /// A heading of the page, with the id it was given.
    struct Heading: Sendable, Hashable {
        let level: Int
        let id: String
        let text: String
    }

    let unsafeHTML: Bool
    /// Ids the theme itself uses; headings never take them.
    let reservedIDs: Set<String>

    /// Renders `markdown`, whose first line is line `firstLine` of `file`.
    func render(
        _ markdown: String, file: String, firstLine: Int, typography: Typography, data: MarkdownData,
        resolveLink: (_ address: String, _ line: Int) -> LinkResolution
    ) -> Output {
        guard let document = CmarkDocument(markdown: markdown) else {
            return Output(html: "", headings: [], diagnostics: [.error("cmark could not parse this file", in: file)])
        }
        var output = Output(html: "", headings: [], diagnostics: [])
        let source = PageSource(markdown)
        let nodes = document.nodes { Self.workedOn.contains($0) }
        var headingIDs = HeadingIDs(reserved: reservedIDs)
        let french = typography == .french

        for node in nodes {
            if let unsupported = UnsupportedMarkdown.finding(for: node, unsafeHTML: unsafeHTML) {
                let column = node.sourceColumn.flatMap { source.columns.column(line: node.sourceLine, byteColumn: $0) }
                output.diagnostics.append(.warning(unsupported.message, in: file, line: node.sourceLine + firstLine - 1, column: column,
                                                   code: unsupported.code))
            }
            switch node.cmarkType {
            case CMARK_NODE_TEXT:
                if typography == .arabic, ArabicProse.mayHaveFindings(node) {
                    output.diagnostics += ArabicProse.findings(for: node, file: file, line: node.sourceLine + firstLine - 1,
                                                               column: node.sourceColumn.flatMap { source.columns.column(line: node.sourceLine, byteColumn: $0) })
                }
                guard Self.mayChange(node, french: french) else { continue }
                let line = node.sourceLine + firstLine - 1
                let start = (line: node.sourceLine, byteColumn: node.sourceColumn ?? 1)
                let texts = DataReferences.expand(
                    node, data: data, file: file, line: line, french: french,
                    column: { source.columns.columnOfOpening($0, line: start.line, from: start.byteColumn) },
                    referenced: &output.referencedNumbers, diagnostics: &output.diagnostics)
                for text in texts where !isInsideLinkAddress(text) {
                    output.literalNumbers += LiteralNumbers.find(in: text.literal, line: line)
                    applyTypography(to: text, french: french)
                }
            case CMARK_NODE_CODE_BLOCK:
                replaceDirective(node, data: data, file: file, firstLine: firstLine, source: source, into: &output.diagnostics)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                rewriteAddress(of: node, file: file, firstLine: firstLine, source: source, resolveLink: resolveLink, into: &output.diagnostics)
            case CMARK_NODE_HEADING:
                let text = node.plainText.trimmingSpaces()
                let heading = Heading(level: Int(cmark_node_get_heading_level(node)), id: headingIDs.id(for: text), text: text)
                output.headings.append(heading)
                giveID(heading, to: node)
            default:
                break
            }
        }
        output.html = document.html(unsafe: unsafeHTML)
        return output
    }

    /// The nodes revue changes, and those it tells the editor about (`UnsupportedMarkdown`).
    private static let workedOn: Set<cmark_node_type> = [
        CMARK_NODE_TEXT, CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CODE_BLOCK,
        CMARK_NODE_PARAGRAPH, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
    ]

    // MARK: - Text

    /// Whether a text node holds what revue works on: a digit (grouping, figures written
    /// by hand), `{` (references), or in French a character that takes a space or an
    /// apostrophe. Read on cmark's own bytes: most text nodes hold none, and become no
    /// Swift string at all.
    private static func mayChange(_ node: OpaquePointer, french: Bool) -> Bool {
        guard var byte = cmark_node_get_literal(node) else { return false }
        while byte.pointee != 0 {
            switch UInt8(bitPattern: byte.pointee) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "{"):
                return true
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), 0xC2:
                if french { return true }
            default:
                break
            }
            byte += 1
        }
        return false
    }

    private func applyTypography(to node: OpaquePointer, french: Bool) {
        let text = node.literal
        var spaced = DigitGrouping.apply(text)
        if french { spaced = FrenchTypography.apply(spaced) }
        if spaced != text { node.literal = spaced }
    }

    /// Text shown for an autolink is its address; spacing it would change the address.
    private func isInsideLinkAddress(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node), parent.cmarkType == CMARK_NODE_LINK else { return false }
        return parent.url.hasSuffix(node.literal)
    }

    // MARK: - Links and images

    private func rewriteAddress(
        of node: OpaquePointer, file: String, firstLine: Int, source: PageSource,
        resolveLink: (_ address: String, _ line: Int) -> LinkResolution, into diagnostics: inout [Diagnostic]
    ) {
        let line = node.sourceLine + firstLine - 1
        let isImage = node.cmarkType == CMARK_NODE_IMAGE
        // The column of the link's `[`, or of the image's `!`, in characters.
        var column: Int? {
            node.sourceColumn.flatMap { source.columns.column(of: UInt8(ascii: isImage ? "!" : "["), line: node.sourceLine, byteColumn: $0) }
        }
        if isImage, node.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(.warning("the image '\(node.url)' has no alternative text: write it between the brackets, ![like this](\(node.url))",
                                        in: file, line: line, column: column, code: "missing-alt"))
        }
        switch resolveLink(node.url, line) {
        case .keep:
            break
        case .replace(let address):
            node.url = address
        case .broken(let message):
            diagnostics.append(.error(message, in: file, line: line, column: column, code: "broken-link"))
        }
    }

    // MARK: - Directives

    /// A fenced block whose info string is `{name}` is a directive: its body holds
    /// the options, and its HTML replaces the block.
    private func replaceDirective(_ node: OpaquePointer, data: MarkdownData, file: String, firstLine: Int, source: PageSource,
                                  into diagnostics: inout [Diagnostic]) {
        let info = node.fenceInfo.trimmingCharacters(in: .whitespaces)
        guard info.hasPrefix("{"), info.hasSuffix("}"), info.count > 2 else { return }
        let name = info.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        let line = node.sourceLine + firstLine - 1
        let result = data.directive(name, options: node.literal, file: file, line: line + 1)
        // The options' columns count from the block's own margin: in a list or a quotation,
        // their lines start after the fence's indentation.
        let indent = (node.sourceColumn.flatMap { source.columns.column(line: node.sourceLine, byteColumn: $0) } ?? 1) - 1
        diagnostics += result.diagnostics.map { finding in
            guard indent > 0, let column = finding.column, (finding.line ?? 0) > line else { return finding }
            var shifted = finding
            shifted.column = column + indent
            return shifted
        }
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, result.html)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    // MARK: - Headings

    /// cmark writes headings without ids; a custom block holding a custom inline around
    /// the heading's inlines writes the same element with its id. The block writes only
    /// the line breaks around it; the inline writes the tags, with no line break inside.
    private func giveID(_ heading: Heading, to node: OpaquePointer) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(inline, "<h\(heading.level) id=\"\(HTML.escape(heading.id))\">")
        cmark_node_set_on_exit(inline, "</h\(heading.level)>")
        for child in node.children {
            cmark_node_unlink(child)
            cmark_node_append_child(inline, child)
        }
        cmark_node_append_child(block, inline)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }
}

/// The Markdown of one page, with its columns measured only when a finding needs one.
private final class PageSource {
    let markdown: String
    lazy var columns = SourceColumns(markdown)

    init(_ markdown: String) {
        self.markdown = markdown
    }
}

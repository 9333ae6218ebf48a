import CCmark
import Foundation

/// Finds `{{table.row.column}}` references in the text nodes of a page and
/// replaces each with its formatted value. Only text nodes are searched:
/// code spans, code blocks and link addresses keep their braces.
enum DataReferences {
    static let opening = "{{"
    static let closing = "}}"

    /// Splits `node` around its references; returns the text nodes left, for
    /// typography, and records what each reference showed.
    static func expand(
        _ node: OpaquePointer, data: MarkdownData?, file: String, line: Int,
        referenced: inout [Decimal: String], diagnostics: inout [Diagnostic]
    ) -> [OpaquePointer] {
        let text = node.literal
        guard text.contains(opening) else { return [node] }
        var remaining = Substring(text)
        var pieces: [(text: String, html: String?)] = []
        while let open = remaining.range(of: opening) {
            guard let close = remaining[open.upperBound...].range(of: closing) else {
                diagnostics.append(.error("a reference opened with '{{' is not closed with '}}'", in: file, line: line))
                break
            }
            pieces.append((String(remaining[..<open.lowerBound]), nil))
            let reference = remaining[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let data {
                switch data.reference(reference) {
                case .success(let value):
                    pieces.append(("", value.html))
                    for number in value.numbers { referenced[number] = reference }
                case .failure(let error):
                    diagnostics.append(.error(error.message, in: file, line: line))
                }
            }
            remaining = remaining[close.upperBound...]
        }
        pieces.append((String(remaining), nil))
        var textNodes: [OpaquePointer] = []
        for piece in pieces {
            if let html = piece.html {
                guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                cmark_node_set_on_enter(inline, html)
                cmark_node_insert_before(node, inline)
            } else if !piece.text.isEmpty, let textNode = cmark_node_new(CMARK_NODE_TEXT) {
                textNode.literal = piece.text
                cmark_node_insert_before(node, textNode)
                textNodes.append(textNode)
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
        return textNodes
    }
}

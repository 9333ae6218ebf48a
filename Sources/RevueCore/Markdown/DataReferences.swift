import CCmark
import Foundation

/// Finds `{{table.row.column}}` references in the text nodes of a page and
/// replaces each with its formatted value. Only text nodes are searched:
/// code spans, code blocks and link addresses keep their braces.
enum DataReferences {
    static let opening = "{{"
    static let closing = "}}"
    private static let openingBytes = Array(opening.utf8)
    private static let closingBytes = Array(closing.utf8)

    /// Whether `text` holds `{{`, by bytes: most text nodes have none, and are passed over quickly.
    static func hasOpening(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0x7B, bytes[index + 1] == 0x7B { return true }
                index += 1
            }
            return false
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }

    /// Splits `node` around its references; returns the text nodes left, for
    /// typography, and records what each reference showed.
    static func expand(
        _ node: OpaquePointer, data: MarkdownData, file: String, line: Int,
        referenced: inout [Decimal: String], diagnostics: inout [Diagnostic]
    ) -> [OpaquePointer] {
        let text = node.literal
        guard hasOpening(text) else { return [node] }
        let bytes = Array(text.utf8)
        var pieces: [(text: String, html: String?)] = []
        var copied = 0
        var open = find(openingBytes, in: bytes, from: 0)
        while let start = open {
            guard let end = find(closingBytes, in: bytes, from: start + 2) else {
                diagnostics.append(.error("a reference opened with '{{' is not closed with '}}'", in: file, line: line))
                break
            }
            pieces.append((String(decoding: bytes[copied..<start], as: UTF8.self), nil))
            var inside = (start + 2)..<end
            while let first = inside.first, bytes[first] == 0x20 { inside = inside.dropFirst() }
            while let last = inside.last, bytes[last] == 0x20 { inside = inside.dropLast() }
            let reference = String(decoding: bytes[inside], as: UTF8.self)
            switch data.reference(reference) {
            case .success(let value):
                pieces.append(("", value.html))
                for number in value.numbers { referenced[number] = reference }
            case .failure(let error):
                diagnostics.append(.error(error.message, in: file, line: line))
            }
            copied = end + 2
            open = find(openingBytes, in: bytes, from: copied)
        }
        pieces.append((String(decoding: bytes[copied...], as: UTF8.self), nil))
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

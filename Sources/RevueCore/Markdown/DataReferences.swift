import CCmark
import Foundation

/// Finds `{{table.row.column}}` references in the text nodes of a page and
/// replaces each with its formatted value. Only text nodes are searched:
/// code spans, code blocks and link addresses keep their braces.
enum DataReferences {
    /// A part of a text: prose, or the inside of `{{…}}` without its spaces.
    enum Segment: Equatable {
        case text(String)
        case reference(String)
    }

    /// Whether `text` holds `{{`, by bytes: most texts have none, and are passed over quickly.
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

    /// Cuts `text` into prose and references, by bytes. A `{{` that is never
    /// closed stays prose, and `unclosed` is set.
    static func segments(of text: String, unclosed: inout Bool) -> [Segment] {
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var copied = 0
        while let start = pair(of: 0x7B, in: bytes, from: copied) {
            guard let end = pair(of: 0x7D, in: bytes, from: start + 2) else {
                unclosed = true
                break
            }
            if start > copied { segments.append(.text(String(decoding: bytes[copied..<start], as: UTF8.self))) }
            var inside = (start + 2)..<end
            while let first = inside.first, bytes[first] == 0x20 { inside = inside.dropFirst() }
            while let last = inside.last, bytes[last] == 0x20 { inside = inside.dropLast() }
            segments.append(.reference(String(decoding: bytes[inside], as: UTF8.self)))
            copied = end + 2
        }
        if copied < bytes.count { segments.append(.text(String(decoding: bytes[copied...], as: UTF8.self))) }
        return segments
    }

    static let unclosedMessage: Message = "a reference opened with '{{' is not closed with '}}'"

    /// Where two `byte`s in a row start, from `start` on.
    private static func pair(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Whether `text` ends with the word « de » and a space.
    static func endsWithDe(_ text: String) -> Bool {
        guard text.hasSuffix("de ") else { return false }
        let before = text.dropLast(3).last
        return before == nil || before?.isLetter == false
    }

    /// Whether the text of `html` (past its opening tags) starts with a vowel.
    static func startsWithVowel(_ html: String) -> Bool {
        var rest = html[...]
        while rest.hasPrefix("<"), let close = rest.firstIndex(of: ">") { rest = rest[rest.index(after: close)...] }
        return rest.first.map { "aeiouyàâéèêëîïôû".contains($0) } == true
    }

    /// Splits `node` around its references; returns the text nodes left, for
    /// typography, and records what each reference showed. `column` gives the
    /// character column of the node's n-th `{{` (from 0) in the page's source.
    static func expand(
        _ node: OpaquePointer, data: MarkdownData, file: String, line: Int, french: Bool, column: (_ opening: Int) -> Int?,
        referenced: inout [Decimal: String], diagnostics: inout [Diagnostic]
    ) -> [OpaquePointer] {
        let text = node.literal
        guard hasOpening(text) else { return [node] }
        var unclosed = false
        var pieces: [(text: String, html: String?)] = []
        var openings = 0
        for segment in segments(of: text, unclosed: &unclosed) {
            switch segment {
            case .text(let prose):
                pieces.append((prose, nil))
            case .reference(let reference):
                switch data.reference(reference) {
                case .success(let value):
                    // « plus de » before « un million » is « plus d’un million ».
                    if french, let last = pieces.last, last.html == nil, Self.endsWithDe(last.text), Self.startsWithVowel(value.html) {
                        pieces[pieces.count - 1].text = String(last.text.dropLast(3)) + "d’"
                    }
                    pieces.append(("", value.html))
                    for number in value.numbers { referenced[number] = reference }
                    if value.compactInProse {
                        diagnostics.append(.warning("'{{\(reference)}}' is shown compact here, a form for charts and key figures: running text says figures in words, which the theme's strings give (million_prose_…, billion_prose_…); give them, or write the figure in full",
                                                    in: file, line: line, column: column(openings), code: "compact-in-prose"))
                    }
                case .failure(let error):
                    diagnostics.append(.error(error.message, in: file, line: line, column: column(openings), code: "unknown-reference"))
                }
                openings += 1
            }
        }
        if unclosed { diagnostics.append(.error(unclosedMessage, in: file, line: line, column: column(openings))) }
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

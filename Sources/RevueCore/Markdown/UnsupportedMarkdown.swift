import CCmark
import Foundation

/// What an editor may write that cmark, in the CommonMark revue reads, prints as
/// written or leaves out: a table (a paragraph of pipes), a footnote (`[^1]` as
/// typed), raw HTML in safe mode (dropped). Each is told, with what to write instead.
enum UnsupportedMarkdown {
    /// The warning for `node`, a paragraph, a text or raw HTML, when it is one of these.
    static func finding(for node: OpaquePointer, unsafeHTML: Bool) -> (message: Message, code: String)? {
        switch node.cmarkType {
        case CMARK_NODE_PARAGRAPH:
            guard looksLikeTable(node) else { return nil }
            return ("this looks like a Markdown table, which revue does not draw (it shows as a paragraph of '|'): put its rows in a data table of content/data/ and show it with a ```{table}``` block", "markdown-table")
        case CMARK_NODE_TEXT:
            // On cmark's own bytes first: most texts hold no `[^`, and become no Swift string.
            guard let bytes = cmark_node_get_literal(node), strstr(bytes, "[^") != nil,
                  let mark = footnoteMark(in: node.literal) else { return nil }
            return ("'\(mark)' is a footnote, which revue does not turn into a note (it shows as typed): write the note in the sentence, in parentheses, or at the end of the section", "footnote")
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            guard !unsafeHTML else { return nil }
            let html = node.literal.trimmingSpaces()
            guard !html.hasPrefix("<!--"), !html.hasPrefix("</") else { return nil }
            let tag = html.prefix { $0 != ">" && $0 != "\n" }.prefix(40)
            return ("raw HTML ('\(tag)>') is left out of the page: write it in Markdown, or set 'unsafe_html: true' in revue.yml if every author of the project is trusted", "raw-html")
        default:
            return nil
        }
    }

    /// A paragraph whose first line holds a `|` and whose second is a row of `|`, `-` and `:`
    /// (the dashes turned into – or — by smart punctuation), as Markdown tables are written.
    private static func looksLikeTable(_ paragraph: OpaquePointer) -> Bool {
        guard firstLineHoldsAPipe(paragraph) else { return false }
        var lines = [""]
        var child = cmark_node_first_child(paragraph)
        while let node = child, lines.count <= 2 {
            switch node.cmarkType {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lines.append("")
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: lines[lines.count - 1] += node.literal
            default: lines[lines.count - 1] += node.plainText
            }
            child = cmark_node_next(node)
        }
        guard lines.count >= 2, lines[0].contains("|") else { return false }
        let delimiter = lines[1].trimmingSpaces()
        return delimiter.contains("|") && delimiter.contains { "-–—".contains($0) }
            && delimiter.allSatisfy { "|-–—: \t".contains($0) }
    }

    /// Whether a text of the paragraph's first line holds `|`, read on cmark's own bytes: most
    /// paragraphs hold none, and become no Swift string.
    private static func firstLineHoldsAPipe(_ paragraph: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(paragraph)
        while let node = child, node.cmarkType != CMARK_NODE_SOFTBREAK, node.cmarkType != CMARK_NODE_LINEBREAK {
            if node.cmarkType == CMARK_NODE_TEXT, let bytes = cmark_node_get_literal(node), strchr(bytes, Int32(UInt8(ascii: "|"))) != nil {
                return true
            }
            child = cmark_node_next(node)
        }
        return false
    }

    /// `[^1]` or `[^note]` in a text, as footnotes are marked and defined.
    private static func footnoteMark(in text: String) -> String? {
        guard let start = text.range(of: "[^") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "]"), end > rest.startIndex,
              !rest[..<end].contains(where: \.isWhitespace) else { return nil }
        return String(text[start.lowerBound...end])
    }
}

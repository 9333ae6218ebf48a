import CCmark
import Foundation

/// A Markdown document parsed by cmark, owning its node tree until it is released.
///
/// Every change revue makes to Markdown is made on this tree — text nodes,
/// links, headings — never on the Markdown source.
final class CmarkDocument {
    let root: OpaquePointer

    init?(markdown: String) {
        // The string's own bytes, not a copy: a page may be megabytes.
        var markdown = markdown
        let parsed: OpaquePointer? = markdown.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
                guard let base = characters.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(base, characters.count, options)
            }
        }
        guard let parsed else { return nil }
        root = parsed
        cmark_consolidate_text_nodes(root)
    }

    deinit {
        cmark_node_free(root)
    }

    /// Every node on entry, in document order: collect first, then edit.
    func nodes(where include: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if include(cmark_node_get_type(node)) { found.append(node) }
        }
        return found
    }

    /// HTML for the whole tree; in safe mode raw HTML is dropped and
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs are emptied.
    func html(unsafe: Bool) -> String {
        let options = CMARK_OPT_SMART | (unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        guard let rendered = cmark_render_html(root, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

// MARK: - Node helpers

extension OpaquePointer {
    var cmarkType: cmark_node_type { cmark_node_get_type(self) }

    var literal: String {
        get { cmark_node_get_literal(self).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_literal(self, newValue) }
    }

    var url: String {
        get { cmark_node_get_url(self).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_url(self, newValue) }
    }

    /// The info string of a fenced code block: ` ```{chart} ` gives `{chart}`.
    var fenceInfo: String {
        cmark_node_get_fence_info(self).map { String(cString: $0) } ?? ""
    }

    var children: [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(self)
        while let node = child {
            result.append(node)
            child = cmark_node_next(node)
        }
        return result
    }

    /// The line of this node within the Markdown it was parsed from; inline nodes
    /// that carry no position take their enclosing block's.
    var sourceLine: Int {
        var node: OpaquePointer? = self
        while let current = node {
            let line = Int(cmark_node_get_start_line(current))
            if line > 0 { return line }
            node = cmark_node_parent(current)
        }
        return 1
    }

    var sourceColumn: Int? {
        let column = Int(cmark_node_get_start_column(self))
        return column > 0 ? column : nil
    }

    /// The text a reader sees in this node and its descendants.
    var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch cmarkType {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            text += literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        default:
            for child in children { child.appendPlainText(to: &text) }
        }
    }
}

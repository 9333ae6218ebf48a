import CCmark

/// What `revue check` points at in the Arabic an editor writes: Latin signs after Arabic
/// words, a space before « : », and a tatweel left where markup splits a word
/// (`لـ**صاحب الجلالة**`), which shows as a stretched letter before the emphasis.
enum ArabicProse {
    /// Whether a text node holds a sign or a tatweel at all, read on cmark's own bytes: most hold
    /// none, and become no Swift string for this check.
    static func mayHaveFindings(_ node: OpaquePointer) -> Bool {
        guard let literal = cmark_node_get_literal(node) else { return false }
        let bytes = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        var index = 0
        // The text ends with a NUL: the byte after any other byte can be read.
        while bytes[index] != 0 {
            switch (bytes[index], bytes[index + 1]) {
            case (UInt8(ascii: ","), _), (UInt8(ascii: ";"), _), (UInt8(ascii: "?"), _), (UInt8(ascii: ":"), _),
                 (0xD9, 0x80), (0xD8, 0x8C), (0xD8, 0x9B), (0xD8, 0x9F):   // ـ ، ؛ ؟
                return true
            default:
                index += 1
            }
        }
        return false
    }

    /// The warnings for one text node of an Arabic page, at `line` and, when known, from `column`.
    static func findings(for node: OpaquePointer, file: String, line: Int, column: Int?) -> [Diagnostic] {
        let text = node.literal
        var findings = ArabicTypography.findings(in: text).map { finding in
            Diagnostic.warning(finding.message, in: file, line: line, column: column.map { $0 + finding.offset }, code: "arabic-punctuation")
        }
        if let split = tatweelSplit(node, text: text) {
            findings.append(.warning(split, in: file, line: line, column: column.map { $0 + max(text.unicodeScalars.count - 1, 0) },
                                     code: "tatweel-split"))
        }
        return findings
    }

    /// A text ending with a tatweel where emphasis, a link or code starts or ends after it.
    private static func tatweelSplit(_ node: OpaquePointer, text: String) -> Message? {
        guard text.unicodeScalars.last == ArabicTypography.tatweel else { return nil }
        let markup: Set<cmark_node_type> = [CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CODE]
        let next = cmark_node_next(node)
        let endsMarkup = next == nil && cmark_node_parent(node).map { markup.contains($0.cmarkType) } == true
        guard next.map({ markup.contains($0.cmarkType) }) == true || endsMarkup else { return nil }
        let word = text.unicodeScalars.split(separator: " ").last.map { String(String.UnicodeScalarView($0)) } ?? text
        return "'\(word)' ends with a tatweel where emphasis or a link splits the word: write the prefix inside it, without the tatweel (\(Message.verbatim("لـ**صاحب الجلالة**")) → \(Message.verbatim("**لصاحب الجلالة**")))"
    }
}

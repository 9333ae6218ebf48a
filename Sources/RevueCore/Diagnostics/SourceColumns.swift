/// Turns the columns the readers give into the one unit every finding uses:
/// characters (Unicode scalars) from the start of the line, counted from 1, as
/// editors show them. A tab is one character; so is each Arabic letter and
/// each of its vowel marks.
///
/// cmark gives byte columns (an Arabic letter is two bytes); swift-mustache
/// gives grapheme clusters (a letter with its vowel mark is one). libyaml
/// already counts characters.
struct SourceColumns {
    private let bytes: [UInt8]
    /// The offset of the first byte of each line; line 1 starts at 0.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The character column of the 1-based byte column `byteColumn` of `line`;
    /// nil when the line does not exist.
    func column(line: Int, byteColumn: Int) -> Int? {
        guard let range = bytesOfLine(line) else { return nil }
        let end = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
        return Self.scalarsIn(bytes[range.lowerBound..<end]) + 1
    }

    /// The character column of `expected` at byte column `byteColumn` of `line`, or of the
    /// nearest one before it: cmark's columns run ahead on lazy continuation lines.
    func column(of expected: UInt8, line: Int, byteColumn: Int) -> Int? {
        guard let range = bytesOfLine(line) else { return nil }
        var offset = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound - 1)
        while offset >= range.lowerBound, bytes[offset] != expected { offset -= 1 }
        guard offset >= range.lowerBound else { return column(line: line, byteColumn: byteColumn) }
        return Self.scalarsIn(bytes[range.lowerBound..<offset]) + 1
    }

    /// The character column of the `occurrence`-th (0-based) `{{` of `line` from byte column `byteColumn` on.
    func columnOfOpening(_ occurrence: Int, line: Int, from byteColumn: Int) -> Int? {
        guard let range = bytesOfLine(line) else { return nil }
        var offset = range.lowerBound + max(byteColumn - 1, 0)
        var seen = 0
        while offset + 1 < range.upperBound {
            if bytes[offset] == 0x7B, bytes[offset + 1] == 0x7B {
                if seen == occurrence { return Self.scalarsIn(bytes[range.lowerBound..<offset]) + 1 }
                seen += 1
                offset += 2
            } else {
                offset += 1
            }
        }
        return nil
    }

    /// The character column of a column counted in grapheme clusters (letter and marks as one), as in `line`.
    static func column(ofGraphemeColumn column: Int, in line: String) -> Int {
        line.prefix(max(column - 1, 0)).unicodeScalars.count + 1
    }

    private func bytesOfLine(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<max(start, end)
    }

    /// Scalars are counted by their first bytes: every UTF-8 byte but 0b10xxxxxx starts one.
    private static func scalarsIn(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}

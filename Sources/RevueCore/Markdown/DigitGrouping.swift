/// Keeps a number written with spaces between its groups of digits in one
/// piece: "28 130 252 000" gets narrow no-break spaces, so that it never breaks
/// across lines and — in Arabic, right to left — its groups are never reordered
/// (a plain space is neutral to the bidirectional algorithm; U+202F separates
/// digits like a comma does).
enum DigitGrouping {
    static func apply(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstGroupSpace(in: bytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var copied = 0
            var next: Int? = first
            while let space = next {
                out.append(contentsOf: bytes[copied..<space])
                out += [0xE2, 0x80, 0xAF]
                copied = space + 1
                next = firstGroupSpace(in: bytes, from: copied)
            }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The index of a space between a digit and exactly three digits.
    private static func firstGroupSpace(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(start, 1)
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: " "), isDigit(bytes[index - 1]),
               isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]),
               index + 4 == bytes.count || !isDigit(bytes[index + 4]) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

/// French spacing rules a reader expects: a non-breaking space before `:` and
/// inside « », a narrow one before `;`, `!` and `?`, so that no line starts
/// with a colon or a closing guillemet. Straight apostrophes become ’, and « n° »
/// is held to its number by a no-break space (n° 06.22).
///
/// Works on UTF-8 bytes: it runs on every text node of every French page.
enum FrenchTypography {
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]         // U+00A0
    static let narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF] // U+202F
    private static let apostrophe: [UInt8] = [0xE2, 0x80, 0x99] // U+2019

    static func apply(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: isCandidate) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    let space = byte == UInt8(ascii: ":") ? noBreakSpace : narrowNoBreakSpace
                    if out.last == UInt8(ascii: " ") {
                        out.removeLast()
                        out += space
                    } else if byte != UInt8(ascii: ":"), let previous = out.last, endsWord(previous) {
                        out += space
                    }
                    out.append(byte)
                case UInt8(ascii: "'"):
                    out += apostrophe
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: // »
                    if out.last == UInt8(ascii: " ") { out.removeLast() }
                    if !endsWithSpace(out) { out += noBreakSpace }
                    out += [0xC2, 0xBB]
                    index += 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xAB: // «
                    out += [0xC2, 0xAB]
                    index += 1
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") { index += 1 }
                    if index + 1 >= bytes.count || !startsWithSpace(bytes, at: index + 1) { out += noBreakSpace }
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xB0 // n° 06.22, N° 2
                    && (out.last == UInt8(ascii: "n") || out.last == UInt8(ascii: "N")) && (out.count < 2 || !endsWord(out[out.count - 2])):
                    out += [0xC2, 0xB0]
                    index += 1
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") { index += 1 }
                    if index + 1 < bytes.count, bytes[index + 1] >= UInt8(ascii: "0"), bytes[index + 1] <= UInt8(ascii: "9") { out += noBreakSpace }
                default:
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isCandidate(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: "'") || byte == 0xC2
    }

    /// A letter (any script: bytes of multi-byte characters count), a closing guillemet or parenthesis.
    private static func endsWord(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte >= 0x80 && byte != 0xA0 && byte != 0xAF || byte == UInt8(ascii: ")")
    }

    private static func endsWithSpace(_ out: [UInt8]) -> Bool {
        out.last == UInt8(ascii: " ") || out.suffix(2).elementsEqual(noBreakSpace) || out.suffix(3).elementsEqual(narrowNoBreakSpace)
    }

    private static func startsWithSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n")
            || (index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0)
            || (index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF)
    }
}

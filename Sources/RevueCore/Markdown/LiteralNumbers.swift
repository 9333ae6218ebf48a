import Foundation

/// Finds the numbers written by hand in a text: "28 130 252 000", "4,587",
/// "53 000". A figure written so in one language while the other language
/// takes it from a data table is how two languages come to disagree.
enum LiteralNumbers {
    /// A number written in prose and where.
    struct Mention: Sendable {
        let text: String
        let value: Decimal
        let line: Int
    }

    /// Numbers of two digits or more, or with decimals; groups of three digits
    /// may be separated by spaces (plain, no-break or narrow), decimals by a comma.
    /// Numbers glued to Latin letters or to `.`, `/`, `-` are names and dates
    /// ("H1N1", "06.22", "2022/2023"), not figures; an Arabic letter before a
    /// number, as in "و19", is a word joined to it and does not count.
    static func find(in text: String, line: Int) -> [Mention] {
        var text = text
        return text.withUTF8 { bytes in
            var mentions: [Mention] = []
            var index = 0
            while index < bytes.count {
                guard isDigit(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                var digits: [UInt8] = []
                var hasDecimals = false
                while index < bytes.count {
                    if isDigit(bytes[index]) {
                        digits.append(bytes[index])
                        index += 1
                    } else if let width = groupSpaceWidth(bytes, at: index), isGroupOfThree(bytes, from: index + width) {
                        index += width
                    } else if bytes[index] == UInt8(ascii: ","), !hasDecimals, index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                        digits.append(UInt8(ascii: "."))
                        hasDecimals = true
                        index += 1
                    } else {
                        break
                    }
                }
                let glued = (start > 0 && isGlue(bytes[start - 1])) || isGluedAfter(bytes, at: index)
                if glued {
                    while index < bytes.count, isGlue(bytes[index]) || isDigit(bytes[index]) { index += 1 }
                } else if digits.count >= 2 || hasDecimals,
                          let value = Decimal(string: String(decoding: digits, as: UTF8.self), locale: posix) {
                    mentions.append(Mention(text: String(decoding: bytes[start..<index], as: UTF8.self), value: value, line: line))
                }
            }
            return mentions
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// The length in bytes of a space that may separate groups of digits: plain, no-break (C2 A0) or narrow (E2 80 AF).
    private static func groupSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if bytes[index] == 0x20 { return 1 }
        if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF { return 3 }
        return nil
    }

    /// Exactly three digits start at `index`, and no fourth follows.
    private static func isGroupOfThree(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        guard index + 2 < bytes.count, isDigit(bytes[index]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2]) else { return false }
        return index + 3 == bytes.count || !isDigit(bytes[index + 3])
    }

    private static func isLatinLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isGlue(_ byte: UInt8) -> Bool {
        isLatinLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func isGluedAfter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if isLatinLetter(bytes[index]) { return true }
        guard bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "-") else { return false }
        return index + 1 < bytes.count && isDigit(bytes[index + 1])
    }
}

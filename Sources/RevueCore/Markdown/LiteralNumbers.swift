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
    /// Numbers glued to letters or to `.`, `/`, `-` are names and dates
    /// ("H1N1", "06.22", "2022/2023"), not figures.
    static func find(in text: String, line: Int) -> [Mention] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let characters = Array(text)
        var mentions: [Mention] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            while index < characters.count {
                if characters[index].isASCIIDigit {
                    digits.append(characters[index])
                } else if isGroupSpace(characters[index]), isGroupOfThree(characters, after: index) {
                    // a space between groups of digits
                } else if characters[index] == ",", !digits.contains("."), index + 1 < characters.count, characters[index + 1].isASCIIDigit {
                    digits.append(".")
                } else {
                    break
                }
                index += 1
            }
            let glued = (start > 0 && isGlue(characters[start - 1])) || isGluedAfter(characters, at: index)
            if glued {
                while index < characters.count, isGlue(characters[index]) || characters[index].isASCIIDigit { index += 1 }
            } else if digits.count >= 2 || digits.contains("."),
                      let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) {
                mentions.append(Mention(text: String(characters[start..<index]), value: value, line: line))
            }
        }
        return mentions
    }

    private static func isGroupSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}"
    }

    /// Exactly three digits follow the space, then no further digit.
    private static func isGroupOfThree(_ characters: [Character], after index: Int) -> Bool {
        guard index + 3 < characters.count, characters[(index + 1)...(index + 3)].allSatisfy(\.isASCIIDigit) else { return false }
        return index + 4 == characters.count || !characters[index + 4].isASCIIDigit
    }

    private static func isGlue(_ character: Character) -> Bool {
        (character.isLetter && character.isASCII) || character == "." || character == "/" || character == "-" || character == "_"
    }

    private static func isGluedAfter(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count else { return false }
        let next = characters[index]
        if next.isLetter && next.isASCII { return true }
        guard next == "." || next == "/" || next == "-" else { return false }
        return index + 1 < characters.count && characters[index + 1].isASCIIDigit
    }
}

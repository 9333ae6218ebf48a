/// Arabic punctuation as a Moroccan ministry prints it: « ، » « ؛ » « ؟ » after an
/// Arabic word (not the Latin , ; ?), and no space before « : » « ؛ » « ؟ » « ، ».
///
/// `apply` sets generated text so (labels, cells, legends); `findings` points at the
/// places in an editor's prose that are not, for `revue check`.
enum ArabicTypography {
    /// One place in a text that does not follow the rules: where, and what to write.
    struct Finding: Equatable {
        /// Characters (Unicode scalars) from the start of the text.
        let offset: Int
        let message: Message
    }

    static let tatweel: Unicode.Scalar = "\u{0640}"

    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621...0x064A, 0x066E...0x06D3, 0x06FA...0x06FC, 0xFB50...0xFDFF, 0xFE70...0xFEFC: true
        default: false
        }
    }

    /// The Arabic sign for a Latin one written after an Arabic word.
    static func arabicSign(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case ",": "\u{060C}"
        case ";": "\u{061B}"
        case "?": "\u{061F}"
        default: nil
        }
    }

    static func takesNoSpaceBefore(_ scalar: Unicode.Scalar) -> Bool {
        [":", "\u{060C}", "\u{061B}", "\u{061F}"].contains(scalar)
    }

    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { arabicSign(for: $0) != nil || takesNoSpaceBefore($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let sign = arabicSign(for: scalar) ?? scalar
            if takesNoSpaceBefore(sign) {
                var spaces = 0
                for previous in out.reversed() { if previous == " " { spaces += 1 } else { break } }
                let before = out.dropLast(spaces).last
                if let before, isArabicLetter(before) {
                    out.removeLast(spaces)
                    out.append(sign)
                    continue
                }
            }
            out.append(arabicSign(for: scalar) != nil && out.last.map(isArabicLetter) == true ? sign : scalar)
        }
        return String(out)
    }

    /// The Latin signs after Arabic words and the spaces before « : » « ؛ » « ؟ » « ، » in `text`.
    static func findings(in text: String) -> [Finding] {
        var findings: [Finding] = []
        var previous: Unicode.Scalar?
        var lastLetterBeforeSpaces: Unicode.Scalar?
        var spaces = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let afterArabicWord = previous.map(isArabicLetter) == true || (spaces > 0 && lastLetterBeforeSpaces.map(isArabicLetter) == true)
            if let sign = arabicSign(for: scalar), afterArabicWord {
                findings.append(Finding(offset: offset, message: "'\(Character(scalar))' after an Arabic word: write '\(Character(sign))', the Arabic sign, right after the word"))
            } else if takesNoSpaceBefore(scalar), spaces > 0, let letter = lastLetterBeforeSpaces, isArabicLetter(letter) {
                findings.append(Finding(offset: offset - spaces, message: "a space before '\(Character(scalar))': in Arabic the sign follows the word, with no space before it"))
            }
            if scalar == " " {
                if spaces == 0 { lastLetterBeforeSpaces = previous }
                spaces += 1
            } else {
                spaces = 0
            }
            previous = scalar
        }
        return findings
    }
}

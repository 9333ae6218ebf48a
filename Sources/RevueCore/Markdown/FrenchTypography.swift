/// French spacing rules a reader expects: a non-breaking space before `:` and
/// inside « », a narrow one before `;`, `!` and `?`, so that no line starts
/// with a colon or a closing guillemet.
enum FrenchTypography {
    static let noBreakSpace: Character = "\u{00A0}"
    static let narrowNoBreakSpace: Character = "\u{202F}"

    static func apply(_ text: String) -> String {
        guard text.contains(where: { ":;!?«»".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previous: Character?
        var characters = text.makeIterator()
        var pendingNext = characters.next()
        while let character = pendingNext {
            let next = characters.next()
            switch character {
            case ":", ";", "!", "?", "»":
                let space = character == ":" || character == "»" ? noBreakSpace : narrowNoBreakSpace
                if previous == " " {
                    result.removeLast()
                    result.append(space)
                } else if let previous, shouldInsertSpace(before: character, after: previous) {
                    result.append(space)
                }
                result.append(character)
            case "«":
                result.append(character)
                if next == " " {
                    result.append(noBreakSpace)
                    pendingNext = characters.next()
                    previous = noBreakSpace
                    continue
                } else if let next, !next.isWhitespace, next != noBreakSpace {
                    result.append(noBreakSpace)
                }
            default:
                result.append(character)
            }
            previous = result.last
            pendingNext = next
        }
        return result
    }

    /// Adds a space only where the editor wrote none after a word; `?` after `?`
    /// or `!` keeps them together, and `:` is left alone (times, URLs, ratios).
    private static func shouldInsertSpace(before mark: Character, after previous: Character) -> Bool {
        if previous.isWhitespace || previous == noBreakSpace || previous == narrowNoBreakSpace { return false }
        switch mark {
        case "»": return true
        case ";", "!", "?": return previous.isLetter || previous == "»" || previous == ")"
        default: return false
        }
    }
}

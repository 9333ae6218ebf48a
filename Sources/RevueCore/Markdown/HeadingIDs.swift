/// Gives each heading of a page an `id` that is unique on the page and readable
/// in its language: « Réalisations en chiffres » → `réalisations-en-chiffres`,
/// « الموارد البشرية » → `الموارد-البشرية`.
struct HeadingIDs {
    private var used: Set<String>

    /// `reserved` holds ids the theme already uses on every page.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A new id for a heading with this text; repeats get `-2`, `-3`, …
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Letters and digits of any script, lowercased, words joined by `-`.
    /// Arabic vowel marks are dropped so that an id does not depend on them.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {   // most of a French heading: letters and digits told without Unicode's tables
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingDash, !slug.isEmpty { slug += "-" }
                    pendingDash = false
                    slug.unicodeScalars.append(scalar)
                } else {
                    pendingDash = true
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.generalCategory == .nonspacingMark { continue }
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

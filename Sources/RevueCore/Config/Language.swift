import Foundation

/// One language of the review: French left to right, Arabic right to left.
///
/// `Language(code: "ar", name: "العربية", locale: "ar-MA", direction: .rtl)` formats
/// the 12th of May 2023 as "12 ماي 2023", with Latin digits and Moroccan month names.
public struct Language: Sendable, Hashable {
    /// Text direction, written as the `dir` attribute of `<html>`.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case ltr
        case rtl
    }

    /// The code used in paths and `lang` attributes: `fr`, `ar`.
    public let code: String
    /// The name shown in the language switcher, in the language itself.
    public let name: String
    /// The ICU locale used for dates and numbers, such as `fr-MA`.
    public let localeIdentifier: String
    public let direction: Direction
    /// Written between groups of three digits: 28 130 252 000. CLDR's fr-MA and
    /// ar-MA group with "." (28.130.252.000), which the review's readers do not
    /// write; revue uses a narrow no-break space unless `grouping` says otherwise.
    public let groupingSeparator: String
    /// The decimal separator; the locale's own (a comma in fr-MA and ar-MA) when nil.
    public let decimalSeparator: String?
    /// The typographic rules of the language's texts.
    public let typography: Typography

    /// U+202F NARROW NO-BREAK SPACE: groups never break across lines, and never reorder right to left.
    public static let defaultGrouping = "\u{202F}"

    public init(code: String, name: String, locale: String, direction: Direction,
                groupingSeparator: String = Language.defaultGrouping, decimalSeparator: String? = nil, typography: Typography? = nil) {
        self.code = code
        self.name = name
        self.localeIdentifier = locale
        self.direction = direction
        self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator
        self.typography = typography ?? Typography(locale: locale)
    }

    /// The explicit locale of this language; revue never uses the machine's own locale.
    public var locale: Locale { Locale(identifier: localeIdentifier) }
}

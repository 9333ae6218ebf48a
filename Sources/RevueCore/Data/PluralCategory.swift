import Foundation

/// CLDR's plural categories, which choose the form of a word after a number:
/// in Arabic 1 سرير, 2 سريران, 3 أسرة, 11 سريرا, 100 سرير.
///
/// The rules are CLDR's for Arabic and French; any other language takes the
/// English rule (`one` for exactly 1, else `other`).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of `number` in the language whose code is `language` (`ar`, `fr`, `zgh`…).
    public static func of(_ number: Decimal, language: String) -> PluralCategory {
        let n = abs(number)
        var integerPart = Decimal()
        var copy = n
        NSDecimalRound(&integerPart, &copy, 0, .down)
        let isWhole = integerPart == n
        switch language {
        case "ar":
            guard isWhole else { return .other }
            let lastTwo = remainder(of: n, by: 100)
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(lastTwo) { return .few }
            if (11...99).contains(lastTwo) { return .many }
            return .other
        case "fr":
            if integerPart == 0 || integerPart == 1 { return .one }
            if isWhole, remainder(of: n, by: 1_000_000) == 0 { return .many }
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// `value` modulo `divisor`, for a whole, non-negative `value`.
    private static func remainder(of value: Decimal, by divisor: Decimal) -> Int {
        var quotient = value / divisor
        var floored = Decimal()
        NSDecimalRound(&floored, &quotient, 0, .down)
        return NSDecimalNumber(decimal: value - floored * divisor).intValue
    }
}

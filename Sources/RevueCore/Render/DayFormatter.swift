import Foundation

/// Writes days as readers of one language expect, through ICU with the
/// language's explicit locale: "12 mai 2023" in fr-MA, "12 ماي 2023" in ar-MA
/// (Latin digits, Moroccan month names). Created once per language per build.
struct DayFormatter: Sendable {
    private let style: Date.FormatStyle
    /// The day and the month only, for a day that comes back every year: « 28 septembre », « 28 شتنبر ».
    private let yearlessStyle: Date.FormatStyle
    /// French writes the first of the month « 1er » (1er octobre 2022), which ICU does not.
    private let firstIsOrdinal: Bool
    /// Each day written once per build: ICU takes some microseconds a day, and pages share days.
    private let written = Memo<Int, String>()

    init(language: Language) {
        style = Date.FormatStyle(date: .long, time: .omitted, locale: language.locale,
                                 calendar: Day.utcCalendar, timeZone: Day.utcCalendar.timeZone)
        yearlessStyle = Date.FormatStyle(date: .omitted, time: .omitted, locale: language.locale,
                                         calendar: Day.utcCalendar, timeZone: Day.utcCalendar.timeZone).day().month(.wide)
        firstIsOrdinal = Self.writesFirstAsOrdinal(language)
    }

    func string(_ day: Day, withYear: Bool = true) -> String {
        written.value(for: ((day.year * 100 + day.month) * 100 + day.day) * 2 + (withYear ? 1 : 0)) {
            let text = Self.withoutBidiMarks(day.date.formatted(withYear ? style : yearlessStyle))
            return firstIsOrdinal && day.day == 1 ? Self.ordinalFirst(text) : text
        }
    }

    static func writesFirstAsOrdinal(_ language: Language) -> Bool {
        language.typography == .french
    }

    /// « 1 octobre 2022 » → « 1er octobre 2022 », « 1–31 octobre 2022 » → « 1er–31 octobre 2022 »,
    /// « 28 septembre – 1 octobre 2022 » → « …1er octobre 2022 »: each day 1 (a 1 standing alone,
    /// before a month's name or a range's dash), not the 1 of 12, 21 or 2021.
    static func ordinalFirst(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            result.append(character)
            guard character == "1", index == 0 || !characters[index - 1].isNumber, index + 1 < characters.count else { continue }
            let next = characters[index + 1]
            let beforeMonth = next.isWhitespace && index + 2 < characters.count && characters[index + 2].isLetter
            if beforeMonth || next == "–" || next == "-" { result += "er" }
        }
        return result
    }

    /// ICU may add direction marks around Arabic dates; `<time>` inside a `dir` element needs none.
    static func withoutBidiMarks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{200F}" || $0 == "\u{200E}" || $0 == "\u{061C}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200F}" && $0 != "\u{200E}" && $0 != "\u{061C}" }))
    }
}

import Foundation

/// Writes days as readers of one language expect, through ICU with the
/// language's explicit locale: "12 mai 2023" in fr-MA, "12 ماي 2023" in ar-MA
/// (Latin digits, Moroccan month names). Created once per language per build.
struct DayFormatter: Sendable {
    private let style: Date.FormatStyle

    init(language: Language) {
        style = Date.FormatStyle(date: .long, time: .omitted, locale: language.locale,
                                 calendar: Day.utcCalendar, timeZone: Day.utcCalendar.timeZone)
    }

    func string(_ day: Day) -> String {
        Self.withoutBidiMarks(day.date.formatted(style))
    }

    /// ICU may add direction marks around Arabic dates; `<time>` inside a `dir` element needs none.
    static func withoutBidiMarks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{200F}" || $0 == "\u{200E}" || $0 == "\u{061C}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200F}" && $0 != "\u{200E}" && $0 != "\u{061C}" }))
    }
}

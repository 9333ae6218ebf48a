import Foundation

/// A calendar day as editors write it in front matter: `2023-05-12`.
///
/// Kept as year, month and day so that no time zone can move it to the day before.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, refusing impossible days such as `2023-02-30`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601's day without a year, `--MM-DD`: a day that comes back every year.
    /// Kept in the leap year 2000, so that `--02-29` is a day.
    public init?(yearless text: String) {
        guard text.hasPrefix("--"), let day = Day(iso: "2000-" + text.dropFirst(2)) else { return nil }
        self = day
    }

    /// `09-28`, HTML's yearless date string for `<time datetime>`.
    public var yearlessDescription: String {
        String(description.dropFirst(5))
    }

    /// `2023-05-12`, as used in `<time datetime>` and sitemaps.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Midnight UTC of this day, for formatting with a UTC formatter.
    public var date: Date {
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        return Day.utcCalendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

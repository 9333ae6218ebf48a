import Foundation

/// One cell of a data table, typed by its column.
public enum DataValue: Sendable, Hashable {
    case empty
    case text(String)
    /// Text per language code.
    case localized([String: String])
    case integer(Int64)
    case decimal(Decimal)
    case percent(Decimal)
    /// Dirhams as whole centimes, so that sums are exact.
    case money(centimes: Int64)
    case count(Int64)
    case date(Day)
    case dateRange(Day, Day)
    /// A day that comes back every year, written `--09-28` in a date or date range column
    /// (a world day whose year the source does not give): shown « 28 septembre ».
    case yearlyDay(Day)
    case period(Int, Int)
    case url(String)
    case choice(String)
    case boolean(Bool)

    /// The number a numeric cell holds (dirhams for money), for sums, charts and checks.
    public var number: Decimal? {
        switch self {
        case .integer(let value), .count(let value): Decimal(value)
        case .decimal(let value), .percent(let value): value
        case .money(let centimes): Decimal(centimes) / 100
        default: nil
        }
    }

    /// The first day of a date or date range, for sorting record lists.
    var firstDay: Day? {
        switch self {
        case .date(let day), .dateRange(let day, _): day
        default: nil
        }
    }

    var isEmpty: Bool { self == .empty }
}

import Foundation

/// The sum of a column over rows: exact for money (centimes), counts and
/// integers, a `Decimal` for decimals. Used to check declared totals, to
/// write a table's totals row and a donut's whole, and to check shares.
enum ColumnTotal {
    /// The sum as the number it is, for comparisons: 0 for a column of no numbers.
    static func number(of column: String, in rows: [DataRow]) -> Decimal {
        rows.reduce(Decimal(0)) { $0 + ($1.value(column).number ?? 0) }
    }

    /// The exact sum of a column over rows, as a value of the column's type.
    static func value(of column: ColumnSchema, in rows: [DataRow]) -> DataValue? {
        let values = rows.map { $0.value(column.name) }
        let whole: [Int64] = values.compactMap { value in
            switch value {
            case .money(let amount), .integer(let amount), .count(let amount): amount
            default: nil
            }
        }
        switch column.type {
        case .money: return exactSum(whole).map { .money(centimes: $0) }
        case .integer: return exactSum(whole).map(DataValue.integer)
        case .count: return exactSum(whole).map(DataValue.count)
        case .decimal:
            return .decimal(values.compactMap(\.number).reduce(0, +))
        default:
            return nil
        }
    }

    /// A sum of whole numbers, or nil when it would overflow.
    private static func exactSum(_ numbers: [Int64]) -> Int64? {
        var total: Int64 = 0
        for number in numbers {
            let (added, overflow) = total.addingReportingOverflow(number)
            if overflow { return nil }
            total = added
        }
        return total
    }
}

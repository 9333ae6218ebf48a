/// The type of a data-table column, declared once in the table's schema:
/// every cell of the column is read, checked and formatted by it.
public enum ColumnType: Sendable, Hashable {
    case text
    /// One value per language: `libelle.fr` and `libelle.ar` columns in CSV.
    case localized
    case integer
    case decimal
    case percent
    /// Dirhams, kept exactly as centimes.
    case money
    /// A number of people or things, shown compactly by default: 22 M.
    case count
    case date
    case dateRange
    case period
    case url
    /// One of the allowed values, each with an optional label per language.
    case enumeration([EnumValue])
    case boolean

    /// An allowed value of an `enum` column.
    public struct EnumValue: Sendable, Hashable {
        public let value: String
        public let labels: [String: String]
    }

    /// The names editors write after `type:`.
    static let names = ["text", "localized", "integer", "decimal", "percent", "money", "count",
                        "date", "date_range", "period", "url", "enum", "boolean"]

    var name: String {
        switch self {
        case .text: "text"
        case .localized: "localized"
        case .integer: "integer"
        case .decimal: "decimal"
        case .percent: "percent"
        case .money: "money"
        case .count: "count"
        case .date: "date"
        case .dateRange: "date_range"
        case .period: "period"
        case .url: "url"
        case .enumeration: "enum"
        case .boolean: "boolean"
        }
    }

    /// Whether cells are numbers that can be summed, charted and compared.
    var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .percent, .money, .count: true
        default: false
        }
    }

    /// Whether a table's totals row adds this column up (a percentage is not a sum of percentages).
    var isSummable: Bool {
        switch self {
        case .integer, .decimal, .money, .count: true
        default: false
        }
    }

    /// What a cell must look like, for error messages.
    var expectation: Message {
        switch self {
        case .text, .localized: "a text"
        case .integer: "a whole number written with digits only, such as 5500"
        case .decimal: "a number with a decimal point, such as 4.45"
        case .percent: "a percentage written as a number, such as 19 or 4.5"
        case .money: "an amount in dirhams with digits only, such as 28130252000 (or 12.50 with centimes)"
        case .count: "a whole number written with digits only, such as 22000000"
        case .date: "a date written YYYY-MM-DD, such as 2023-05-12"
        case .dateRange: "two dates written YYYY-MM-DD/YYYY-MM-DD, such as 2023-04-24/2023-04-30"
        case .period: "two years written YYYY/YYYY, such as 2022/2023"
        case .url: "an absolute address such as https://www.sante.gov.ma/"
        case .enumeration(let values): "one of \(values.map(\.value).joined(separator: ", "))"
        case .boolean: "true or false"
        }
    }
}

/// One column of a data table as its schema declares it: name, type, whether
/// a cell may be empty, its unit and its header label in each language.
public struct ColumnSchema: Sendable, Hashable {
    /// How a number is shown: in full (28 130 252 000 DH) or compactly (28,13 Md DH).
    public enum Display: String, Sendable, Hashable, CaseIterable {
        case full
        case compact
    }

    public let name: String
    public let type: ColumnType
    public let required: Bool
    /// Header label per language code; the name when none is given.
    public let label: [String: String]
    /// The word written after the number in each language, agreeing with it.
    public let unit: ColumnUnit
    public let display: Display
    /// Digits after the decimal separator: decimals, percentages and compact amounts.
    public let precision: Int
    /// Shows a plus sign before positive numbers: +19 %.
    public let signed: Bool
    /// The line of the schema that declares this column.
    public let line: Int

    public func label(in language: String) -> String {
        label[language] ?? name
    }
}

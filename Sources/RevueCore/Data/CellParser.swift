import Foundation

/// Reads the text of one cell as the type of its column.
///
/// Cells are written in a machine form that is the same in every language —
/// `28130252000`, `4.45`, `2023-05-12` — and formatted per language only when
/// shown. A cell that does not fit gets a message and, where the intent is
/// plain, the form to write instead.
enum CellParser {
    /// Why a cell was refused, with the form to write when it is obvious.
    struct Problem: Error {
        let message: Message
    }

    static func parse(_ raw: String, as type: ColumnType) -> Result<DataValue, Problem> {
        let text = raw.trimmingSpaces()
        if text.isEmpty { return .success(.empty) }
        switch type {
        case .text, .localized:
            return .success(.text(text))
        case .integer:
            return wholeNumber(text, type: type, allowNegative: true).map(DataValue.integer)
        case .count:
            return wholeNumber(text, type: type, allowNegative: false).map(DataValue.count)
        case .decimal:
            return decimalNumber(text, type: type).map(DataValue.decimal)
        case .percent:
            return decimalNumber(text, type: type).map(DataValue.percent)
        case .money:
            return centimes(text, type: type).map { .money(centimes: $0) }
        case .date:
            if let day = Day(yearless: text) { return .success(.yearlyDay(day)) }
            guard let day = Day(iso: text) else { return .failure(refuse(text, type, suggestion: Day(writtenByHand: text)?.description)) }
            return .success(.date(day))
        case .dateRange:
            if let day = Day(yearless: text) { return .success(.yearlyDay(day)) }
            return dateRange(text, type: type)
        case .period:
            return period(text, type: type)
        case .url:
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                  ["http", "https"].contains(scheme), url.host != nil else {
                return .failure(refuse(text, type, suggestion: text.contains(".") && !text.contains("://") ? "https://\(text)" : nil))
            }
            return .success(.url(text))
        case .enumeration(let values):
            guard values.contains(where: { $0.value == text }) else {
                return .failure(Problem(message: "expected \(type.expectation), not '\(text)'\(NearestName.hint(for: text, among: values.map(\.value)))"))
            }
            return .success(.choice(text))
        case .boolean:
            switch text.lowercased() {
            case "true", "yes": return .success(.boolean(true))
            case "false", "no": return .success(.boolean(false))
            default:
                let suggestion = ["oui", "vrai", "1", "نعم"].contains(text.lowercased()) ? "true"
                    : ["non", "faux", "0", "لا"].contains(text.lowercased()) ? "false" : nil
                return .failure(refuse(text, type, suggestion: suggestion))
            }
        }
    }

    // MARK: - Numbers

    private static func wholeNumber(_ text: String, type: ColumnType, allowNegative: Bool) -> Result<Int64, Problem> {
        let digits = allowNegative && text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return .failure(refuse(text, type, suggestion: withoutGrouping(text)))
        }
        guard let value = Int64(text) else {
            return .failure(Problem(message: "the number '\(text)' is too large: a cell holds at most \(Int64.max)"))
        }
        return .success(value)
    }

    private static func decimalNumber(_ text: String, type: ColumnType) -> Result<Decimal, Problem> {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 18, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(refuse(text, type, suggestion: withoutGrouping(text)))
        }
        return .success(value)
    }

    /// Dirhams with at most two digits of centimes, as whole centimes.
    private static func centimes(_ text: String, type: ColumnType) -> Result<Int64, Problem> {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || parts[1].count <= 2,
              let dirhams = Int64(parts[0]) else {
            return .failure(refuse(text, type, suggestion: withoutGrouping(text)))
        }
        let cents = parts.count == 2 ? (Int64(parts[1]) ?? 0) * (parts[1].count == 1 ? 10 : 1) : 0
        let (scaled, overflow) = dirhams.multipliedReportingOverflow(by: 100)
        let (total, overflowAgain) = scaled.addingReportingOverflow(cents)
        guard !overflow, !overflowAgain else { return .failure(Problem(message: "the amount '\(text)' is too large")) }
        return .success(total)
    }

    /// "28 130 252 000" → "28130252000", "4,45" → "4.45", "19 %" → "19", "9,6 M" → "9600000".
    private static func withoutGrouping(_ text: String) -> String? {
        var candidate = text.replacingOccurrences(of: "%", with: "")
        for currency in ["dirhams", "dirham", "dhs", "dh", "mad", "درهم"] where candidate.lowercased().hasSuffix(currency) {
            candidate = String(candidate.dropLast(currency.count))
            break
        }
        candidate.removeAll { $0 == " " || $0 == "\u{202F}" || $0 == "\u{00A0}" || $0 == "_" }
        let scales: [(suffix: String, factor: Decimal)] = [("Md", 1_000_000_000), ("M", 1_000_000), ("k", 1_000)]
        var factor: Decimal = 1
        for scale in scales where candidate.hasSuffix(scale.suffix) {
            candidate = String(candidate.dropLast(scale.suffix.count))
            factor = scale.factor
            break
        }
        if candidate.filter({ $0 == "," }).count == 1, !candidate.contains(".") {
            candidate = candidate.replacingOccurrences(of: ",", with: ".")
        } else if candidate.contains(".") && candidate.components(separatedBy: ".").dropFirst().allSatisfy({ $0.count == 3 }) && factor == 1 {
            candidate = candidate.replacingOccurrences(of: ".", with: "")
        }
        guard !candidate.isEmpty, candidate.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" }),
              let value = Decimal(string: candidate, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let result = value * factor
        let written = NSDecimalNumber(decimal: result).stringValue
        return written == text ? nil : written
    }

    // MARK: - Dates

    private static func dateRange(_ text: String, type: ColumnType) -> Result<DataValue, Problem> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Day(iso: parts[0]), let end = Day(iso: parts[1]) else {
            return .failure(refuse(text, type, suggestion: nil))
        }
        guard start <= end else {
            return .failure(Problem(message: "the range '\(text)' ends before it starts: write \(end)/\(start)"))
        }
        return .success(.dateRange(start, end))
    }

    private static func period(_ text: String, type: ColumnType) -> Result<DataValue, Problem> {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let last = Int(parts[1]) else {
            return .failure(refuse(text, type, suggestion: nil))
        }
        guard text.contains("/") else { return .failure(refuse(text, type, suggestion: "\(first)/\(last)")) }
        guard first <= last else { return .failure(Problem(message: "the period '\(text)' ends before it starts")) }
        return .success(.period(first, last))
    }

    private static func refuse(_ text: String, _ type: ColumnType, suggestion: String?) -> Problem {
        let hint = suggestion.map { " (write \($0))" } ?? ""
        return Problem(message: "expected \(type.expectation), not '\(text)'\(hint)")
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}

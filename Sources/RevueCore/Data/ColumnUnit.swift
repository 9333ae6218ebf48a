import Foundation

/// The unit written after a column's numbers in each language: one word
/// (`unit: {fr: lits, ar: سرير}`), or its forms by plural category, chosen by
/// the number (`ar: {one: سرير, two: سريران, few: أسرة, many: سريرا, other: سرير}`).
public struct ColumnUnit: Sendable, Hashable {
    /// By language code, the forms by category; a single word is the `other` form alone.
    let forms: [String: [PluralCategory: String]]

    static let none = ColumnUnit(forms: [:])

    /// The word after `number` in the language `code`: the form of its category, else `other`.
    func word(after number: Decimal, in code: String) -> String? {
        guard let forms = forms[code] else { return nil }
        // One word for every number: no plural rule to apply (most units, in most languages).
        if forms.count == 1, let only = forms.values.first { return only }
        return forms[PluralCategory.of(number, language: code)] ?? forms[.other]
    }

    /// Reads `unit` from a column of a schema.
    static func read(from item: YAMLMapping, languages: [String], into problems: inout [Diagnostic]) -> ColumnUnit {
        guard let entry = item.entry("unit") else { return .none }
        if case .scalar(let scalar) = entry.value {
            return ColumnUnit(forms: Dictionary(keepingFirst: languages.map { ($0, [.other: scalar.string]) }))
        }
        guard let byLanguage = try? YAMLMapping.mapping(entry.value, file: item.file, firstLine: 1) else {
            problems.append(.error("'unit' must be a word, or one word per language code", in: item.file, line: entry.line, column: entry.column))
            return .none
        }
        problems += byLanguage.unknownKeys(allowed: languages, what: "language")
        var forms: [String: [PluralCategory: String]] = [:]
        for code in languages {
            guard let language = byLanguage.entry(code) else {
                if let first = languages.first, first != code, let standIn = forms[first] {
                    forms[code] = standIn
                    problems.append(.warning("'unit' has no word for the language '\(code)' yet: the '\(first)' word stands in for it until \(code): is written",
                                             in: item.file, line: entry.line, column: entry.column, code: "missing-translation"))
                    continue
                }
                problems.append(.error("'unit' has no word for the language '\(code)': add \(code): and its word (or its forms: {one: …, other: …})",
                                       in: item.file, line: entry.line, column: entry.column))
                continue
            }
            if case .scalar(let scalar) = language.value {
                forms[code] = [.other: scalar.string]
            } else if let categories = try? YAMLMapping.mapping(language.value, file: item.file, firstLine: 1) {
                forms[code] = pluralForms(categories, of: language, into: &problems)
            }
        }
        return ColumnUnit(forms: forms)
    }

    /// `{one: سرير, two: سريران, …}`: known categories only, and `other` among them.
    private static func pluralForms(_ categories: YAMLMapping, of language: YAMLMapping.Entry,
                                    into problems: inout [Diagnostic]) -> [PluralCategory: String] {
        problems += categories.unknownKeys(allowed: PluralCategory.allCases.map(\.rawValue), what: "plural category")
        var forms: [PluralCategory: String] = [:]
        for category in PluralCategory.allCases {
            if let word = categories.string(category.rawValue, into: &problems) { forms[category] = word }
        }
        if forms[.other] == nil {
            problems.append(.error("the unit's forms for '\(language.key)' need 'other', the form for any number the others do not name",
                                   in: categories.file, line: language.line, column: language.column))
        }
        return forms
    }
}

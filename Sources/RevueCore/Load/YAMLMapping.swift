import Foundation
import Yams

/// A YAML mapping read with the line of every key, so that each finding about a
/// value can name the file and line where the editor wrote it.
///
/// Used for front matter and for `revue.yml`. Values stay strings until a typed
/// accessor reads them: `date: 2023-05-12` is never turned into a timestamp.
struct YAMLMapping {
    struct Entry {
        let key: String
        let value: Node
        let line: Int
        let column: Int
    }

    let file: String
    let entries: [Entry]

    /// Parses `text`, whose first line is line `firstLine` of `file`.
    static func parse(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticError) -> YAMLMapping {
        let node: Node?
        do {
            // The basic resolver leaves every scalar a string: revue types values itself,
            // and skips the default resolver's regular expressions on every key.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, in: text, file: file, firstLine: firstLine))
        } catch {
            throw DiagnosticError(.error("invalid YAML: \(error)", in: file, line: firstLine))
        }
        guard let node else {
            return YAMLMapping(file: file, entries: [])
        }
        return try mapping(node, file: file, firstLine: firstLine)
    }

    /// Reads a nested mapping (such as one entry of `languages:`).
    static func mapping(_ node: Node, file: String, firstLine: Int) throws(DiagnosticError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            let line = (node.mark?.line ?? 1) + firstLine - 1
            throw DiagnosticError(.error("expected 'key: value' lines here", in: file, line: line))
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            let line = (key.mark?.line ?? 1) + firstLine - 1
            entries.append(Entry(key: key.string ?? "", value: value, line: line, column: key.mark?.column ?? 1))
        }
        return YAMLMapping(file: file, entries: entries)
    }

    // MARK: - Checking keys

    /// An error for every key that is not in `allowed`, with the nearest valid key.
    func unknownKeys(allowed: [String], what: Message) -> [Diagnostic] {
        entries.compactMap { entry in
            guard !allowed.contains(entry.key) else { return nil }
            return .error(
                "unknown \(what) key '\(entry.key)'\(NearestName.hint(for: entry.key, among: allowed))",
                in: file, line: entry.line, column: entry.column, code: "unknown-key")
        }
    }

    func entry(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    // MARK: - Typed values

    /// A plain string value; numbers and booleans are read as the text the editor wrote.
    func string(_ key: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let scalar) = entry.value else {
            diagnostics.append(expected("a text", for: entry))
            return nil
        }
        if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty {
            return nil
        }
        return scalar.string
    }

    /// A whole number within `range`: what an editor writes is never trusted to fit
    /// the arithmetic done on it later (the next chapter's number, a sum of weights).
    func int(_ key: String, in range: ClosedRange<Int>, into diagnostics: inout [Diagnostic]) -> Int? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let scalar) = entry.value, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) ?? Self.tooLarge(scalar.string)
        else {
            diagnostics.append(expected("a whole number", for: entry))
            return nil
        }
        guard range.contains(value) else {
            diagnostics.append(.error("'\(entry.key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(scalar.string)",
                                      in: file, line: entry.line, column: entry.column))
            return nil
        }
        return value
    }

    /// A number of digits too long for `Int`, read as the bound it passes, so that it is reported as out of range.
    private static func tooLarge(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return text.hasPrefix("-") ? Int.min : Int.max
    }

    func bool(_ key: String, into diagnostics: inout [Diagnostic]) -> Bool? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let scalar) = entry.value else {
            diagnostics.append(expected("true or false", for: entry))
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(expected("true or false", for: entry))
            return nil
        }
    }

    func day(_ key: String, into diagnostics: inout [Diagnostic]) -> Day? {
        guard let entry = entry(key) else { return nil }
        guard case .scalar(let scalar) = entry.value, let day = Day(iso: scalar.string) else {
            var finding = expected("a date written YYYY-MM-DD (such as 2023-05-12)", for: entry)
            if case .scalar(let scalar) = entry.value, let meant = Day(writtenByHand: scalar.string) {
                finding.message = "\(finding.message): write \(entry.key): \(meant)"
            }
            diagnostics.append(finding)
            return nil
        }
        return day
    }

    /// A list of strings; a single string is accepted as a list of one.
    func strings(_ key: String, into diagnostics: inout [Diagnostic]) -> [String]? {
        guard let entry = entry(key) else { return nil }
        switch entry.value {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    diagnostics.append(expected("a list of texts", for: entry))
                    return nil
                }
                values.append(scalar.string)
            }
            return values
        default:
            diagnostics.append(expected("a list of texts", for: entry))
            return nil
        }
    }

    /// A value given per language (`title: { fr: …, ar: … }`); a single text serves every language.
    /// `languages` starts with the default language: a required text another language lacks is
    /// the default one's, with a warning (an error with `--strict`), so that a language can be
    /// added to a review before everything is translated.
    func localized(_ key: String, languages: [String], required: Bool = true, into problems: inout [Diagnostic]) -> [String: String] {
        guard let entry = entry(key) else { return [:] }
        if case .scalar(let scalar) = entry.value {
            return Dictionary(keepingFirst: languages.map { ($0, scalar.string) })
        }
        guard let mapping = try? YAMLMapping.mapping(entry.value, file: file, firstLine: 1) else {
            problems.append(.error("'\(key)' must be a text, or one text per language code", in: file, line: entry.line, column: entry.column))
            return [:]
        }
        problems += mapping.unknownKeys(allowed: languages, what: "language")
        var values: [String: String] = [:]
        for code in languages {
            if let value = mapping.string(code, into: &problems) {
                values[code] = value
            } else if required, let first = languages.first, first != code, let fallback = values[first] {
                values[code] = fallback
                problems.append(.warning("'\(key)' has no text for the language '\(code)' yet: the '\(first)' text stands in for it until \(code): is written",
                                         in: file, line: entry.line, column: entry.column, code: "missing-translation"))
            } else if required {
                problems.append(.error("'\(key)' has no text for the language '\(code)'", in: file, line: entry.line, column: entry.column))
            }
        }
        return values
    }

    /// A value from a fixed set, such as a page kind or a text direction.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, of type: T.Type, into diagnostics: inout [Diagnostic]) -> T?
    where T.RawValue == String {
        guard let entry = entry(key) else { return nil }
        let names = T.allCases.map(\.rawValue)
        guard case .scalar(let scalar) = entry.value else {
            diagnostics.append(expected("one of \(names.joined(separator: ", "))", for: entry))
            return nil
        }
        guard let value = T(rawValue: scalar.string) else {
            let hint = NearestName.hint(for: scalar.string, among: names)
            diagnostics.append(
                .error("'\(key)' must be one of \(names.joined(separator: ", ")), not '\(scalar.string)'\(hint)",
                       in: file, line: entry.line, column: entry.column))
            return nil
        }
        return value
    }

    func expected(_ what: Message, for entry: Entry) -> Diagnostic {
        let written: Message
        if case .scalar(let scalar) = entry.value { written = ", not '\(scalar.string)'" } else { written = "" }
        return .error("'\(entry.key)' must be \(what)\(written)", in: file, line: entry.line, column: entry.column)
    }

    // MARK: - YAML syntax errors

    /// For `title: Santé mentale : un enjeu national`, whose value holds `: ` and so reads as a
    /// second key: the same line with the value in quotes.
    static func quotingAdvice(for line: Substring) -> Message? {
        guard let separator = line.range(of: ": ") else { return nil }
        let key = line[..<separator.lowerBound]
        let value = line[separator.upperBound...].trimmingSpaces()
        guard !key.isEmpty, !key.contains(where: { "\"'{}[]#".contains($0) }), value.contains(": ") || value.hasSuffix(":"),
              !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let name = key.trimmingSpaces()
        return "put the \(name) in quotes: \(name): \(quoted(value))"
    }

    /// A YAML string in double quotes, whatever it holds.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func diagnostic(for error: YamlError, in text: String, file: String, firstLine: Int) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml often notices a problem only at the end of the input; point at the last line written.
            let line = min(mark.line, max(lines.count, 1))
            let column = line == mark.line ? mark.column : nil
            let opened: Message = context.map { " (\($0.text) started on line \($0.mark.line + firstLine - 1))" } ?? ""
            let fix = line >= 1 && line <= lines.count ? quotingAdvice(for: lines[line - 1]) : nil
            let advice: Message = fix.map { ": \($0)" } ?? ""
            return .error("invalid YAML: \(problem)\(opened)\(advice)", in: file, line: line + firstLine - 1, column: column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("invalid YAML: the key '\(duplicates.sorted().joined(separator: "', '"))' is written twice",
                          in: file, line: context.mark.line + firstLine - 1, column: context.mark.column)
        default:
            return .error("invalid YAML: \(error)", in: file, line: firstLine)
        }
    }
}

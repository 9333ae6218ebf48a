import Foundation
import Yams

/// The project's settings, read from `revue.yml` at the project root.
///
/// ```yaml
/// title: { fr: "Revue du Ministère…", ar: "مجلة وزارة…" }
/// base_url: https://revue.sante.gov.ma/
/// issue: "2"
/// period: 2022/2023
/// default_language: fr
/// languages:
///   - { code: fr, name: Français, locale: fr-MA, direction: ltr }
///   - { code: ar, name: العربية, locale: ar-MA, direction: rtl }
/// ```
public struct SiteConfig: Sendable {
    /// The review's title, per language code.
    public var title: [String: String]
    /// The line under the title (« Réalisations phares 2022/2023 »), per language.
    public var subtitle: [String: String]
    /// The cover's motto (« La refonte en progrès… »), per language.
    public var tagline: [String: String]
    /// Who publishes the review, per language.
    public var publisher: [String: String]
    /// The absolute address the site is published at, ending with `/`.
    public var baseURL: String
    /// The review's number, such as "2".
    public var issue: String
    /// The period the review covers, such as "2022/2023".
    public var period: String
    public var languages: [Language]
    public var defaultLanguage: Language
    /// Lets raw HTML and any URL through cmark; off unless the project asks for it.
    public var unsafeHTML: Bool
    /// What `revue.yml` does not say in every language yet (the default language's text is used).
    public var warnings: [Diagnostic] = []

    public static let fileName = "revue.yml"
    static let keys = [
        "title", "subtitle", "tagline", "publisher", "base_url", "issue", "period",
        "languages", "default_language", "unsafe_html",
    ]
    static let languageKeys = ["code", "name", "locale", "direction"]
    /// Settings a language may override: how numbers are grouped and their decimals separated.
    static let optionalLanguageKeys = ["grouping", "decimal", "typography"]

    public func language(code: String) -> Language? {
        languages.first { $0.code == code }
    }

    /// The languages' codes, the default language first: the language whose text stands in
    /// for a translation not written yet.
    public var codesDefaultFirst: [String] {
        [defaultLanguage.code] + languages.map(\.code).filter { $0 != defaultLanguage.code }
    }
}

// MARK: - Loading

extension SiteConfig {
    /// What a folder without `revue.yml` is answered with.
    public static func missingFile(in root: URL) -> DiagnosticError {
        DiagnosticError(.error("there is no \(fileName) in \(root.path): is this a revue project? (use --project to name its folder)", in: fileName))
    }

    /// Reads and checks `revue.yml` in `root`, reporting every problem at once.
    public static func load(from root: URL) throws(DiagnosticError) -> SiteConfig {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { throw missingFile(in: root) }
        return try parse(try SourceText.read(url, displayPath: fileName))
    }

    /// Parses the text of `revue.yml`.
    public static func parse(_ text: String) throws(DiagnosticError) -> SiteConfig {
        let file = fileName
        let yaml = try YAMLMapping.parse(text, file: file)
        guard !yaml.entries.isEmpty else {
            throw DiagnosticError(.error("the project settings are empty: 'title', 'base_url' and 'languages' are required", in: file, line: 1))
        }
        var problems = yaml.unknownKeys(allowed: keys, what: "setting")
        for key in ["title", "base_url", "languages"] where yaml.entry(key) == nil {
            problems.append(.error("the setting '\(key)' is required", in: file, line: 1))
        }

        let languages = readLanguages(yaml, into: &problems)
        let codes = languages.map(\.code)
        var defaultLanguage = languages.first
        if let code = yaml.string("default_language", into: &problems), let entry = yaml.entry("default_language") {
            defaultLanguage = languages.first { $0.code == code }
            if defaultLanguage == nil, !languages.isEmpty {
                problems.append(.error("'default_language' is '\(code)', which is not one of the languages (\(codes.joined(separator: ", ")))\(NearestName.hint(for: code, among: codes))",
                                       in: file, line: entry.line, column: entry.column))
            }
        }
        let defaultFirst = defaultLanguage.map { first in [first.code] + codes.filter { $0 != first.code } } ?? codes
        func localized(_ key: String, required: Bool) -> [String: String] {
            yaml.localized(key, languages: defaultFirst, required: required, into: &problems)
        }
        let title = localized("title", required: true)
        let subtitle = localized("subtitle", required: false)
        let tagline = localized("tagline", required: false)
        let publisher = localized("publisher", required: false)

        var baseURL = yaml.string("base_url", into: &problems) ?? ""
        if let entry = yaml.entry("base_url"), !baseURL.isEmpty {
            if let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil {
                if !baseURL.hasSuffix("/") { baseURL += "/" }
            } else {
                problems.append(.error("'base_url' must be an absolute http(s) address such as https://revue.sante.gov.ma/, not '\(baseURL)'",
                                       in: file, line: entry.line, column: entry.column))
            }
        }

        let unsafeHTML = yaml.bool("unsafe_html", into: &problems) ?? false
        let issue = yaml.string("issue", into: &problems) ?? ""
        let period = yaml.string("period", into: &problems) ?? ""

        guard !problems.contains(where: { $0.severity == .error }), let defaultLanguage else {
            throw DiagnosticError(problems)
        }
        return SiteConfig(
            title: title, subtitle: subtitle, tagline: tagline, publisher: publisher,
            baseURL: baseURL, issue: issue, period: period,
            languages: languages, defaultLanguage: defaultLanguage, unsafeHTML: unsafeHTML, warnings: problems)
    }

    private static func readLanguages(_ yaml: YAMLMapping, into problems: inout [Diagnostic]) -> [Language] {
        guard let entry = yaml.entry("languages") else { return [] }
        guard case .sequence(let sequence) = entry.value, !sequence.isEmpty else {
            problems.append(.error("'languages' must be a list of languages, each with code, name, locale and direction", in: yaml.file, line: entry.line))
            return []
        }
        var languages: [Language] = []
        for node in sequence {
            let item: YAMLMapping
            do {
                item = try YAMLMapping.mapping(node, file: yaml.file, firstLine: 1)
            } catch {
                problems.append(contentsOf: error.diagnostics)
                continue
            }
            problems.append(contentsOf: item.unknownKeys(allowed: languageKeys + optionalLanguageKeys, what: "language"))
            let line = node.mark?.line ?? entry.line
            var missing = false
            for key in languageKeys where item.entry(key) == nil {
                problems.append(.error("a language needs '\(key)'", in: yaml.file, line: line))
                missing = true
            }
            let code = item.string("code", into: &problems) ?? ""
            let name = item.string("name", into: &problems) ?? ""
            let locale = item.string("locale", into: &problems) ?? ""
            let direction = item.choice("direction", of: Language.Direction.self, into: &problems)
            if let localeEntry = item.entry("locale"), !locale.isEmpty, !isKnownLocale(locale) {
                problems.append(.error("'\(locale)' is not a locale this system knows (such as fr-MA or ar-MA)",
                                       in: yaml.file, line: localeEntry.line, column: localeEntry.column))
                missing = true
            }
            if let codeEntry = item.entry("code"), !code.isEmpty, !isPathSafe(code) {
                problems.append(.error("a language code is used in paths: write letters, digits and '-' only, not '\(code)'",
                                       in: yaml.file, line: codeEntry.line, column: codeEntry.column))
                missing = true
            }
            if languages.contains(where: { $0.code == code }) {
                // Reported, and the first listing kept: every table per language stays one entry per code.
                problems.append(.error("the language '\(code)' is listed twice: remove one of its listings", in: yaml.file, line: line))
                missing = true
            }
            let grouping = item.string("grouping", into: &problems) ?? Language.defaultGrouping
            let decimal = item.string("decimal", into: &problems)
            let typography = item.entry("typography") == nil ? nil : item.choice("typography", of: Typography.self, into: &problems)
            if !missing, let direction {
                languages.append(Language(code: code, name: name, locale: locale, direction: direction,
                                          groupingSeparator: grouping, decimalSeparator: decimal, typography: typography))
            }
        }
        return languages
    }

    private static func isKnownLocale(_ identifier: String) -> Bool {
        let canonical = identifier.replacingOccurrences(of: "-", with: "_")
        return knownLocales.contains(canonical)
    }

    private static let knownLocales = Set(Locale.availableIdentifiers)

    private static func isPathSafe(_ code: String) -> Bool {
        code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

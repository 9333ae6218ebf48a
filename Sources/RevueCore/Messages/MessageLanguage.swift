/// The language revue speaks to the person running it: English, or French for the
/// ministry's editors. Chosen by `--messages`, else by the environment as `gettext` reads it.
public enum MessageLanguage: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case french = "fr"

    /// The language of `--messages CODE` when given (`fr`, `en`), else of the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (`fr_MA.UTF-8` → French).
    /// English when none names a language of the catalogue.
    public static func chosen(arguments: [String], environment: [String: String]) -> MessageLanguage {
        if let given = option(in: arguments) {
            return MessageLanguage(code: given) ?? .english
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return MessageLanguage(code: value) ?? .english
            }
        }
        return .english
    }

    /// `fr`, `fr_FR.UTF-8`, `fr-MA`: the language its first two letters name.
    public init?(code: String) {
        let language = code.prefix { $0.isLetter }.lowercased()
        guard let known = MessageLanguage(rawValue: language) else { return nil }
        self = known
    }

    /// The value of `--messages` (`--messages fr` or `--messages=fr`), read before the
    /// commands are parsed so that their help is said in it too.
    private static func option(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--messages", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--messages=") { return String(argument.dropFirst("--messages=".count)) }
        }
        return nil
    }

    /// Whether a count takes the singular: 1 in English; 0 and 1 in French.
    public func takesSingular(_ count: Int) -> Bool {
        switch self {
        case .english: count == 1
        case .french: count == 0 || count == 1
        }
    }
}

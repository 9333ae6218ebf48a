/// The typographic rules of a language, applied to every text revue writes in it, prose
/// and generated text alike (dates, chart labels, legends, table cells, summaries), and
/// checked in what editors write. Chosen in `revue.yml` by `typography:`, else by the locale.
public enum Typography: String, Sendable, Hashable, CaseIterable {
    /// A no-break space before « : » and inside « », a narrow one before « ; ! ? »,
    /// the curly apostrophe, « 1er » for the first of a month.
    case french
    /// « ، » « ؛ » « ؟ » between Arabic words and no space before « : » « ؛ » « ؟ »
    /// (`revue check` points at the Latin signs and spaces an editor types).
    case arabic
    /// Text as written.
    case plain

    /// `text` set by these rules: the one place generated text is given its language's typography.
    public func apply(_ text: String) -> String {
        switch self {
        case .french: FrenchTypography.apply(text)
        case .arabic: ArabicTypography.apply(text)
        case .plain: text
        }
    }

    /// The rules of a locale's language: `fr-MA` French, `ar-MA` Arabic, any other plain.
    public init(locale identifier: String) {
        switch identifier.prefix(while: { $0.isLetter }).lowercased() {
        case "fr": self = .french
        case "ar": self = .arabic
        default: self = .plain
        }
    }
}

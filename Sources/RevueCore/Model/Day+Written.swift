/// A day as editors write it by hand, for messages that answer with the ISO form of
/// that same day: `12/05/2023`, `12.5.2023`, `12 mai 2023`, `1er octobre 2022`,
/// `12 ماي 2023` (day first, as in Morocco).
extension Day {
    /// Month names in French (with and without accents) and as Moroccan Arabic writes them.
    private static let monthNames: [String: Int] = {
        let names = [
            ["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"],
            ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"],
        ]
        let arabic = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
        var months: [String: Int] = [:]
        for (index, forms) in names.enumerated() {
            for form in forms { months[form] = index + 1 }
            months[arabic[index]] = index + 1
        }
        return months
    }()

    /// The day `text` names when it is written day first by hand; nil when it names none.
    public init?(writtenByHand text: String) {
        let parts = text.split { $0 == "/" || $0 == "." || $0 == "-" || $0 == " " || $0 == "\u{00A0}" }.map(String.init)
        guard parts.count == 3, parts[2].count == 4, let year = Int(parts[2]) else { return nil }
        let dayText = parts[0].hasSuffix("er") ? String(parts[0].dropLast(2)) : parts[0]
        guard dayText.count <= 2, let day = Int(dayText),
              let month = Int(parts[1]) ?? Self.monthNames[parts[1].lowercased()] else { return nil }
        let pad = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        self.init(iso: "\(year)-\(pad(month))-\(pad(day))")
    }
}

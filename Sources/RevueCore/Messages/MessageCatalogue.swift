/// Every sentence revue says, in each language it speaks: the English text is the key
/// (with `{1}`, `{2}`… where the values go), the French text its entry in `FrenchMessages`.
///
/// A message whose key the catalogue lacks is said in English; `missingKeys` lists
/// them, and the tests ask it of every finding they meet.
public enum MessageCatalogue {
    /// The text of `key` in `language`, nil when the catalogue has none.
    public static func template(for key: String, in language: MessageLanguage) -> String? {
        switch language {
        case .english: key
        case .french: FrenchMessages.entries[key]
        }
    }

    /// The keys of `message` (and of the messages among its values) that have no entry
    /// for `language`. A key with no letters of its own (`{1}: {2}`) needs none.
    public static func missingKeys(of message: Message, in language: MessageLanguage) -> [String] {
        message.keys.filter { key in
            needsTranslation(key) && template(for: key, in: language) == nil
        }
    }

    /// Whether `key` has words of its own, outside its numbered places.
    static func needsTranslation(_ key: String) -> Bool {
        Message.pieces(of: key).contains { piece in
            if case .text(let text) = piece { return text.contains { $0.isLetter } }
            return false
        }
    }

    /// The numbered places of a template, in order, for checking that an entry names
    /// the same values as its key.
    public static func places(in template: String) -> [Int] {
        Message.pieces(of: template).compactMap { piece in
            if case .place(let number) = piece { return number }
            return nil
        }
    }
}

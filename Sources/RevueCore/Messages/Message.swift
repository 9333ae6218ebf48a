/// A sentence revue says to a person (a finding, a summary, a line of help), kept as
/// its English text with the values it names, so that it can be said in any language
/// of the catalogue when it is printed.
///
/// Written as an ordinary interpolated string, `"the setting '\(key)' is required"`;
/// its key in the catalogue is the English text with numbered places for the values,
/// `the setting '{1}' is required`, as `MessageCatalogue` lists them.
public struct Message: Sendable, Hashable, Codable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// What goes in one numbered place: a text as it is (a file name, a key, a number),
    /// or another message, said in the same language.
    public indirect enum Value: Sendable, Hashable, Codable {
        case text(String)
        case message(Message)
        /// One of two messages, by the plural rule of the language it is said in:
        /// `1 warning` and `2 warnings`; in French the singular goes to 0 and 1.
        case counted(Int, one: Message, other: Message)
        /// A number with `digits` decimals, with the language's decimal sign: 0.25 s, 0,25 s.
        case decimal(Double, digits: Int)
    }

    /// The English text, `{1}`, `{2}`… standing where the values go.
    public let key: String
    public let values: [Value]

    public init(key: String, values: [Value] = []) {
        self.key = key
        self.values = values
    }

    public init(stringLiteral value: String) {
        self.init(key: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(key: stringInterpolation.key, values: stringInterpolation.values)
    }

    /// Text named in a message that is not itself said in a language: a file name, a system's
    /// own error text. Its braces are kept as they are.
    public static func verbatim(_ text: String) -> Message {
        Message(key: "{1}", values: [.text(text)])
    }

    /// Builds the key as the literal is read: its text as written, each value a numbered place.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var key = ""
        var values: [Value] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 4 * interpolationCount)
            values.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            key += literal
        }

        /// Another message, said in the language of the one it is part of.
        public mutating func appendInterpolation(_ message: Message) {
            place(.message(message))
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            place(.text(value.description))
        }

        /// An error, by its own message when it has one (`MessageError`).
        public mutating func appendInterpolation(_ error: any Error) {
            place(.message(.describing(error)))
        }

        /// A measured number, such as seconds: `"\(seconds, digits: 2) s"`.
        public mutating func appendInterpolation(_ value: Double, digits: Int) {
            place(.decimal(value, digits: digits))
        }

        public mutating func appendInterpolation(_ value: String) {
            place(.text(value))
        }

        private mutating func place(_ value: Value) {
            values.append(value)
            key += "{\(values.count)}"
        }
    }

    /// The message in English, its values in their places.
    public var english: String { said(in: .english) }

    public var description: String { english }

    /// The message in `language`: its catalogue entry, or the English text when the
    /// catalogue has none (`MessageCatalogue.missingKeys` finds those).
    public func said(in language: MessageLanguage) -> String {
        let template = MessageCatalogue.template(for: key, in: language) ?? key
        return Self.fill(template, with: values, in: language)
    }

    /// `template` with each `{n}` replaced by value n.
    static func fill(_ template: String, with values: [Value], in language: MessageLanguage) -> String {
        guard !values.isEmpty else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 16 * values.count)
        for piece in pieces(of: template) {
            switch piece {
            case .text(let text):
                result += text
            case .place(let number) where number <= values.count:
                switch values[number - 1] {
                case .text(let text): result += text
                case .message(let message): result += message.said(in: language)
                case .counted(let count, let one, let other):
                    result += (language.takesSingular(count) ? one : other).said(in: language)
                case .decimal(let value, let digits):
                    let text = String(format: "%.\(min(max(digits, 0), 9))f", value)
                    result += language == .french ? text.replacingOccurrences(of: ".", with: ",") : text
                }
            case .place(let number):
                result += "{\(number)}"
            }
        }
        return result
    }

    /// A part of a template: text as written, or the numbered place of a value.
    enum Piece: Equatable {
        case text(Substring)
        case place(Int)
    }

    /// `template` cut into its text and its `{n}` places; braces around anything else are text.
    static func pieces(of template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = template[...]
        var textStart = rest.startIndex
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "}",
               let number = Int(digits), number >= 1 {
                if textStart < open { pieces.append(.text(template[textStart..<open])) }
                rest = rest[rest.index(after: digits.endIndex)...]
                textStart = rest.startIndex
                pieces.append(.place(number))
            } else {
                rest = rest[afterOpen...]
            }
        }
        if textStart < template.endIndex { pieces.append(.text(template[textStart...])) }
        return pieces
    }

    /// This message's key and those of the messages among its values.
    public var keys: [String] {
        [key] + values.flatMap { value -> [String] in
            switch value {
            case .text, .decimal: []
            case .message(let message): message.keys
            case .counted(_, let one, let other): one.keys + other.keys
            }
        }
    }

    /// `one` or `other` as the plural rule of the language says for `count`:
    /// `.counting(n, one: "1 warning", other: "\(n) warnings")`.
    public static func counting(_ count: Int, one: Message, other: Message) -> Message {
        Message(key: "{1}", values: [.counted(count, one: one, other: other)])
    }

    /// "1 warning", "3 warnings".
    public static func warnings(_ count: Int) -> Message {
        counting(count, one: "\(count) warning", other: "\(count) warnings")
    }

    /// "a, b or c", the choices as written.
    public static func either(_ choices: [String]) -> Message {
        guard let last = choices.last, choices.count > 1 else { return .verbatim(choices.first ?? "") }
        return "\(verbatim(choices.dropLast().joined(separator: ", "))) or \(verbatim(last))"
    }

    /// Messages joined by `separator`, as one message.
    public static func joined(_ messages: [Message], separator: String) -> Message {
        guard let first = messages.first else { return "" }
        return messages.dropFirst().reduce(first) { "\($0)\(verbatim(separator))\($1)" }
    }
}

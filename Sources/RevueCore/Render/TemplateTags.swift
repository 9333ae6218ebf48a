/// The tags of one Mustache template, read the way swift-mustache reads them
/// (delimiters changed by `{{=<% %>=}}` included), for the checks revue makes
/// before it compiles a theme: partials that do not exist, partials that
/// include themselves, sections nested beyond what a template needs.
struct TemplateTags {
    /// One tag: its sigil (`#`, `^`, `/`, `>`, `<`, `$`…, or nil for a value) and its name.
    struct Tag {
        let sigil: Character?
        let name: String
        let line: Int
    }

    /// Deeper than this, a template is refused: compiling and rendering it would
    /// need a stack that no thread has (the default theme nests 4 deep).
    static let deepestNesting = 64

    let tags: [Tag]

    init(_ text: String) {
        var tags: [Tag] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        let bytes = Array(text.utf8)
        var line = 1
        var position = 0
        while let start = Self.find(open, in: bytes, from: position) {
            line += Self.lineBreaks(in: bytes[position..<start])
            var contentStart = start + open.count
            var closing = close
            if open == Self.standardOpen, contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {   // {{{value}}}
                contentStart += 1
                closing = [UInt8(ascii: "}")] + close
            }
            guard let end = Self.find(closing, in: bytes, from: contentStart) else { break }
            let content = Self.trimmed(bytes[contentStart..<end])
            let tagLine = line
            line += Self.lineBreaks(in: bytes[contentStart..<end])
            position = end + closing.count
            if content.hasPrefix("="), content.hasSuffix("="), content.count >= 2 {
                let delimiters = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if delimiters.count == 2 {
                    open = Array(delimiters[0].utf8)
                    close = Array(delimiters[1].utf8)
                }
                continue
            }
            let sigil = content.first.flatMap { "#^/><$!&".contains($0) ? $0 : nil }
            let name = sigil == nil ? content : Self.trimmed(ArraySlice(content.utf8.dropFirst()))   // a sigil is one byte
            tags.append(Tag(sigil: sigil, name: name, line: tagLine))
        }
        self.tags = tags
    }

    private static let standardOpen = Array("{{".utf8)

    /// The text of `bytes` without the spaces around it; Foundation trims only when a space
    /// other than U+0020 or a tab may stand at either end.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Where `delimiter` next starts in `bytes`, at `position` or after; its bytes are compared as they are.
    private static func find(_ delimiter: [UInt8], in bytes: [UInt8], from position: Int) -> Int? {
        guard let first = delimiter.first, delimiter.count <= bytes.count else { return nil }
        var index = position
        while index <= bytes.count - delimiter.count {
            if bytes[index] == first, bytes[index..<index + delimiter.count].elementsEqual(delimiter) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The partials the template includes or inherits from, with the line of each.
    var partials: [(name: String, line: Int)] {
        tags.filter { $0.sigil == ">" || $0.sigil == "<" }.map { ($0.name, $0.line) }
    }

    /// The first tag that opens a section deeper than `deepestNesting`, if any.
    var tooDeep: Tag? {
        var depth = 0
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<":
                depth += 1
                if depth > Self.deepestNesting { return tag }
            case "/":
                depth = max(depth - 1, 0)
            default:
                break
            }
        }
        return nil
    }
}

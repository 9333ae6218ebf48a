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
        var open = "{{", close = "}}"
        var line = 1
        var rest = text[...]
        while let start = rest.range(of: open) {
            line += rest[..<start.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            var inside = rest[start.upperBound...]
            var closing = close
            if open == "{{", inside.first == "{" {   // {{{value}}}
                inside = inside.dropFirst()
                closing = "}" + close
            }
            guard let end = inside.range(of: closing) else { break }
            let content = inside[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            let tagLine = line
            line += inside[..<end.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            rest = inside[end.upperBound...]
            if content.hasPrefix("="), content.hasSuffix("="), content.count >= 2 {
                let delimiters = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if delimiters.count == 2 {
                    open = String(delimiters[0])
                    close = String(delimiters[1])
                }
                continue
            }
            let sigil = content.first.flatMap { "#^/><$!&".contains($0) ? $0 : nil }
            let name = (sigil == nil ? content[...] : content.dropFirst()).trimmingCharacters(in: .whitespaces)
            tags.append(Tag(sigil: sigil, name: name, line: tagLine))
        }
        self.tags = tags
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

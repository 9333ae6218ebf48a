/// Splits a content file into front matter and body, and types the front matter.
///
/// ```
/// ---
/// title: Renforcement du budget du MSPS
/// date: 2023-05-12
/// ---
/// Le budget 2023…
/// ```
enum FrontMatterParser {
    struct Split {
        let yaml: String
        let body: String
        /// The line of the file on which the body starts.
        let bodyFirstLine: Int
    }

    static func split(_ text: String, file: String) throws(DiagnosticError) -> Split {
        if text.allSatisfy(\.isWhitespace) {
            throw DiagnosticError(.error("the file is empty: a page needs front matter with at least a title, between two '---' lines", in: file, line: 1))
        }
        // Only the front matter is cut into lines; the body is handed to cmark whole.
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            throw DiagnosticError(.error("the file does not start with front matter: write '---', then 'title: …', then '---' on the first lines", in: file, line: 1))
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while lines.count == 2 {
            lines = lines[1].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            lineNumber += 1
            guard let line = lines.first else { break }
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                let body = lines.count == 2 ? String(lines[1]) : ""
                return Split(yaml: yamlLines.joined(separator: "\n"), body: body, bodyFirstLine: lineNumber + 1)
            }
            yamlLines.append(line)
        }
        throw DiagnosticError(.error("the front matter opened on line 1 is never closed: add a '---' line after its last key", in: file, line: 1))
    }

    /// Types every key, reporting unknown keys and wrong values together.
    static func parse(_ yaml: String, file: String) throws(DiagnosticError) -> FrontMatter {
        let mapping = try YAMLMapping.parse(yaml, file: file, firstLine: 2)
        var problems = mapping.unknownKeys(allowed: FrontMatter.keys, what: "front matter")
        var matter = FrontMatter()
        for entry in mapping.entries { matter.lines[entry.key] = entry.line }

        if let entry = mapping.entry("title") {
            let title = mapping.string("title", into: &problems) ?? ""
            if !title.allSatisfy(\.isWhitespace) {
                matter.title = title
            } else if case .scalar = entry.value {
                problems.append(.error("'title' is empty", in: file, line: entry.line, column: entry.column))
            }
        } else {
            problems.append(.error("the front matter has no 'title'", in: file, line: 1))
        }
        matter.linkTitle = mapping.string("link_title", into: &problems)
        matter.summary = mapping.string("summary", into: &problems)
        matter.date = mapping.day("date", into: &problems)
        matter.endDate = mapping.day("end_date", into: &problems)
        matter.weight = mapping.int("weight", in: FrontMatter.weightRange, into: &problems)
        matter.number = mapping.int("number", in: FrontMatter.numberRange, into: &problems)
        matter.kind = mapping.choice("kind", of: PageKind.self, into: &problems)
        matter.draft = mapping.bool("draft", into: &problems) ?? false
        matter.yearly = mapping.bool("yearly", into: &problems) ?? false
        matter.tags = mapping.strings("tags", into: &problems) ?? []
        matter.translationKey = mapping.string("translation_key", into: &problems)
        matter.cover = mapping.string("cover", into: &problems)
        matter.coverAlt = mapping.string("cover_alt", into: &problems)
        matter.author = mapping.string("author", into: &problems)
        matter.attribution = mapping.string("attribution", into: &problems)
        matter.place = mapping.string("place", into: &problems)
        matter.slogan = mapping.string("slogan", into: &problems)
        matter.period = mapping.string("period", into: &problems)
        matter.pages = mapping.choice("pages", of: PageKind.self, into: &problems)

        if let start = matter.date, let end = matter.endDate, end < start, let line = matter.lines["end_date"] {
            problems.append(.error("'end_date' (\(end)) is before 'date' (\(start))", in: file, line: line))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return matter
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}

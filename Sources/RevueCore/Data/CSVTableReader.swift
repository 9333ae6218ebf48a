import SwiftCSV

/// Reads the rows of a CSV data file with SwiftCSV, keeping the line and column
/// where each cell was written so that a wrong cell can be pointed at.
///
/// Fields are separated by commas, or by semicolons as spreadsheets set to French
/// write them: the header line tells which, by the one of the two it holds more of
/// outside quotes.
enum CSVTableReader {
    /// The rows of `text`, whose header names `fields`; a field of `standIns` (a translation
    /// of a localized column) may be left out, with a warning.
    static func rows(of text: String, file: String, fields: [String], standIns: Set<String> = [], into problems: inout [Diagnostic]) -> [RawRow] {
        if let quote = unclosedQuote(in: text) {
            // SwiftCSV would read the rest of the file as one field: the rows after it would seem empty.
            problems.append(.error("this quote is never closed, so the rest of the file would be one cell: close it (write \"\" for a quote inside a quoted field)",
                                   in: file, line: quote.line, column: quote.column))
            return []
        }
        let sourceLines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let separator = separator(ofHeader: sourceLines.first ?? Substring().utf8)
        var records: [[String]] = []
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: separator == UInt8(ascii: ";") ? .semicolon : .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { records.append($0) }
        } catch {
            let line = records.reduce(1) { $0 + linesSpanned(by: $1) }
            problems.append(.error("this row's quotes are not closed, or a quote stands inside a field that does not start with one (write \"\" for a quote inside a quoted field)",
                                   in: file, line: line))
            return []
        }
        guard let header = records.first, header != [""] else {
            problems.append(.error("the file is empty: its first line names the columns (\(fields.joined(separator: ",")))", in: file, line: 1))
            return []
        }
        guard checkHeader(header, columns: fieldStarts(in: sourceLines.first ?? Substring().utf8, separator: separator), fields: fields, standIns: standIns, file: file, into: &problems) else {
            return []
        }

        var rows: [RawRow] = []
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            positions[name] = index
        }
        var line = 1 + linesSpanned(by: header)
        for record in records.dropFirst() {
            defer { line += linesSpanned(by: record) }
            if record.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            let starts = line <= sourceLines.count ? fieldStarts(in: sourceLines[line - 1], separator: separator) : []
            if record.count > header.count {
                let example = separator == UInt8(ascii: ";") ? "\"…; …\"" : "\"…, …\""
                let mark: Message = separator == UInt8(ascii: ";") ? "semicolon" : "comma"
                problems.append(.error("this row has \(record.count) fields but the header names \(header.count) columns (quote a text holding a \(mark): \(example))",
                                       in: file, line: line, column: starts.count > header.count ? starts[header.count] : nil))
                continue
            }
            rows.append(RawRow(line: line, fields: positions, cells: header.indices.map { index in
                RawRow.Cell(text: index < record.count ? record[index] : "", line: line, column: index < starts.count ? starts[index] : nil)
            }))
        }
        return rows
    }

    /// Every header name must be a field of the schema, once; every field of the schema must be there.
    private static func checkHeader(_ header: [String], columns: [Int], fields: [String], standIns: Set<String>, file: String,
                                    into problems: inout [Diagnostic]) -> Bool {
        var ok = true
        var seen: Set<String> = []
        for (index, name) in header.enumerated() {
            let column = index < columns.count ? columns[index] : nil
            if !fields.contains(name) {
                problems.append(.error("the column '\(name)' is not declared in the table's schema\(NearestName.hint(for: name, among: fields))",
                                       in: file, line: 1, column: column))
                ok = false
            } else if !seen.insert(name).inserted {
                problems.append(.error("the column '\(name)' is named twice in the header", in: file, line: 1, column: column))
                ok = false
            }
        }
        for field in fields where !header.contains(field) {
            if standIns.contains(field) {
                problems.append(.warning("the header has no column '\(field)' yet: the default language's text stands in for it until the column is added",
                                         in: file, line: 1, code: "missing-translation"))
                continue
            }
            problems.append(.error("the header has no column '\(field)', which the schema declares: add it (its cells may stay empty when the column is not required)",
                                   in: file, line: 1))
            ok = false
        }
        return ok
    }

    /// Where the quote that opens a field and is never closed stands, if one is.
    private static func unclosedQuote(in text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 0
        var opened: (line: Int, column: Int)?
        for byte in text.utf8 where !isContinuation(byte) {
            column += 1
            if byte == UInt8(ascii: "\"") {
                opened = opened == nil ? (line, column) : nil
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
            }
        }
        return opened
    }

    /// A record spans one line, plus one for each line break inside its quoted fields (the text's
    /// line breaks are all `\n` by then, as the lines it is split into).
    private static func linesSpanned(by record: [String]) -> Int {
        1 + record.reduce(0) { $0 + $1.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
    }

    /// The 1-based character column where each field of a line starts. It only
    /// locates fields for messages: SwiftCSV has read them.
    static func fieldStarts(in line: Substring.UTF8View, separator: UInt8 = UInt8(ascii: ",")) -> [Int] {
        var starts = [1]
        var quoted = false, column = 0
        for byte in line where !isContinuation(byte) {
            column += 1
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == separator, !quoted {
                starts.append(column + 1)
            }
        }
        return starts
    }

    /// A byte inside a character written in UTF-8 rather than at its start: columns count characters.
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// `;` when the header holds more semicolons than commas outside quotes, else `,`.
    static func separator(ofHeader line: Substring.UTF8View) -> UInt8 {
        var commas = 0, semicolons = 0
        var quoted = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ",") where !quoted: commas += 1
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}

import Foundation

/// The pages the last build read, kept in `.revue-cache/sources` beside the
/// build cache: for each Markdown file of `content/`, the stamp it had, its
/// typed front matter, the digests of its front matter and body, and the line
/// its body starts on.
///
/// A build that finds a file with the stamp of its record takes the page from
/// the record without reading the file or parsing its YAML; the body is read
/// only if the page is rendered. Another revue binary starts over; a record
/// that cannot be read back is ignored and its file read, so a damaged file
/// costs time, never a wrong page.
///
/// ```
/// revue source records 1
/// run 1234:55603184:…
/// count 2
/// content/fr/_index.md<TAB>inode:size:modified:changed<TAB>front matter digest<TAB>body digest<TAB>7<TAB>title=…<TAB>@title=2
/// …
/// end
/// ```
struct SourceRecords: Sendable {
    static let fileName = "sources"
    private static let header = "revue source records 1"

    /// The bytes of the file, which the records point into.
    private let bytes: [UInt8]
    /// Each record's line in `bytes` and the stamp its file had, by the path shown in findings.
    private let records: [String: (stamp: FileStamp, line: Range<Int>)]

    var count: Int { records.count }

    static func location(in project: URL) -> URL {
        project.appendingPathComponent(BuildCache.folderName).appendingPathComponent(fileName)
    }

    // MARK: - Reading

    /// The records of `project` written by this very binary (`binaryKey`); nil when there are none,
    /// with a warning when the file is there but damaged.
    static func load(from project: URL, binaryKey: String, into diagnostics: Diagnostics) -> SourceRecords? {
        let url = location(in: project)
        guard let bytes = CacheFields.bytes(ofFileAt: url.path) else { return nil }
        do throws(BuildCache.DamagedCache) {
            return try parse(bytes, binaryKey: binaryKey)
        } catch {
            diagnostics.report(.warning("the build cache's pages are damaged (\(error.reason), line \(error.line)): reading every page; they are written anew",
                                        in: "\(BuildCache.folderName)/\(fileName)", line: error.line, code: "cache"))
            return nil
        }
    }

    /// The records of `bytes`; nil when another binary wrote them.
    static func parse(_ bytes: [UInt8], binaryKey: String) throws(BuildCache.DamagedCache) -> SourceRecords? {
        var reader = CacheLines(bytes)
        guard try reader.line() == header else { throw BuildCache.DamagedCache(line: 1, reason: "it is no list of pages of revue") }
        guard try reader.line() == "run \(binaryKey)" else { return nil }
        let count = try reader.count("count", of: "pages")
        var records: [String: (stamp: FileStamp, line: Range<Int>)] = [:]
        records.reserveCapacity(reader.capacity(forLines: count))
        for _ in 0..<count {
            let line = try reader.nextLine()
            var fields = FieldCursor(bytes, line)
            guard let file = fields.next(), let stampField = fields.next(), let stamp = CacheFields.stamp(bytes, stampField) else {
                throw reader.damaged("a page's path or stamp is not readable")
            }
            records[String(decoding: bytes[file], as: UTF8.self)] = (stamp, line)
        }
        guard try reader.line() == "end" else { throw reader.damaged("'end' was expected") }
        return SourceRecords(bytes: bytes, records: records)
    }

    /// The document of `file` from its record, when the file still has the record's stamp and the
    /// record can be read back; its body is read from `fullPath` when asked for.
    func document(_ file: String, stamp: FileStamp?, language: Language, path: String, fullPath: String) -> SourceDocument? {
        guard let stamp, let record = records[file], record.stamp == stamp else { return nil }
        var fields = FieldCursor(bytes, record.line)
        _ = fields.next()
        _ = fields.next()
        guard let frontMatterField = fields.next(), let bodyField = fields.next(), let lineField = fields.next(),
              let frontMatterDigest = CacheFields.digest(bytes, frontMatterField), let bodyDigest = CacheFields.digest(bytes, bodyField),
              let bodyFirstLine = CacheFields.decimal(bytes, lineField) else { return nil }
        var values: [(key: String, value: String)] = []
        while let field = fields.next() {
            guard let equals = bytes[field].firstIndex(of: UInt8(ascii: "=")),
                  let key = String(validating: bytes[field.lowerBound..<equals], as: UTF8.self),
                  let value = Self.unescaped(bytes[(equals + 1)..<field.upperBound]) else { return nil }
            values.append((key, value))
        }
        guard let matter = FrontMatter(recordFields: values) else { return nil }
        return SourceDocument(file: file, language: language, path: path, frontMatter: matter, bodyFirstLine: Int(bodyFirstLine),
                              frontMatterDigest: frontMatterDigest, bodyDigest: bodyDigest, bodyIn: fullPath)
    }

    /// The line of `file` kept as it was read, when the file still has the record's stamp.
    private func line(of file: String, stamp: FileStamp) -> ArraySlice<UInt8>? {
        guard let record = records[file], record.stamp == stamp else { return nil }
        return bytes[record.line]
    }

    // MARK: - Writing

    /// The records of `documents`, each stamped as `inputs` found its file, the lines of `earlier`
    /// reused for the files it already held; nil when a document has no stamp or no front matter digest.
    static func text(of documents: [SourceDocument], inputs: InputStamps, binaryKey: String, earlier: SourceRecords?) -> [UInt8]? {
        var text = CacheText(capacity: documents.count * 300)
        text.line(header)
        text.line("run \(binaryKey)")
        text.line("count \(documents.count)")
        for document in documents {
            guard let stamp = inputs.stamps[document.file], let frontMatterDigest = document.frontMatterDigest else { return nil }
            if let kept = earlier?.line(of: document.file, stamp: stamp) {
                text.bytes(kept)
                text.byte(0x0A)
                continue
            }
            guard text.path(document.file) else { return nil }
            text.byte(0x09)
            text.stamp(stamp)
            text.byte(0x09)
            text.digest(frontMatterDigest)
            text.byte(0x09)
            text.digest(document.bodyDigest)
            text.byte(0x09)
            text.decimal(Int64(document.bodyFirstLine))
            for field in document.frontMatter.recordFields {
                text.byte(0x09)
                text.text(field.key)
                text.byte(0x3D)
                text.text(escaped(field.value))
            }
            text.byte(0x0A)
        }
        text.line("end")
        return text.bytes
    }

    /// Writes `text` through a temporary file; a warning when it cannot be written.
    static func save(_ text: [UInt8], in project: URL) -> Diagnostic? {
        let url = location(in: project)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text).write(to: url, options: .atomic)
            return nil
        } catch {
            return .warning("the build cache's pages cannot be written (\(OutputWriter.reason(error))): the next build reads every page",
                            in: "\(BuildCache.folderName)/\(fileName)", code: "cache")
        }
    }

    // MARK: - Escaping

    /// `field` with its backslashes, tabs and line breaks written `\\`, `\t` and `\n`.
    static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var result = ""
        for character in field.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The text `escaped` wrote as `field`; nil for an escape it never writes.
    static func unescaped(_ field: ArraySlice<UInt8>) -> String? {
        guard field.contains(0x5C) else { return String(validating: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var escaping = false
        for byte in field {
            if escaping {
                switch byte {
                case 0x5C: bytes.append(0x5C)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                default: return nil
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return escaping ? nil : String(validating: bytes, as: UTF8.self)
    }
}

extension SourceRecords {
    /// The records with the stamps the files have now: what the loader takes pages from.
    struct Stamped: Sendable {
        let records: SourceRecords
        let stamps: InputStamps

        /// The document of `file` from its record, when the file still has the record's stamp.
        func document(_ file: String, language: Language, path: String, fullPath: String) -> SourceDocument? {
            records.document(file, stamp: stamps.stamps[file], language: language, path: path, fullPath: fullPath)
        }
    }
}

/// The tab-separated fields of one line of a buffer, one range at a time.
private struct FieldCursor {
    let bytes: [UInt8]
    let line: Range<Int>
    var offset: Int
    var done = false

    init(_ bytes: [UInt8], _ line: Range<Int>) {
        self.bytes = bytes
        self.line = line
        offset = line.lowerBound
    }

    mutating func next() -> Range<Int>? {
        guard !done else { return nil }
        let start = offset
        while offset < line.upperBound, bytes[offset] != 0x09 { offset += 1 }
        if offset >= line.upperBound { done = true }
        defer { offset += 1 }
        return start..<offset
    }
}

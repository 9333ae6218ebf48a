/// Reads the build cache's lines from its bytes: tens of thousands of
/// `path<TAB>view<TAB>body<TAB>inode:size:modified:changed` lines, read in a few
/// milliseconds where splitting `String`s would take a large part of a build.
struct CacheLines {
    private let bytes: [UInt8]
    private var offset = 0
    private(set) var number = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func damaged(_ reason: String) -> BuildCache.DamagedCache {
        BuildCache.DamagedCache(line: Swift.max(number, 1), reason: reason)
    }

    /// The next line, without its line break.
    mutating func line() throws(BuildCache.DamagedCache) -> String {
        let range = try nextLine()
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The value of the line `name value`.
    mutating func field(_ name: String) throws(BuildCache.DamagedCache) -> String {
        let text = try line()
        guard text.hasPrefix(name + " ") else { throw damaged("'\(name)' was expected") }
        return String(text.dropFirst(name.count + 1))
    }

    /// The number of the line `name count`, which counts `what` (`name` itself by default).
    mutating func count(_ name: String, of what: String? = nil) throws(BuildCache.DamagedCache) -> Int {
        guard let count = Int(try field(name)), (0...10_000_000).contains(count) else { throw damaged("the number of \(what ?? name) is not one") }
        return count
    }

    /// Room to reserve for `count` lines to come: no more than the bytes left could hold, so
    /// that a damaged count is refused by the lines that are missing, not by the memory it asks for.
    func capacity(forLines count: Int) -> Int {
        Swift.min(count, (bytes.count - offset) / 16)
    }

    /// A line `path<TAB>stamp`, or with `digests`, `path<TAB>view<TAB>body<TAB>stamp`, each digest or a dash.
    mutating func entry(digests: Bool) throws(BuildCache.DamagedCache) -> (path: String, view: ContentDigest?, body: ContentDigest?, stamp: FileStamp) {
        let range = try nextLine()
        var cursor = range.lowerBound
        let path = try upTo(9, from: &cursor, in: range)
        var view: ContentDigest?, body: ContentDigest?
        if digests {
            view = try digestOrDash(upTo(9, from: &cursor, in: range))
            body = try digestOrDash(upTo(9, from: &cursor, in: range))
        }
        guard let stamp = CacheFields.stamp(bytes, cursor..<range.upperBound) else { throw damaged("a file's stamp is not one") }
        return (String(decoding: bytes[path], as: UTF8.self), view, body, stamp)
    }

    /// Where the next line is in the bytes, without its line break.
    mutating func nextLine() throws(BuildCache.DamagedCache) -> Range<Int> {
        guard offset < bytes.count else {
            number += 1
            throw damaged("it ends too soon")
        }
        let start = offset
        while offset < bytes.count, bytes[offset] != 10 { offset += 1 }
        let range = start..<offset
        offset += 1
        number += 1
        return range
    }

    /// The bytes from `cursor` to the next `separator`, moving past it.
    private func upTo(_ separator: UInt8, from cursor: inout Int, in line: Range<Int>) throws(BuildCache.DamagedCache) -> Range<Int> {
        let start = cursor
        while cursor < line.upperBound, bytes[cursor] != separator { cursor += 1 }
        guard cursor < line.upperBound else { throw damaged("a file's entry is not complete") }
        let field = start..<cursor
        cursor += 1
        return field
    }

    private func digestOrDash(_ field: Range<Int>) throws(BuildCache.DamagedCache) -> ContentDigest? {
        if field.count == 1 && bytes[field.lowerBound] == UInt8(ascii: "-") { return nil }
        guard let digest = CacheFields.digest(bytes, field) else { throw damaged("a page's digest is not one") }
        return digest
    }
}

import Foundation

/// What a reader is told of a PDF before downloading it: its size and its number of pages.
///
/// The page count is read from the document's page tree (`/Type /Pages … /Count N`), as
/// Chromium writes it: the root of the tree counts every page below it, so the largest
/// count is the document's. A document whose count cannot be read has none.
public struct PDFFacts: Sendable, Equatable {
    public let bytes: Int
    public let pages: Int?

    public init(bytes: Int, pages: Int?) {
        self.bytes = bytes
        self.pages = pages
    }

    /// The facts of a PDF's bytes.
    public init(of data: Data) {
        self.init(bytes: data.count, pages: Self.pageCount(in: data))
    }

    static func pageCount(in data: Data) -> Int? {
        let pagesType = Array("/Type /Pages".utf8)
        let count = Array("/Count".utf8)
        let (open, close) = (Array("<<".utf8), Array(">>".utf8))
        var largest: Int?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            while let found = firstIndex(of: pagesType, in: bytes, from: index) {
                index = found + pagesType.count
                // The dictionary holding the type: back to its `<<`, on to its `>>`.
                let start = lastIndex(of: open, in: bytes, before: found) ?? found
                let end = firstIndex(of: close, in: bytes, from: index) ?? bytes.count
                guard let key = firstIndex(of: count, in: bytes, from: start), key < end,
                      let value = number(in: bytes, from: key + count.count) else { continue }
                largest = max(largest ?? 0, value)
            }
        }
        return largest
    }

    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var index = min(end, bytes.count) - needle.count
        while index >= 0 {
            if needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index -= 1
        }
        return nil
    }

    /// The whole number after `start`, past white space.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 9 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }
}

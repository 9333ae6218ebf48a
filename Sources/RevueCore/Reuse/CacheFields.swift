import Foundation

/// Reads the build cache's files (`BuildCache`, `SourceRecords`) and their numbers straight
/// from their bytes, without making a `String` of each: the digests and stamps of tens
/// of thousands of lines are read in a few milliseconds.
enum CacheFields {
    /// The bytes of the file at `path`, read once into the array that is parsed; nil when it cannot be read.
    static func bytes(ofFileAt path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let result = read(descriptor, base + count, size - count)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    complete = result == 0
                    break
                }
                count += result
            }
        }
        return complete ? bytes : nil
    }

    /// A decimal number, as `CacheText.decimal` writes it; nil for anything else.
    static func decimal(_ bytes: [UInt8], _ field: Range<Int>) -> Int64? {
        guard !field.isEmpty, field.count <= 20, field.upperBound <= bytes.count else { return nil }
        var value: Int64 = 0
        var index = field.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < field.upperBound else { return nil }
        while index < field.upperBound {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, Int64.max - tens >= Int64(digit) else { return nil }
            value = tens + Int64(digit)
            index += 1
        }
        return negative ? -value : value
    }

    /// `inode:size:modified:changed`, as `CacheText.stamp` writes it; nil for anything else.
    /// Read field by field, without an array for the four numbers: the caches hold one stamp a line.
    static func stamp(_ bytes: [UInt8], _ field: Range<Int>) -> FileStamp? {
        guard field.upperBound <= bytes.count else { return nil }
        var start = field.lowerBound
        func number(last: Bool) -> Int64? {
            var end = start
            while end < field.upperBound, bytes[end] != UInt8(ascii: ":") { end += 1 }
            guard last == (end == field.upperBound), let value = decimal(bytes, start..<end) else { return nil }
            start = end + 1
            return value
        }
        guard let inode = number(last: false), inode >= 0, let size = number(last: false),
              let modified = number(last: false), let changed = number(last: true) else { return nil }
        return FileStamp(inode: UInt64(inode), size: size, modified: modified, changed: changed)
    }

    /// Thirty-two hexadecimal digits, as `CacheText.digest` writes them; nil for anything else.
    static func digest(_ bytes: [UInt8], _ field: Range<Int>) -> ContentDigest? {
        guard field.count == 32, field.upperBound <= bytes.count,
              let high = hex(bytes, field.lowerBound..<field.lowerBound + 16),
              let low = hex(bytes, field.lowerBound + 16..<field.upperBound) else { return nil }
        return ContentDigest(high: high, low: low)
    }

    private static func hex(_ bytes: [UInt8], _ field: Range<Int>) -> UInt64? {
        var value: UInt64 = 0
        for index in field {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x57
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }
}

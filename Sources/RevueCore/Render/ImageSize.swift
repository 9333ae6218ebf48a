import Foundation

/// The width and height of a PNG or JPEG image, read from its first bytes, for the
/// `og:image:width` and `og:image:height` a page shared in a message announces.
struct ImageSize: Sendable, Equatable, Encodable {
    let width: Int
    let height: Int

    /// The size of the image in `file`, nil for another format or a file that cannot be read.
    static func of(_ file: URL) -> ImageSize? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 256 * 1024) else { return nil }
        return of(Array(data))
    }

    static func of(_ bytes: [UInt8]) -> ImageSize? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), bytes.count >= 24 {
            // PNG: the IHDR chunk comes first, width and height as big-endian 32-bit numbers.
            return ImageSize(width: bigEndian(bytes, 16, count: 4), height: bigEndian(bytes, 20, count: 4))
        }
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        // JPEG: segments follow one another; a start-of-frame segment (SOF0…SOF15 but DHT, JPG, DAC) holds the size.
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            let length = bigEndian(bytes, index + 2, count: 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: bigEndian(bytes, index + 7, count: 2), height: bigEndian(bytes, index + 5, count: 2))
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ start: Int, count: Int) -> Int {
        bytes[start..<(start + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}

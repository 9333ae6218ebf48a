/// Writes the build cache's lines as bytes, the counterpart of `CacheLines`: tens of
/// thousands of `path<TAB>view<TAB>body<TAB>inode:size:modified:changed` lines, where
/// interpolating and joining `String`s took a tenth of a build that changed one page.
struct CacheText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func byte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func bytes(_ more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// A path, as the first field of a line; false, and nothing written, when it holds a tab or a line
    /// break, which would end the field or the line.
    mutating func path(_ path: String) -> Bool {
        guard !path.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) else { return false }
        text(path)
        return true
    }

    /// A digest, or a dash for none.
    mutating func digestOrDash(_ digest: ContentDigest?) {
        if let digest { self.digest(digest) } else { byte(0x2D) }
    }

    /// One line: its text and a line break.
    mutating func line(_ line: String) {
        text(line)
        byte(0x0A)
    }

    /// A number in decimal, as `Int64(text)` reads it.
    mutating func decimal(_ number: Int64) {
        if number < 0 { byte(0x2D) }
        decimal(number.magnitude)
    }

    mutating func decimal(_ number: UInt64) {
        if number >= 10 { decimal(number / 10) }
        byte(0x30 + UInt8(number % 10))
    }

    /// `inode:size:modified:changed`, as `FileStamp.description` writes it.
    mutating func stamp(_ stamp: FileStamp) {
        decimal(stamp.inode)
        byte(0x3A)
        decimal(stamp.size)
        byte(0x3A)
        decimal(stamp.modified)
        byte(0x3A)
        decimal(stamp.changed)
    }

    /// Thirty-two hexadecimal digits, as `ContentDigest.description` writes them.
    mutating func digest(_ digest: ContentDigest) {
        hex(digest.high)
        hex(digest.low)
    }

    private mutating func hex(_ number: UInt64) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8((number >> UInt64(shift)) & 0xF)
            byte(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
    }
}

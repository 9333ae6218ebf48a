/// A 128-bit fingerprint of bytes, the same in every run and on every machine
/// (Swift's `Hasher` is seeded anew in each process), to tell whether what a
/// page shows changed since the last build. Not meant to resist forgery: the
/// inputs are the project's own files.
struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    /// The digest written by `description`; nil for anything else.
    init?(_ text: Substring) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.high = high
        self.low = low
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    var description: String {
        Self.hex(high) + Self.hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Takes bytes, numbers and texts in order, then gives their digest.
    struct Hasher {
        private var high: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var low: UInt64 = 0xC2B2_AE3D_27D4_EB4F

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset + 8 <= bytes.count {
                mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            mix(tail)
            mix(UInt64(bytes.count))
        }

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }

        mutating func add(_ number: UInt64) {
            mix(number)
        }

        /// The digest of everything added, its last words mixed into every bit.
        var digest: ContentDigest {
            ContentDigest(high: Self.avalanche(high ^ Self.rotate(low, 17)), low: Self.avalanche(low ^ Self.rotate(high, 41)))
        }

        /// Two lanes of multiply, rotate and cross-feed, so that every input bit reaches both halves.
        private mutating func mix(_ word: UInt64) {
            high = Self.rotate((high ^ word) &* 0x87C3_7B91_1142_53D5, 31) &+ low
            low = Self.rotate((low &+ word) &* 0x4CF5_AD43_2745_937F, 27) ^ high
        }

        private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
            (value << count) | (value >> (64 - count))
        }

        private static func avalanche(_ value: UInt64) -> UInt64 {
            var value = value
            value ^= value >> 33
            value &*= 0xFF51_AFD7_ED55_8CCD
            value ^= value >> 33
            value &*= 0xC4CE_B9FE_1A85_EC53
            value ^= value >> 33
            return value
        }
    }
}

/// Feeds a value's every stored property, through its `Encodable` conformance,
/// to a `ContentDigest.Hasher`: a property added to a view model later is
/// covered without anyone remembering to list it.
///
/// Each value goes in with a tag saying what it is, keys with their names and
/// texts with their lengths, so that different values never feed the same words.
final class DigestEncoder: Encoder {
    private(set) var hasher = ContentDigest.Hasher()
    /// How many keyed values the value being fed is inside. The keys themselves are not kept
    /// (`codingPath` stays empty): boxing each one cost more than the hashing.
    private var depth = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The digest of `value`.
    static func digest(of value: some Encodable) -> ContentDigest {
        let encoder = DigestEncoder()
        // The encoder itself never throws; a type's own `encode(to:)` that throws changes the digest.
        do { try value.encode(to: encoder) } catch { encoder.tag(.failed) }
        return encoder.hasher.digest
    }

    enum Tag: UInt64 {
        case keyed = 1, unkeyed, single, key, element, null, bool, integer, unsigned, float, text, failed
    }

    func tag(_ tag: Tag, _ depth: Int = 0) {
        hasher.add(tag.rawValue | UInt64(truncatingIfNeeded: depth) << 8)
    }

    func add(_ text: String) {
        tag(.text)
        hasher.add(text)
    }

    func addInteger(_ number: some BinaryInteger) {
        if number < 0 {
            tag(.integer)
            hasher.add(UInt64(bitPattern: Int64(truncatingIfNeeded: number)))
        } else {
            tag(.unsigned)
            hasher.add(UInt64(truncatingIfNeeded: number))
        }
    }

    func add(_ number: Double) {
        tag(.float)
        hasher.add(number.bitPattern)
    }

    func add(_ value: Bool) {
        tag(.bool)
        hasher.add(value ? 1 : 0)
    }

    func addValue(_ value: some Encodable) throws {
        switch value {
        case let text as String: add(text)
        case let number as Int: addInteger(number)
        case let flag as Bool: add(flag)
        default: try value.encode(to: self)
        }
    }

    /// A value under a key: one level deeper while it is fed.
    func addKeyedValue(_ value: some Encodable) throws {
        depth += 1
        defer { depth -= 1 }
        try addValue(value)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tag(.keyed, depth)
        return KeyedEncodingContainer(Keyed(encoder: self, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        tag(.unkeyed, depth)
        return Unkeyed(encoder: self, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        tag(.single, depth)
        return Single(encoder: self)
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: DigestEncoder
        let depth: Int
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func key(_ key: Key) {
            encoder.tag(.key, depth)
            encoder.hasher.add(key.stringValue)
        }

        mutating func encodeNil(forKey key: Key) { self.key(key); encoder.tag(.null) }
        mutating func encode(_ value: Bool, forKey key: Key) { self.key(key); encoder.add(value) }
        mutating func encode(_ value: String, forKey key: Key) { self.key(key); encoder.add(value) }
        mutating func encode(_ value: Double, forKey key: Key) { self.key(key); encoder.add(value) }
        mutating func encode(_ value: Float, forKey key: Key) { self.key(key); encoder.add(Double(value)) }
        mutating func encode(_ value: Int, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: Int16, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: Int32, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: Int64, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: UInt, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: UInt8, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: UInt16, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: UInt32, forKey key: Key) { self.key(key); encoder.addInteger(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) { self.key(key); encoder.addInteger(value) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            self.key(key)
            try encoder.addKeyedValue(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            self.key(key)
            return encoder.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { self.key(key); return encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: DigestEncoder
        let depth: Int
        private(set) var count = 0
        var codingPath: [any CodingKey] { encoder.codingPath }

        init(encoder: DigestEncoder, depth: Int) {
            self.encoder = encoder
            self.depth = depth
        }

        private mutating func element() {
            encoder.tag(.element, depth)
            count += 1
        }

        mutating func encodeNil() { element(); encoder.tag(.null) }
        mutating func encode(_ value: Bool) { element(); encoder.add(value) }
        mutating func encode(_ value: String) { element(); encoder.add(value) }
        mutating func encode(_ value: Double) { element(); encoder.add(value) }
        mutating func encode(_ value: Float) { element(); encoder.add(Double(value)) }
        mutating func encode(_ value: Int) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: Int8) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: Int16) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: Int32) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: Int64) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: UInt) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: UInt8) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: UInt16) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: UInt32) { element(); encoder.addInteger(value) }
        mutating func encode(_ value: UInt64) { element(); encoder.addInteger(value) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            element()
            try encoder.addValue(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            element()
            return encoder.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            element()
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { element(); return encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() { encoder.tag(.null) }
        mutating func encode(_ value: Bool) { encoder.add(value) }
        mutating func encode(_ value: String) { encoder.add(value) }
        mutating func encode(_ value: Double) { encoder.add(value) }
        mutating func encode(_ value: Float) { encoder.add(Double(value)) }
        mutating func encode(_ value: Int) { encoder.addInteger(value) }
        mutating func encode(_ value: Int8) { encoder.addInteger(value) }
        mutating func encode(_ value: Int16) { encoder.addInteger(value) }
        mutating func encode(_ value: Int32) { encoder.addInteger(value) }
        mutating func encode(_ value: Int64) { encoder.addInteger(value) }
        mutating func encode(_ value: UInt) { encoder.addInteger(value) }
        mutating func encode(_ value: UInt8) { encoder.addInteger(value) }
        mutating func encode(_ value: UInt16) { encoder.addInteger(value) }
        mutating func encode(_ value: UInt32) { encoder.addInteger(value) }
        mutating func encode(_ value: UInt64) { encoder.addInteger(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.addValue(value) }
    }
}

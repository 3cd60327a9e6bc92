/// A read-only map from UTF-8 byte strings to values, looked up straight from a byte buffer.
/// The word-level stages test most words of a clause against a lexicon and reject them:
/// building a `String` and hashing it with SipHash for each was most of their cost. Here a
/// lookup hashes the bytes (FNV-1a) and compares them in place; nothing is allocated.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after another; `offsets[k]..<offsets[k + 1]` is key k.
    private let keyBytes: [UInt8]
    private let offsets: [Int]
    private let values: [Value]
    /// Open addressing, linear probing; slot holds key index + 1 (0 = empty).
    private let slots: [Int32]
    private let mask: Int

    /// Keys as Strings (their UTF-8 bytes are what lookups compare). A later key with the
    /// same bytes replaces the earlier one.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        // Unique by bytes, not by `String` equality (canonical equivalence).
        var unique: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var values: [Value] = []
        for (key, value) in pairs {
            let utf8 = Array(key.utf8)
            if let k = unique[utf8] { values[k] = value; continue }
            unique[utf8] = keys.count
            keys.append(utf8)
            values.append(value)
        }
        var bytes: [UInt8] = []
        var offsets = [0]
        for key in keys { bytes.append(contentsOf: key); offsets.append(bytes.count) }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for k in keys.indices {
            var slot = Self.hash(bytes[offsets[k]..<offsets[k + 1]]) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(k + 1)
        }
        self.keyBytes = bytes
        self.offsets = offsets
        self.values = values
        self.slots = slots
        self.mask = capacity - 1
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value stored under exactly these bytes.
    func value<C: Collection>(_ key: C) -> Value? where C.Element == UInt8 {
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let k = entry - 1
            if offsets[k + 1] - offsets[k] == key.count, keyBytes[offsets[k]..<offsets[k + 1]].elementsEqual(key) {
                return values[k]
            }
            slot = (slot + 1) & mask
        }
    }

    func value(_ key: String) -> Value? { value(key.utf8) }

    func contains<C: Collection>(_ key: C) -> Bool where C.Element == UInt8 { value(key) != nil }
}

extension ByteKeyTable where Value == Bool {
    /// A set of words.
    init<S: Sequence>(set words: S) where S.Element == String {
        self.init(words.lazy.map { ($0, true) })
    }
}

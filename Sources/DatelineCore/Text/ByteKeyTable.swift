import Foundation

/// A read-only map from UTF-8 byte strings to values, looked up straight from a byte buffer.
/// The word-level stages test most words of a clause against a lexicon and reject them:
/// building a `String` and hashing it with SipHash for each was most of their cost. Here a
/// lookup hashes the bytes (FNV-1a) and compares them in place; nothing is allocated.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after another; `offsets[k]..<offsets[k + 1]` is key k.
    private let keyBytes: [UInt8]
    private let offsets: [Int]
    private let values: [Value]
    /// Open addressing, linear probing; a slot holds the key's hash tag (high 32 bits) and its
    /// index + 1 (low 32 bits; 0 = empty). A probe whose tag differs is passed over without
    /// reading the key: most lookups are misses, and reading each probed key cost a cache miss.
    private let slots: [UInt64]
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
        var slots = [UInt64](repeating: 0, count: capacity)
        for (k, key) in keys.enumerated() {
            let h = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = h & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Self.tag(h) | UInt64(k + 1)
        }
        self.keyBytes = bytes
        self.offsets = offsets
        self.values = values
        self.slots = slots
        self.mask = capacity - 1
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 }

    /// The value stored under exactly these bytes.
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        let h = Self.hash(key)
        let tag = Self.tag(h)
        var slot = h & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                guard entry & 0xFFFF_FFFF_0000_0000 == tag else { slot = (slot + 1) & mask; continue }
                let k = Int(entry & 0xFFFF_FFFF) - 1
                let start = offsets[k], count = offsets[k + 1] - start
                if count == key.count, count == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, count) == 0 {
                    return values[k]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    func value(_ key: [UInt8]) -> Value? { key.withUnsafeBufferPointer { value($0) } }
    func value(_ key: ArraySlice<UInt8>) -> Value? { key.withUnsafeBufferPointer { value($0) } }
    func value(_ key: String) -> Value? { value(Array(key.utf8)) }

    func contains(_ key: [UInt8]) -> Bool { value(key) != nil }
}

extension ByteKeyTable where Value == Bool {
    /// A set of words.
    init<S: Sequence>(set words: S) where S.Element == String {
        self.init(words.lazy.map { ($0, true) })
    }
}

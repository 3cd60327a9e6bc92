/// The ASCII keys of one to eight bytes of a `ByteKeyTable`, each packed into one `UInt64` (its
/// bytes little-endian, zero-padded) with its value: a word of letters and digits is looked up
/// from one load of its bytes (lower-cased with one OR, `TokenizedText.shortKey`), without spelling
/// its key into a buffer and hashing it byte by byte. Most words the matcher looks up (capitalised
/// words, the words around a name) are short and in no table ("The", "said"), so this lookup is
/// the common one.
struct ShortKeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]          // 0 = empty slot: a packed key has a nonzero first byte
    private let values: [Value?]
    private let shift: UInt64

    /// One entry per key of `strings` that is ASCII, 1–8 bytes long and free of NUL bytes, with
    /// the value `table` holds for those bytes (so this table answers exactly what it answers).
    init(_ strings: [String], answersOf table: ByteKeyTable<Value>) {
        var pairs: [(UInt64, Value)] = []
        var seen = Set<UInt64>()
        for s in strings {
            let bytes = Array(s.utf8)
            guard let packed = Self.pack(bytes), seen.insert(packed).inserted, let ref = table.value(bytes) else { continue }
            pairs.append((packed, ref))
        }
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (packed, ref) in pairs {
            var slot = Self.slot(packed, shift: 64 - bits)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = packed
            values[slot] = ref
        }
        self.keys = keys
        self.values = values
        self.shift = 64 - bits
    }

    /// The bytes packed little-endian, or nil if they cannot be a key here.
    static func pack(_ bytes: [UInt8]) -> UInt64? {
        guard (1...8).contains(bytes.count), bytes.allSatisfy({ $0 != 0 && $0 < 0x80 }) else { return nil }
        var packed: UInt64 = 0
        for (k, b) in bytes.enumerated() { packed |= UInt64(b) << UInt64(8 * k) }
        return packed
    }

    @inline(__always)
    private static func slot(_ packed: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under exactly these packed bytes.
    @inline(__always)
    func value(_ packed: UInt64) -> Value? {
        let mask = keys.count - 1
        var slot = Self.slot(packed, shift: shift)
        while true {
            let k = keys[slot]
            if k == packed { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

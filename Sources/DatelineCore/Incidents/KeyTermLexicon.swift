/// Hashing and lexicon lookup for the key-term scanner, eight bytes at a time. The scanner
/// lower-cases each word into a buffer with at least eight readable bytes past its end, so a
/// word of up to eight bytes is one load and a mask: hashed by one multiply and compared with
/// a lexicon key by one integer comparison (a byte-at-a-time FNV hash was a multiply per letter
/// of every word).
enum KeyTermHash {
    /// The `count` bytes at `p` as little-endian words, the last one with its bytes past
    /// `count` cleared. Reads up to 7 bytes past `p + count`.
    @inline(__always)
    static func chunk(_ p: UnsafePointer<UInt8>, _ offset: Int, count: Int) -> UInt64 {
        let v = UInt64(littleEndian: UnsafeRawPointer(p + offset).loadUnaligned(as: UInt64.self))
        let left = count &- offset
        return left >= 8 ? v : v & ((1 &<< UInt64(truncatingIfNeeded: left &* 8)) &- 1)
    }

    /// A hash of the `count` bytes at `p` (readable up to 7 bytes past the end).
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
        var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var j = 0
        repeat {
            h = (h ^ chunk(p, j, count: count)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            j &+= 8
        } while j < count
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    static func hash(_ p: UnsafeMutablePointer<UInt8>, count: Int) -> Int { hash(UnsafePointer(p), count: count) }
}

/// The stopwords and spelling variants of `KeyTermExtractor` keyed by bytes: the value is
/// `KeyTermExtractor.stopword` or a variant's index. Keys are kept zero-padded to whole eight-byte
/// chunks, so a key is compared with a word chunk by chunk.
struct KeyTermLexicon: Sendable {
    private let chunks: [UInt64]
    /// Per key: first chunk, byte count, value.
    private let keys: [(start: Int32, count: Int32, value: Int32)]
    /// Open addressing, linear probing; a slot holds the hash's high 32 bits and the key
    /// index + 1 (0 = empty), so that most misses read no key.
    private let slots: [UInt64]
    private let mask: Int

    /// A later key with the same bytes replaces the earlier one.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Int32) {
        var unique: [[UInt8]: Int] = [:]
        var keyBytes: [[UInt8]] = []
        var values: [Int32] = []
        for (key, value) in pairs {
            let utf8 = Array(key.utf8)
            if let k = unique[utf8] { values[k] = value; continue }
            unique[utf8] = keyBytes.count
            keyBytes.append(utf8)
            values.append(value)
        }
        var chunks: [UInt64] = []
        var keys: [(start: Int32, count: Int32, value: Int32)] = []
        var capacity = 16
        while capacity < keyBytes.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (k, bytes) in keyBytes.enumerated() {
            let padded = bytes + [UInt8](repeating: 0, count: 8 + (8 - bytes.count % 8) % 8)
            keys.append((Int32(chunks.count), Int32(bytes.count), values[k]))
            padded.withUnsafeBufferPointer { p in
                var j = 0
                repeat { chunks.append(KeyTermHash.chunk(p.baseAddress!, j, count: bytes.count)); j += 8 } while j < bytes.count
                let h = KeyTermHash.hash(p.baseAddress!, count: bytes.count)
                var slot = h & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Self.tag(h) | UInt64(k + 1)
            }
        }
        self.chunks = chunks
        self.keys = keys
        self.slots = slots
        mask = capacity - 1
    }

    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 }

    /// The value stored under exactly the `count` bytes at `word` (readable 7 bytes past the end).
    @inline(__always)
    func value(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int32? {
        value(word, count: count, hash: KeyTermHash.hash(word, count: count))
    }

    /// The same when the caller has the bytes' `KeyTermHash.hash` already.
    @inline(__always)
    func value(_ word: UnsafeMutablePointer<UInt8>, count: Int, hash h: Int) -> Int32? {
        let p = UnsafePointer(word)
        let tag = Self.tag(h)
        var slot = h & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let key = keys[Int(entry & 0xFFFF_FFFF) &- 1]
                    if Int(key.count) == count && matches(p, count: count, at: Int(key.start)) { return key.value }
                }
                slot = (slot &+ 1) & mask
            }
        }
    }

    @inline(__always)
    private func matches(_ p: UnsafePointer<UInt8>, count: Int, at start: Int) -> Bool {
        var j = 0, c = start
        repeat {
            if chunks[c] != KeyTermHash.chunk(p, j, count: count) { return false }
            j &+= 8; c &+= 1
        } while j < count
        return true
    }
}

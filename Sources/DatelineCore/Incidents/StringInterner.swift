/// Dense ids for strings, equal ids for equal `String`s (canonical equivalence, as a dictionary
/// keyed by `String` decides).
///
/// Clustering interns every key term of every mention, and hashing each with SipHash was a
/// third of profiling it. Strings of 1–15 bytes are looked up first by their exact bytes,
/// packed into two words (a multiply to hash, two compares to match); the `String`-keyed
/// dictionary decides only the first time a byte string is met. The byte cache cannot give a
/// wrong id: equal bytes are an equal string, and two spellings of one string (composed and
/// decomposed) are two cache entries holding the dictionary's one id.
struct StringInterner {
    private var ids: [String: Int32] = [:]
    /// The strings interned, by id (the first spelling met).
    private(set) var strings: [String] = []
    /// Open addressing, linear probing; `second == 0` marks an empty slot (a cached string's
    /// second word holds its length).
    private var first: [UInt64]
    private var second: [UInt64]
    private var cachedIDs: [Int32]
    private var cached = 0
    /// 64 - log2(slots): the hash's high bits pick the slot (its low bits see only the first bytes).
    private var shift: UInt64 = 60

    init() {
        first = Array(repeating: 0, count: 16)
        second = Array(repeating: 0, count: 16)
        cachedIDs = Array(repeating: -1, count: 16)
    }

    var count: Int { strings.count }

    mutating func id(_ string: String) -> Int32 {
        guard let packed = string.utf8.withContiguousStorageIfAvailable({ Self.pack($0) }), let (a, b) = packed else {
            return canonicalID(string)
        }
        let mask = first.count - 1
        var slot = Self.slot(a, b, shift: shift)
        while second[slot] != 0 {
            if second[slot] == b && first[slot] == a { return cachedIDs[slot] }
            slot = (slot + 1) & mask
        }
        let id = canonicalID(string)
        first[slot] = a
        second[slot] = b
        cachedIDs[slot] = id
        cached += 1
        if cached * 2 > first.count { grow() }
        return id
    }

    private mutating func canonicalID(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    /// The bytes little-endian in two zero-padded words, the length in the top byte of the
    /// second (so every byte string of 1–15 bytes has its own pair, and no pair is (0, 0));
    /// nil for other lengths. Read with overlapping loads, not byte by byte.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let count = bytes.count
        guard (1...15).contains(count), let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let length = UInt64(count) << 56
        if count >= 8 {
            let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if count == 8 { return (low, length) }
            // Bytes 8..<count: the last eight bytes, shifted past the ones `low` holds.
            let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            return (low, tail >> UInt64(8 * (16 - count)) | length)
        }
        if count >= 4 {
            // Two four-byte loads that overlap put their common bytes at the same place.
            let head = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return (head | last << UInt64(8 * (count - 4)), length)
        }
        var low = UInt64(base[0])
        if count > 1 { low |= UInt64(base[1]) << 8 }
        if count > 2 { low |= UInt64(base[2]) << 16 }
        return (low, length)
    }

    @inline(__always)
    private static func slot(_ a: UInt64, _ b: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)) >> shift)
    }

    private mutating func grow() {
        let (oldFirst, oldSecond, oldIDs) = (first, second, cachedIDs)
        first = Array(repeating: 0, count: oldFirst.count * 2)
        second = Array(repeating: 0, count: oldFirst.count * 2)
        cachedIDs = Array(repeating: -1, count: oldFirst.count * 2)
        shift -= 1
        let mask = first.count - 1
        for i in oldFirst.indices where oldSecond[i] != 0 {
            var slot = Self.slot(oldFirst[i], oldSecond[i], shift: shift)
            while second[slot] != 0 { slot = (slot + 1) & mask }
            first[slot] = oldFirst[i]
            second[slot] = oldSecond[i]
            cachedIDs[slot] = oldIDs[i]
        }
    }
}

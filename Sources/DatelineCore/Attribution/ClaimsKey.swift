import Foundation

/// A short ASCII text (at most 16 bytes) packed into two integers: what a claims token is
/// compared by. Most tokens and every lexicon word of the claims stages fit, so a token needs no
/// `String` of its own and a comparison is two integer tests instead of a string comparison.
///
/// Two keys are equal exactly when their texts are equal as `String`s: both are ASCII, where
/// byte equality and canonical equivalence agree. A text that does not fit has `none`, which
/// equals no literal or lexicon key (those that fit are at most 16 ASCII bytes, so a longer or
/// non-ASCII text cannot be one of them, unless it is canonically one: see `ClaimsToken.key`).
struct ClaimsKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Bytes 0..<8 and 8..<16, byte k at bits 8k (little-endian), zero-padded.
    var lo: UInt64
    var hi: UInt64
    /// Bytes in the text; -1: `none`.
    var count: Int8

    static let none = ClaimsKey(lo: 0, hi: 0, count: -1)

    var fits: Bool { count >= 0 }

    init(lo: UInt64, hi: UInt64, count: Int8) {
        self.lo = lo
        self.hi = hi
        self.count = count
    }

    /// A literal in the rules (`token.key == ","`): always short ASCII.
    @inline(__always)
    init(stringLiteral value: StaticString) {
        let p = value.utf8Start
        let n = value.utf8CodeUnitCount
        precondition(n <= 16, "claims key literal longer than 16 bytes")
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<n {
            precondition(p[k] < 0x80, "claims key literal not ASCII")
            if k < 8 { lo |= UInt64(p[k]) << UInt64(8 * k) } else { hi |= UInt64(p[k]) << UInt64(8 * (k - 8)) }
        }
        self.init(lo: lo, hi: hi, count: Int8(n))
    }

    /// The key of `text`, or `none` when it is not ASCII or longer than 16 bytes.
    init(_ text: String) {
        var lo: UInt64 = 0, hi: UInt64 = 0, n = 0
        for b in text.utf8 {
            if b >= 0x80 || n == 16 { self = .none; return }
            if n < 8 { lo |= UInt64(b) << UInt64(8 * n) } else { hi |= UInt64(b) << UInt64(8 * (n - 8)) }
            n += 1
        }
        self.init(lo: lo, hi: hi, count: Int8(n))
    }

    /// The key `text` is equal to as a `String`: its own bytes when short ASCII, else the bytes
    /// of its canonical composition when those are short ASCII and the standard library agrees
    /// that the two are equal (the Greek question mark is ";"), else `none`.
    static func canonical(_ text: String) -> ClaimsKey {
        let own = ClaimsKey(text)
        if own.fits || text.utf8.allSatisfy({ $0 < 0x80 }) { return own }
        let composed = text.precomposedStringWithCanonicalMapping
        let key = ClaimsKey(composed)
        return key.fits && composed == text ? key : .none
    }

    /// A 32-bit hash of the packed bytes and length (`ClaimsToken.fp` of a short text).
    @inline(__always)
    var fingerprint: UInt32 {
        var h = lo &* 0x9E37_79B9_7F4A_7C15 ^ (hi &+ UInt64(UInt8(bitPattern: count))) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: h >> 32)
    }

    /// The text itself (only for keys that fit).
    var string: String {
        let n = Int(count)
        return String(unsafeUninitializedCapacity: n) { out in
            for k in 0..<n { out[k] = byte(k) }
            return n
        }
    }

    @inline(__always)
    func byte(_ k: Int) -> UInt8 {
        k < 8 ? UInt8(truncatingIfNeeded: lo >> UInt64(8 * k)) : UInt8(truncatingIfNeeded: hi >> UInt64(8 * (k - 8)))
    }

    /// Whether this key's text starts with `prefix`'s (both must fit).
    @inline(__always)
    func hasPrefix(_ prefix: ClaimsKey) -> Bool {
        guard prefix.count <= count else { return false }
        let n = Int(prefix.count)
        let loMask: UInt64 = n >= 8 ? ~0 : (UInt64(1) << UInt64(8 * n)) &- 1
        let hiMask: UInt64 = n >= 16 ? ~0 : n <= 8 ? 0 : (UInt64(1) << UInt64(8 * (n - 8))) &- 1
        return lo & loMask == prefix.lo && hi & hiMask == prefix.hi
    }

    /// Whether this key's text ends with `suffix`'s (both must fit).
    @inline(__always)
    func hasSuffix(_ suffix: ClaimsKey) -> Bool {
        let n = Int(count), m = Int(suffix.count)
        guard m <= n else { return false }
        for k in 0..<m where byte(n - m + k) != suffix.byte(k) { return false }
        return true
    }
}

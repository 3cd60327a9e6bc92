/// Byte masks over eight bytes at once, loaded as one little-endian `UInt64` ("SIMD within a
/// register"): the answer for each byte is its bit 7. The tokenizers (key terms, places, claims)
/// and the loader's clean-text test read most bytes this way; one set of masks serves them all.
enum ASCIILanes {
    // Computed, not stored: a stored global is checked for lazy initialisation at every access.
    @inline(__always) static var high: UInt64 { 0x8080_8080_8080_8080 }
    @inline(__always) static var low7: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }
    /// Or-ed into a letter, lower-cases it; digits have it already.
    @inline(__always) static var caseBit: UInt64 { 0x2020_2020_2020_2020 }
    @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// Bit 7 set in each byte that lies in lo...hi; `v` has bit 7 clear in every byte (so that no
    /// sum carries into the next byte) and lo, hi < 0x80.
    @inline(__always)
    static func inRange(_ v: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        (v &+ ones &* UInt64(0x80 &- lo)) & ~(v &+ ones &* UInt64(0x7F &- hi)) & high
    }

    /// Per byte of `x`: an ASCII letter or digit; an ASCII digit.
    @inline(__always)
    static func alphanumeric(_ x: UInt64) -> (alphanumeric: UInt64, digit: UInt64) {
        let ascii = ~x & high
        let v = x & low7
        let letter = inRange(v | caseBit, 0x61, 0x7A)
        let digit = inRange(v, 0x30, 0x39) & ascii
        return ((letter & ascii) | digit, digit)
    }

    /// Per byte of `x`: an ASCII letter.
    @inline(__always)
    static func letters(_ x: UInt64) -> UInt64 {
        inRange((x & low7) | caseBit, 0x61, 0x7A) & ~x & high
    }

    /// Per byte of `x`: printable ASCII (0x20–0x7E).
    @inline(__always)
    static func printable(_ x: UInt64) -> UInt64 {
        inRange(x & low7, 0x20, 0x7E) & ~x & high
    }

    /// `x` with its ASCII upper-case letters lower-cased; every other byte unchanged.
    @inline(__always)
    static func lowercased(_ x: UInt64) -> UInt64 {
        x | (inRange(x & low7, 0x41, 0x5A) & ~x & high) >> 2
    }

    /// One byte lower-cased if it is an ASCII upper-case letter: `lowercased` for code that
    /// reads a byte at a time.
    @inline(__always)
    static func lowercased(byte b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// One byte is an ASCII letter: `letters` a byte at a time.
    @inline(__always)
    static func isLetter(byte b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// The low `n` bytes of a word (none for n <= 0, all for n >= 8).
    @inline(__always)
    static func byteMask(_ n: Int) -> UInt64 {
        n >= 8 ? ~0 : n <= 0 ? 0 : (UInt64(1) << UInt64(8 * n)) &- 1
    }

    /// The `count` (at most eight) bytes at `p` little-endian: one load when eight bytes are
    /// readable from `p` (`readable`), else byte by byte. The bytes past `count` are whatever
    /// follows in memory or zero: callers mask them (`byteMask`) with whatever else they do.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        if readable >= 8 {
            return UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        }
        var packed: UInt64 = 0
        for k in 0..<min(count, 8) { packed |= UInt64(p[k]) << UInt64(k &* 8) }
        return packed
    }
}

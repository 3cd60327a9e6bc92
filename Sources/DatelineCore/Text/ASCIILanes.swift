/// Byte masks over eight bytes at once, loaded as one little-endian `UInt64` ("SIMD within a
/// register"): the answer for each byte is its bit 7. The key-term scanner reads most words in one load.
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
}

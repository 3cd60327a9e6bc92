/// Decoding one scalar from UTF-8 bytes in place, for the byte-level scanners: they meet a
/// non-ASCII byte rarely and decode only there.
enum UTF8Scalars {
    /// The scalar starting at byte `i` and its length in bytes; U+FFFD (length 1) for a
    /// sequence cut short by the end of `bytes` or an invalid value.
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ i: Int) -> (Unicode.Scalar, Int) where Bytes.Index == Int {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var value: UInt32, length: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); length = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); length = 3 }
        else { value = UInt32(b0 & 0x07); length = 4 }
        guard i + length <= bytes.endIndex else { return ("\u{FFFD}", 1) }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// Passing over runs of scalars that a scanner has nothing to do with, four at a time: the
/// paragraph splitter stops only at line breaks, the sentence splitter only at stops and quotes,
/// and testing every scalar one by one was most of their time.
enum ScalarRuns {
    /// An offset in `from...end` at or before the first scalar in `from..<end` that is below 0x0E
    /// or at least U+2000 (every line break is, with tabs, a few controls and some punctuation,
    /// which the caller tests one by one as before).
    ///
    /// Two scalars are read as one `UInt64` (scalars stay below 2^31): a lane below 0x0E borrows
    /// into its top bit when 0x0E is subtracted (a borrow into the next lane only adds a false
    /// alarm), and a lane of U+2000 or more has a bit of 0xFFFF_E000 set.
    @inline(__always)
    static func nextLineBreakCandidate(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to end: Int) -> Int {
        var i = from
        guard let base = s.baseAddress.map(UnsafeRawPointer.init) else { return i }
        let low: UInt64 = 0x0000_000E_0000_000E, tops: UInt64 = 0x8000_0000_8000_0000, high: UInt64 = 0xFFFF_E000_FFFF_E000
        while i &+ 4 <= end {
            let a = (base + (i &* 4)).loadUnaligned(as: UInt64.self)
            let b = (base + (i &* 4 &+ 8)).loadUnaligned(as: UInt64.self)
            if ((a &- low) | (b &- low)) & tops | (a | b) & high != 0 { break }
            i &+= 4
        }
        return i
    }

    /// An offset in `from...end` at or before the first scalar in `from..<end` that is in
    /// U+0021...U+003F (`!`, `"`, `.`, `?` with digits and other punctuation, which the caller
    /// tests one by one as before) or not ASCII.
    ///
    /// Per lane below 0x80: adding 0x5F sets bit 7 from 0x21 on, and bit 6 is clear below 0x40;
    /// no lane carries into the next (scalars stay below 2^31).
    @inline(__always)
    static func nextStopCandidate(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to end: Int) -> Int {
        var i = from
        guard let base = s.baseAddress.map(UnsafeRawPointer.init) else { return i }
        let add: UInt64 = 0x0000_005F_0000_005F, bit7: UInt64 = 0x0000_0080_0000_0080
        let nonASCII: UInt64 = 0xFFFF_FF80_FFFF_FF80
        while i &+ 4 <= end {
            let a = (base + (i &* 4)).loadUnaligned(as: UInt64.self)
            let b = (base + (i &* 4 &+ 8)).loadUnaligned(as: UInt64.self)
            let punctuation = ((a &+ add) & ~(a << 1)) | ((b &+ add) & ~(b << 1))
            if punctuation & bit7 | (a | b) & nonASCII != 0 { break }
            i &+= 4
        }
        return i
    }
}

/// Which of a list of cue phrases occur in a text, in one pass over the text: testing each cue
/// with its own scan (a few dozen scans of every paragraph) was a tenth of the per-article time.
/// At each position only the cues starting with that byte are compared. The cues live in one
/// flat byte array read through buffer pointers: an array of arrays cost a retain and release
/// per cue per position. Cues come in groups (caption cues, promotion cues) so that one pass
/// answers for all of them.
struct CueScanner: Sendable {
    /// Every non-empty cue, ordered by first byte, concatenated.
    private let bytes: [UInt8]
    /// Cue k is `bytes[bounds[k]..<bounds[k + 1]]`, in group `groups[k]`.
    private let bounds: [Int]
    private let groups: [Int]
    /// The cues starting with byte b are `byFirstByte[b]..<byFirstByte[b + 1]`.
    private let byFirstByte: [Int]
    /// One bit per pair of first two bytes of a cue; a one-byte cue sets every pair it starts
    /// (and the pair with the 0 that stands for the text's end): most positions start no cue
    /// and are turned away with one bit test.
    private let pairs: [UInt64]

    /// One group of cues.
    init(_ cues: [[UInt8]]) {
        self.init(groups: [cues])
    }

    /// Cues in groups numbered by their position in `groups`.
    init(groups cueGroups: [[[UInt8]]]) {
        let ordered = cueGroups.enumerated().flatMap { g, cues in cues.filter { !$0.isEmpty }.map { (g, $0) } }
            .sorted { $0.1[0] < $1.1[0] }
        bytes = ordered.flatMap { $0.1 }
        var bounds = [0]
        for (_, cue) in ordered { bounds.append(bounds.last! + cue.count) }
        self.bounds = bounds
        groups = ordered.map { $0.0 }
        var first = [Int](repeating: 0, count: 257)
        for (_, cue) in ordered { first[Int(cue[0]) + 1] += 1 }
        for b in 0..<256 { first[b + 1] += first[b] }
        byFirstByte = first
        var pairs = [UInt64](repeating: 0, count: 1024)
        for (_, cue) in ordered {
            let seconds = cue.count == 1 ? Array(0..<256) : [Int(cue[1])]
            for second in seconds {
                let pair = Int(cue[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
    }

    /// Whether a cue occurs in `haystack` (lower-cased bytes); as a whole word: no ASCII letter
    /// on either side.
    func occurs(in haystack: [UInt8], wholeWord: Bool) -> Bool {
        firstGroup(in: haystack, wholeWordGroups: wholeWord ? ~0 : 0) != nil
    }

    /// The lowest-numbered group with a cue in `haystack` (lower-cased bytes). A group whose bit
    /// is set in `wholeWordGroups` counts only matches that are whole words.
    func firstGroup(in haystack: [UInt8], wholeWordGroups: UInt64) -> Int? {
        haystack.withUnsafeBufferPointer { firstGroup(LowerBytes(h: $0), wholeWordGroups: wholeWordGroups) }
    }

    /// The same over ASCII scalars, lower-cased as they are read (no copy of the text).
    func firstGroup(inASCII scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, wholeWordGroups: UInt64) -> Int? {
        firstGroup(ASCIIScalars(s: scalars, start: range.lowerBound, count: range.count), wholeWordGroups: wholeWordGroups)
    }

    private func firstGroup<Text: ScannedBytes>(_ h: Text, wholeWordGroups: UInt64) -> Int? {
        bytes.withUnsafeBufferPointer { c in
            bounds.withUnsafeBufferPointer { bounds in
                groups.withUnsafeBufferPointer { groups in
                    byFirstByte.withUnsafeBufferPointer { first in
                        pairs.withUnsafeBufferPointer { pairs in
                            Self.firstGroup(h, wholeWordGroups: wholeWordGroups, cues: c, bounds: bounds, groups: groups,
                                            first: first, pairs: pairs)
                        }
                    }
                }
            }
        }
    }

    private static func firstGroup<Text: ScannedBytes>(
        _ h: Text, wholeWordGroups: UInt64, cues c: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<Int>,
        groups: UnsafeBufferPointer<Int>, first: UnsafeBufferPointer<Int>, pairs: UnsafeBufferPointer<UInt64>
    ) -> Int? {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        let n = h.count
        var best: Int?
        var next = n > 0 ? h[0] : 0
        for i in 0..<n {
            let b = Int(next)
            next = i + 1 < n ? h[i + 1] : 0
            let pair = b << 8 | Int(next)
            guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            var k = first[b]
            let last = first[b + 1]
            while k < last {
                let start = bounds[k], length = bounds[k + 1] - start, group = groups[k]
                k += 1
                guard i + length <= n, group < (best ?? Int.max) else { continue }
                var j = 1
                while j < length && h[i + j] == c[start + j] { j += 1 }
                guard j == length else { continue }
                if wholeWordGroups & (1 << UInt64(group & 63)) != 0 {
                    let before = i == 0 ? UInt8(32) : h[i - 1]
                    let after = i + j == n ? UInt8(32) : h[i + j]
                    guard !isLetter(before) && !isLetter(after) else { continue }
                }
                if group == 0 { return 0 }
                best = group
            }
        }
        return best
    }

    /// `text` lower-cased as UTF-8 bytes; ASCII text (nearly all) without Unicode case mapping,
    /// which gives the same bytes.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var any: UInt8 = 0
        for i in bytes.indices {
            let b = bytes[i]
            any |= b
            if b &- 0x41 < 26 { bytes[i] = b | 0x20 }
        }
        return any < 0x80 ? bytes : Array(text.lowercased().utf8)
    }
}

/// The text a `CueScanner` reads, byte by byte (lower-cased).
private protocol ScannedBytes {
    var count: Int { get }
    subscript(_ i: Int) -> UInt8 { get }
}

private struct LowerBytes: ScannedBytes {
    let h: UnsafeBufferPointer<UInt8>
    var count: Int { h.count }
    @inline(__always) subscript(_ i: Int) -> UInt8 { h[i] }
}

/// ASCII scalars, lower-cased on reading (for ASCII, what `lowercased()` gives).
private struct ASCIIScalars: ScannedBytes {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let start: Int
    let count: Int
    @inline(__always) subscript(_ i: Int) -> UInt8 {
        let b = UInt8(truncatingIfNeeded: s[start + i].value)
        return b &- 0x41 < 26 ? b | 0x20 : b
    }
}

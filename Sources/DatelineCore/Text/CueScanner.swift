/// Whether any of a list of cue phrases occurs in a text, in one pass over the text's bytes:
/// testing each cue with its own scan (a few dozen scans of every paragraph) was a tenth of
/// the per-article time. At each position only the cues starting with that byte are compared.
/// The cues live in one flat byte array read through buffer pointers: an array of arrays cost a
/// retain and release per cue per position.
struct CueScanner: Sendable {
    /// Every non-empty cue, ordered by first byte, concatenated.
    private let bytes: [UInt8]
    /// Cue k is `bytes[bounds[k]..<bounds[k + 1]]`.
    private let bounds: [Int]
    /// The cues starting with byte b are `byFirstByte[b]..<byFirstByte[b + 1]`.
    private let byFirstByte: [Int]
    /// One bit per pair of first two bytes of a cue, and per first byte of a one-byte cue: most
    /// positions start no cue and are turned away with one bit test.
    private let pairs: [UInt64]
    private let singles: [UInt64]

    init(_ cues: [[UInt8]]) {
        let ordered = cues.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        bytes = ordered.flatMap { $0 }
        var bounds = [0]
        for cue in ordered { bounds.append(bounds.last! + cue.count) }
        self.bounds = bounds
        var first = [Int](repeating: 0, count: 257)
        for cue in ordered { first[Int(cue[0]) + 1] += 1 }
        for b in 0..<256 { first[b + 1] += first[b] }
        byFirstByte = first
        var pairs = [UInt64](repeating: 0, count: 1024), singles = [UInt64](repeating: 0, count: 4)
        for cue in ordered {
            if cue.count == 1 {
                singles[Int(cue[0]) >> 6] |= 1 << UInt64(cue[0] & 63)
            } else {
                let pair = Int(cue[0]) << 8 | Int(cue[1])
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
        self.singles = singles
    }

    /// Whether a cue occurs in `haystack`; as a whole word: no ASCII letter on either side.
    func occurs(in haystack: [UInt8], wholeWord: Bool) -> Bool {
        haystack.withUnsafeBufferPointer { h in
            bytes.withUnsafeBufferPointer { c in
                bounds.withUnsafeBufferPointer { cueBounds in
                    byFirstByte.withUnsafeBufferPointer { first in
                        pairs.withUnsafeBufferPointer { pairs in
                            Self.occurs(h, wholeWord: wholeWord, cues: c, bounds: cueBounds, first: first, pairs: pairs, singles: singles)
                        }
                    }
                }
            }
        }
    }

    private static func occurs(_ h: UnsafeBufferPointer<UInt8>, wholeWord: Bool, cues c: UnsafeBufferPointer<UInt8>,
                               bounds: UnsafeBufferPointer<Int>, first: UnsafeBufferPointer<Int>,
                               pairs: UnsafeBufferPointer<UInt64>, singles: [UInt64]) -> Bool {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        let n = h.count
        for i in 0..<n {
            let b = Int(h[i])
            if singles[b >> 6] & (1 << UInt64(b & 63)) == 0 {
                guard i + 1 < n else { continue }
                let pair = b << 8 | Int(h[i + 1])
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            }
            var k = first[b]
            let last = first[b + 1]
            while k < last {
                let start = bounds[k], length = bounds[k + 1] - start
                k += 1
                guard i + length <= n else { continue }
                var j = 1
                while j < length && h[i + j] == c[start + j] { j += 1 }
                guard j == length else { continue }
                if !wholeWord { return true }
                let before = i == 0 ? UInt8(32) : h[i - 1]
                let after = i + j == n ? UInt8(32) : h[i + j]
                if !isLetter(before) && !isLetter(after) { return true }
            }
        }
        return false
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

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
    }

    /// Whether a cue occurs in `haystack`; as a whole word: no ASCII letter on either side.
    func occurs(in haystack: [UInt8], wholeWord: Bool) -> Bool {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        return haystack.withUnsafeBufferPointer { h in
            bytes.withUnsafeBufferPointer { c in
                bounds.withUnsafeBufferPointer { cueBounds in
                    byFirstByte.withUnsafeBufferPointer { first in
                        let n = h.count
                        for i in 0..<n {
                            let b = Int(h[i])
                            var k = first[b]
                            let last = first[b + 1]
                            while k < last {
                                let start = cueBounds[k], length = cueBounds[k + 1] - start
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
                }
            }
        }
    }

    /// `text` lower-cased as UTF-8 bytes; ASCII text (nearly all) without Unicode case mapping,
    /// which gives the same bytes.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Array(text.lowercased().utf8) }
        for i in bytes.indices where bytes[i] &- 0x41 < 26 { bytes[i] |= 0x20 }
        return bytes
    }
}

/// Which of a list of cue phrases occur in a text, in one pass over the text: testing each cue
/// with its own scan (a few dozen scans of every paragraph) was a tenth of the per-article time.
/// Cues come in groups (caption cues, promotion cues) so that one pass answers for all of them.
///
/// A q-gram filter: when every cue is at least `step + 1` bytes long, any occurrence covers one
/// of the positions 0, step, 2·step, … together with the byte after it. Only those positions are
/// read, and only when their pair of bytes occurs in the first `step + 1` bytes of some cue are
/// the cues holding it there compared in full. The tables are flat arrays read through buffer
/// pointers: an array of arrays cost a retain and release per cue per position.
struct CueScanner: Sendable {
    /// Every non-empty cue, concatenated.
    private let bytes: [UInt8]
    /// Cue k is `bytes[bounds[k]..<bounds[k + 1]]`, in group `groups[k]`.
    private let bounds: [Int]
    private let groups: [Int]
    /// Positions read: the shortest cue's length less one (at least 1).
    private let step: Int
    /// One bit per pair of bytes at offsets o, o + 1 (o < step) of a cue; a one-byte cue sets
    /// every pair it starts (and the pair with the 0 that stands for the text's end).
    private let pairs: [UInt64]
    /// The set bits of `pairs` before each word of it: a pair's rank numbers its entry list.
    private let rankBase: [Int]
    /// The (cue, offset) entries holding the pair of rank r are
    /// `entryCue[entryStart[r]..<entryStart[r + 1]]` (and the same in `entryOffset`).
    private let entryStart: [Int]
    private let entryCue: [Int]
    private let entryOffset: [Int]
    /// The ASCII paragraphs' filter (`firstGroup(inASCII:)`), used when every cue has at least
    /// `gramStep + 3` bytes (else 0): the four bytes at positions 0, gramStep, 2·gramStep, … with
    /// the case bit (0x20) set in each, hashed into `gramBits`; every cue sets the bits of its
    /// four-byte grams at offsets below `gramStep`. A pair of bytes was too common a filter: its
    /// candidates cost more to verify than the scan.
    private let gramStep: Int
    private let gramBits: [UInt64]
    /// (folded gram, cue, offset) of every gram set, compared in full at a set bit.
    private let grams: [(gram: UInt32, cue: Int, offset: Int)]

    /// One group of cues.
    init(_ cues: [[UInt8]]) {
        self.init(groups: [cues])
    }

    /// Cues in groups numbered by their position in `groups`.
    init(groups cueGroups: [[[UInt8]]]) {
        let cues = cueGroups.enumerated().flatMap { g, cues in cues.filter { !$0.isEmpty }.map { (g, $0) } }
        bytes = cues.flatMap { $0.1 }
        var bounds = [0]
        for (_, cue) in cues { bounds.append(bounds.last! + cue.count) }
        self.bounds = bounds
        groups = cues.map { $0.0 }
        let step = max(1, (cues.map { $0.1.count }.min() ?? 1) - 1)
        self.step = step
        var byPair: [Int: [(cue: Int, offset: Int)]] = [:]
        for (k, (_, cue)) in cues.enumerated() {
            for offset in 0..<step {
                let seconds = cue.count == 1 ? Array(0..<256) : [Int(cue[offset + 1])]
                for second in seconds { byPair[Int(cue[offset]) << 8 | second, default: []].append((k, offset)) }
            }
        }
        var pairs = [UInt64](repeating: 0, count: 1024)
        for pair in byPair.keys { pairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        var rankBase = [Int](repeating: 0, count: 1024)
        for w in 1..<1024 { rankBase[w] = rankBase[w - 1] + pairs[w - 1].nonzeroBitCount }
        var entryStart = [0], entryCue: [Int] = [], entryOffset: [Int] = []
        for pair in byPair.keys.sorted() {  // rank order
            for entry in byPair[pair]! { entryCue.append(entry.cue); entryOffset.append(entry.offset) }
            entryStart.append(entryCue.count)
        }
        self.pairs = pairs
        self.rankBase = rankBase
        let shortest = cues.map { $0.1.count }.min() ?? 0
        gramStep = shortest >= 4 ? shortest - 3 : 0
        var gramBits = [UInt64](repeating: 0, count: 1 << (Self.gramHashBits - 6))
        var grams: [(gram: UInt32, cue: Int, offset: Int)] = []
        for (k, (_, cue)) in cues.enumerated() where gramStep > 0 {
            for offset in 0..<gramStep {
                let gram = Self.foldedGram(cue[offset], cue[offset + 1], cue[offset + 2], cue[offset + 3])
                let h = Self.gramHash(gram)
                gramBits[h >> 6] |= 1 << UInt64(h & 63)
                grams.append((gram, k, offset))
            }
        }
        self.gramBits = gramBits
        self.grams = grams
        self.entryStart = entryStart
        self.entryCue = entryCue
        self.entryOffset = entryOffset
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
        let text = ASCIIScalars(s: scalars, start: range.lowerBound, count: range.count)
        guard gramStep > 0 else { return firstGroup(text, wholeWordGroups: wholeWordGroups) }
        return bytes.withUnsafeBufferPointer { c in
            bounds.withUnsafeBufferPointer { bounds in
                groups.withUnsafeBufferPointer { groups in
                    gramBits.withUnsafeBufferPointer { bits in
                        firstGroup(byGrams: text, wholeWordGroups: wholeWordGroups, cues: c, bounds: bounds, groups: groups, bits: bits)
                    }
                }
            }
        }
    }

    private static let gramHashBits = 16

    @inline(__always)
    private static func foldedGram(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> UInt32 {
        (UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d) << 24) | 0x2020_2020
    }

    @inline(__always)
    private static func gramHash(_ gram: UInt32) -> Int { Int((gram &* 0x9E37_79B1) >> UInt32(32 - gramHashBits)) }

    /// `firstGroup` with the four-byte filter: every occurrence of a cue (at least `gramStep + 3`
    /// bytes) covers one read position with a whole gram of its first `gramStep + 3` bytes, so it
    /// is verified there, exactly as `firstGroup` verifies it.
    private func firstGroup(byGrams h: ASCIIScalars, wholeWordGroups: UInt64, cues c: UnsafeBufferPointer<UInt8>,
                            bounds: UnsafeBufferPointer<Int>, groups: UnsafeBufferPointer<Int>, bits: UnsafeBufferPointer<UInt64>) -> Int? {
        let n = h.count
        var best = Int.max
        var q = 0
        while q &+ 4 <= n {
            defer { q &+= gramStep }
            // ASCII: a scalar's low byte is the byte; the case bit is set below.
            let gram = Self.foldedGram(h.raw(q), h.raw(q &+ 1), h.raw(q &+ 2), h.raw(q &+ 3))
            let slot = Self.gramHash(gram)
            guard bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { continue }
            for entry in grams where entry.gram == gram {
                guard let group = Self.group(of: entry.cue, at: q - entry.offset, in: h, below: best, wholeWordGroups: wholeWordGroups,
                                             cues: c, bounds: bounds, groups: groups) else { continue }
                if group == 0 { return 0 }
                best = group
            }
        }
        return best == Int.max ? nil : best
    }

    private func firstGroup<Text: ScannedBytes>(_ h: Text, wholeWordGroups: UInt64) -> Int? {
        bytes.withUnsafeBufferPointer { c in
            bounds.withUnsafeBufferPointer { bounds in
                groups.withUnsafeBufferPointer { groups in
                    pairs.withUnsafeBufferPointer { pairs in
                        rankBase.withUnsafeBufferPointer { rankBase in
                            entryStart.withUnsafeBufferPointer { entryStart in
                                entryCue.withUnsafeBufferPointer { entryCue in
                                    entryOffset.withUnsafeBufferPointer { entryOffset in
                                        Self.firstGroup(h, wholeWordGroups: wholeWordGroups, step: step, cues: c, bounds: bounds,
                                                        groups: groups, pairs: pairs, rankBase: rankBase,
                                                        entries: (entryStart, entryCue, entryOffset))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func firstGroup<Text: ScannedBytes>(
        _ h: Text, wholeWordGroups: UInt64, step: Int, cues c: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<Int>,
        groups: UnsafeBufferPointer<Int>, pairs: UnsafeBufferPointer<UInt64>, rankBase: UnsafeBufferPointer<Int>,
        entries: (start: UnsafeBufferPointer<Int>, cue: UnsafeBufferPointer<Int>, offset: UnsafeBufferPointer<Int>)
    ) -> Int? {
        let n = h.count
        var best = Int.max
        var q = 0
        while q < n {
            let pair = Int(h[q]) << 8 | (q + 1 < n ? Int(h[q + 1]) : 0)
            let word = pairs[pair >> 6], bit = UInt64(pair & 63)
            defer { q += step }
            guard word & (1 << bit) != 0 else { continue }
            let rank = rankBase[pair >> 6] + (word & ((1 << bit) &- 1)).nonzeroBitCount
            for e in entries.start[rank]..<entries.start[rank + 1] {
                guard let group = group(of: entries.cue[e], at: q - entries.offset[e], in: h, below: best,
                                        wholeWordGroups: wholeWordGroups, cues: c, bounds: bounds, groups: groups) else { continue }
                if group == 0 { return 0 }
                best = group
            }
        }
        return best == Int.max ? nil : best
    }

    /// The group of cue `k` when the cue stands at `i` in `h` (a whole word there if its group asks
    /// for whole words) and its group is lower than `best`; nil otherwise. One verification for
    /// both filters.
    @inline(__always)
    private static func group<Text: ScannedBytes>(of k: Int, at i: Int, in h: Text, below best: Int, wholeWordGroups: UInt64,
                                                  cues c: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<Int>,
                                                  groups: UnsafeBufferPointer<Int>) -> Int? {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        let n = h.count
        let start = bounds[k], length = bounds[k + 1] - start, group = groups[k]
        guard i >= 0, i + length <= n, group < best else { return nil }
        var j = 0
        while j < length && h[i + j] == c[start + j] { j += 1 }
        guard j == length else { return nil }
        if wholeWordGroups & (1 << UInt64(group & 63)) != 0 {
            let before = i == 0 ? UInt8(32) : h[i - 1]
            let after = i + j == n ? UInt8(32) : h[i + j]
            guard !isLetter(before) && !isLetter(after) else { return nil }
        }
        return group
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
    /// The byte as it is (for the case-folded filter).
    @inline(__always) func raw(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: s[start &+ i].value) }
}

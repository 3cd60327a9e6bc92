/// Multi-word phrases from a lexicon, matched over tokens. A pattern word ending in `*` is a
/// stem ("evacuat*" matches "evacuated", "evacuation"). Built once, read-only afterwards.
///
/// Every stage probes most tokens of a clause and nearly all probes miss, so a probe is a bit
/// test on the token's precomputed fingerprint; only a hit reads the flat index (no dictionary,
/// no `String` hashing, no array retained per probe).
struct ClaimsPhraseTable<Payload: Sendable>: Sendable {
    struct Word: Sendable {
        var text: String
        var isStem: Bool
        /// `ClaimsToken.fingerprint(text)`: most mismatches are decided without comparing strings.
        var fp: UInt32
        var ascii: Bool
        /// `ClaimsKey(text)`: a short ASCII token is matched by its packed bytes.
        var key: ClaimsKey
    }
    struct Entry: Sendable {
        var words: [Word]
        var payload: Payload
    }

    private(set) var entries: [Entry] = []
    /// Entries by the fingerprint of their first word; stems by their first three letters.
    /// Filled by `add`, turned into `index` by `seal`.
    private var exact: [UInt32: [Int]] = [:]
    private var stems: [UInt32: [Int]] = [:]
    /// One bit per fingerprint of a first word, and per stem key: most tokens start no
    /// phrase and are turned away here.
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var index = FirstWordIndex()
    /// Every entry's words one after another (`wordStart[e]..<wordStart[e + 1]`): matching reads
    /// them without retaining each entry's own array.
    private var flatWords: [Word] = []
    /// The same words as plain values (no `String`): what matching reads for short tokens.
    private var flatPacked: [PackedWord] = []
    struct PackedWord: Sendable {
        var key: ClaimsKey
        var isStem: Bool
    }
    private var wordStart: [Int] = [0]

    /// This table's bit in `ClaimsToken.lexicons` (`ClaimsLexiconFilter`); 0: none, probe `bits`.
    /// Set only on the bundled instances the filter is built from.
    var filterBit: UInt8 = 0

    @inline(__always) static func slot(_ h: UInt32) -> (Int, UInt64) {
        let x = ClaimsPhraseTableSlots.index(h)
        return (x >> 6, UInt64(1) << UInt64(x & 63))
    }

    @inline(__always) static func stemHash(_ key3: UInt32) -> UInt32 { ClaimsPhraseTableSlots.stemHash(key3) }

    /// ORs `filterBit` into every slot this table's filter has (`ClaimsLexiconFilter`).
    func addFilter(into slots: inout [UInt8]) {
        precondition(filterBit != 0 && slots.count == bits.count * 64)
        for w in bits.indices where bits[w] != 0 {
            for b in 0..<64 where bits[w] >> UInt64(b) & 1 != 0 { slots[w << 6 | b] |= filterBit }
        }
    }

    init() {}

    mutating func add(_ phrase: String, payload: Payload) {
        let words = Self.pattern(phrase)
        guard let first = words.first else { return }
        let at = entries.count
        entries.append(Entry(words: words, payload: payload))
        let (w, bit): (Int, UInt64)
        if first.isStem {
            let key = ClaimsToken.key3(first.text)
            stems[key, default: []].append(at)
            (w, bit) = Self.slot(Self.stemHash(key))
        } else {
            exact[first.fp, default: []].append(at)
            (w, bit) = Self.slot(first.fp)
        }
        bits[w] |= bit
    }

    /// Call after the last `add`: longest phrases are tried first.
    mutating func seal() {
        let e = entries
        func longestFirst(_ list: [Int]) -> [Int] { list.sorted { e[$0].words.count > e[$1].words.count } }
        index = FirstWordIndex(exact: exact.mapValues(longestFirst), stems: stems.mapValues(longestFirst))
        flatWords = entries.flatMap(\.words)
        flatPacked = flatWords.map { PackedWord(key: $0.key, isStem: $0.isStem) }
        wordStart = [0]
        for entry in entries { wordStart.append(wordStart[wordStart.count - 1] + entry.words.count) }
    }

    static func pattern(_ phrase: String) -> [Word] {
        let toks = ClaimsTokenizer.tokenize(phrase, marking: false)
        var words: [Word] = []
        var k = 0
        while k < toks.count {
            if toks[k].text == "*", !words.isEmpty {
                words[words.count - 1].isStem = true
            } else {
                let text = toks[k].text
                words.append(Word(text: text, isStem: false, fp: toks[k].fp, ascii: toks[k].ascii, key: ClaimsKey(text)))
            }
            k += 1
        }
        return words
    }

    /// Whether some phrase may start at this token (false: none does; true: look closer).
    @inline(__always)
    func mayStart(_ token: ClaimsToken) -> Bool {
        if filterBit != 0 { return token.lexicons & filterBit != 0 }
        return bits.withUnsafeBufferPointer { Self.mayStart(fp: token.fp, key3: token.key3, $0) }
    }

    @inline(__always)
    private static func mayStart(fp: UInt32, key3: UInt32, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let (w, bit) = slot(fp)
        if bits[w] & bit != 0 { return true }
        guard key3 != 0 else { return false }
        let (sw, sbit) = slot(stemHash(key3))
        return bits[sw] & sbit != 0
    }

    /// The longest phrase starting at token `i`, as (token count, payload).
    @inline(__always)
    func longestMatch(_ tokens: [ClaimsToken], at i: Int) -> (length: Int, payload: Payload)? {
        guard mayStart(tokens[i]) else { return nil }
        guard let e = longestEntry(tokens, at: i) else { return nil }
        return (length(e), entries[e].payload)
    }

    /// The entry of the longest phrase at `i`: the first exact entry that matches, unless a
    /// longer stem entry does (ties go to the exact one).
    private func longestEntry(_ tokens: [ClaimsToken], at i: Int) -> Int? {
        let fp = tokens[i].fp, key3 = tokens[i].key3
        var best: Int?
        var bestLength = 0
        let (a, n) = index.exactRange(fp)
        for k in a..<a + n {
            let e = index.order[k]
            if matches(entry: e, tokens, i) { best = e; bestLength = length(e); break }
        }
        if key3 != 0 {
            let (sa, sn) = index.stemRange(key3)
            for k in sa..<sa + sn {
                let e = index.order[k]
                if matches(entry: e, tokens, i) {
                    if length(e) > bestLength { best = e }
                    break
                }
            }
        }
        return best
    }

    /// Non-overlapping matches, left to right, longest at each position.
    @inline(__always)
    func forEachMatch(in tokens: [ClaimsToken], from a: Int = 0, to b: Int? = nil,
                      _ body: (_ start: Int, _ length: Int, _ payload: Payload) -> Void) {
        let end = b ?? tokens.count
        precondition(a >= 0 && end <= tokens.count)
        // One pointer for the whole walk: the filter reads a field or two of each token, no copy.
        tokens.withUnsafeBufferPointer { tp in
            bits.withUnsafeBufferPointer { bp in
                var i = a
                while i < end {
                    let start = filterBit != 0 ? tp[i].lexicons & filterBit != 0
                        : Self.mayStart(fp: tp[i].fp, key3: tp[i].key3, bp)
                    if start, let e = longestEntry(tokens, at: i), i + length(e) <= end {
                        let n = length(e)
                        body(i, n, entries[e].payload)
                        i += n
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    /// Non-overlapping matches, left to right, longest at each position.
    func matches(in tokens: [ClaimsToken], from a: Int = 0, to b: Int? = nil) -> [(start: Int, length: Int, payload: Payload)] {
        var out: [(start: Int, length: Int, payload: Payload)] = []
        forEachMatch(in: tokens, from: a, to: b) { out.append((start: $0, length: $1, payload: $2)) }
        return out
    }

    /// Words in entry `e`.
    @inline(__always) private func length(_ e: Int) -> Int { wordStart[e + 1] - wordStart[e] }

    private func matches(entry e: Int, _ tokens: [ClaimsToken], _ i: Int) -> Bool {
        let a = wordStart[e], n = wordStart[e + 1] - a
        if i + n > tokens.count { return false }
        // Through pointers: tokens and packed words are plain values, read without copies.
        return tokens.withUnsafeBufferPointer { tp in
            flatPacked.withUnsafeBufferPointer { wp in
                for k in 0..<n {
                    let w = wp[a + k]
                    if tp[i + k].isShort && w.key.fits {
                        // Both short ASCII: packed bytes decide as `String` does.
                        if w.isStem ? !tp[i + k].key.hasPrefix(w.key) : tp[i + k].key != w.key { return false }
                    } else if !Self.matches(flatWords[a + k], tp[i + k]) {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// One pattern word against one token, with `String` semantics (canonical equivalence):
    /// different fingerprints of two ASCII texts are different texts; a short ASCII token and a
    /// short ASCII word compare packed bytes; anything else compares strings.
    @inline(__always)
    static func matches(_ w: Word, _ t: ClaimsToken) -> Bool {
        // No `long`: the token's text is its key's, short ASCII.
        let short = t.isShort && w.key.fits
        if w.isStem { return short ? t.key.hasPrefix(w.key) : t.text.hasPrefix(w.text) }
        if w.fp != t.fp, w.ascii, t.ascii { return false }
        return short ? t.key == w.key : t.text == w.text
    }
}

/// The slots of the phrase tables' bit filters (one bit per slot), shared by every table and by
/// `ClaimsLexiconFilter`, which must land on the same slots.
enum ClaimsPhraseTableSlots {
    static let count = 65_536
    @inline(__always) static func index(_ h: UInt32) -> Int { Int((h ^ (h >> 16)) & 0xFFFF) }
    @inline(__always) static func stemHash(_ key3: UInt32) -> UInt32 { key3 &* 2_654_435_761 }
}

/// Where the entries of a first word (or stem key) are: an open-addressing table from key to a
/// range of `order`, which lists entry indices longest first.
struct FirstWordIndex: Sendable {
    private(set) var order: [Int] = []
    /// Per slot: key, start in `order`, count (0: empty slot; negative: a stem key, so that stem
    /// and exact keys share one table).
    private var keys: [UInt32] = [0]
    private var starts: [Int32] = [0]
    private var counts: [Int32] = [0]
    private var mask = 0

    init() {}

    init(exact: [UInt32: [Int]], stems: [UInt32: [Int]]) {
        var capacity = 8
        while capacity < (exact.count + stems.count) * 4 { capacity <<= 1 }
        keys = [UInt32](repeating: 0, count: capacity)
        starts = [Int32](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        // Sorted keys: the same layout on every run.
        for (key, list) in exact.sorted(by: { $0.key < $1.key }) { insert(key, list, stem: false) }
        for (key, list) in stems.sorted(by: { $0.key < $1.key }) { insert(key, list, stem: true) }
    }

    private mutating func insert(_ key: UInt32, _ list: [Int], stem: Bool) {
        var s = Self.home(key, stem: stem) & mask
        while counts[s] != 0 { s = (s + 1) & mask }
        keys[s] = key
        starts[s] = Int32(order.count)
        counts[s] = stem ? -Int32(list.count) : Int32(list.count)
        order.append(contentsOf: list)
    }

    @inline(__always) private static func home(_ key: UInt32, stem: Bool) -> Int {
        let h = (stem ? key &* 2_654_435_761 : key) &* 0x9E37_79B1
        return Int(h >> 7)
    }

    @inline(__always) func exactRange(_ key: UInt32) -> (start: Int, count: Int) { find(key, stem: false) }
    @inline(__always) func stemRange(_ key: UInt32) -> (start: Int, count: Int) { find(key, stem: true) }

    @inline(__always)
    private func find(_ key: UInt32, stem: Bool) -> (start: Int, count: Int) {
        var s = Self.home(key, stem: stem) & mask
        while true {
            let c = counts[s]
            if c == 0 { return (0, 0) }
            if keys[s] == key, (c < 0) == stem { return (Int(starts[s]), Int(stem ? -c : c)) }
            s = (s + 1) & mask
        }
    }
}

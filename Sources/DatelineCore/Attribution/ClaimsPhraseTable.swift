/// Multi-word phrases from a lexicon, matched over tokens. A pattern word ending in `*` is a
/// stem ("evacuat*" matches "evacuated", "evacuation"). Built once, read-only afterwards.
struct ClaimsPhraseTable<Payload: Sendable>: Sendable {
    struct Word: Sendable {
        var text: String
        var isStem: Bool
    }
    struct Entry: Sendable {
        var words: [Word]
        var payload: Payload
    }

    private(set) var entries: [Entry] = []
    /// Entries by the fingerprint of their first word; stems by their first three letters. Longest first.
    private var exact: [UInt32: [Int]] = [:]
    private var stems: [UInt32: [Int]] = [:]
    /// One bit per fingerprint of a first word, and per stem key: most tokens start no
    /// phrase and are turned away here without hashing a string.
    private var exactBits = [UInt64](repeating: 0, count: 1024)
    private var stemBits = [UInt64](repeating: 0, count: 1024)

    @inline(__always) private static func slot(_ h: UInt32) -> (Int, UInt64) {
        let x = (h ^ (h >> 16)) & 0xFFFF
        return (Int(x >> 6), UInt64(1) << UInt64(x & 63))
    }

    init() {}

    mutating func add(_ phrase: String, payload: Payload) {
        let words = Self.pattern(phrase)
        guard let first = words.first else { return }
        let index = entries.count
        entries.append(Entry(words: words, payload: payload))
        if first.isStem {
            let key = ClaimsToken.key3(first.text)
            stems[key, default: []].append(index)
            let (w, bit) = Self.slot(key &* 2_654_435_761)
            stemBits[w] |= bit
        } else {
            let fp = ClaimsToken.fingerprint(first.text)
            exact[fp, default: []].append(index)
            let (w, bit) = Self.slot(fp)
            exactBits[w] |= bit
        }
    }

    /// Call after the last `add`: longest phrases are tried first.
    mutating func seal() {
        let e = entries
        exact = exact.mapValues { $0.sorted { e[$0].words.count > e[$1].words.count } }
        stems = stems.mapValues { $0.sorted { e[$0].words.count > e[$1].words.count } }
    }

    static func pattern(_ phrase: String) -> [Word] {
        let toks = ClaimsTokenizer.tokenize(phrase)
        var words: [Word] = []
        var k = 0
        while k < toks.count {
            if toks[k].text == "*", !words.isEmpty {
                words[words.count - 1].isStem = true
            } else {
                words.append(Word(text: toks[k].text, isStem: false))
            }
            k += 1
        }
        return words
    }

    /// The longest phrase starting at token `i`, as (token count, payload).
    func longestMatch(_ tokens: [ClaimsToken], at i: Int) -> (length: Int, payload: Payload)? {
        let fp = tokens[i].fp
        let key3 = tokens[i].key3
        var best: (Int, Payload)?
        let (w, bit) = Self.slot(fp)
        // Keyed by fingerprint; `matches` compares the words themselves.
        if exactBits[w] & bit != 0, let list = exact[fp] {
            for idx in list where matches(entries[idx].words, tokens, i) {
                best = (entries[idx].words.count, entries[idx].payload)
                break
            }
        }
        let (sw, sbit) = Self.slot(key3 &* 2_654_435_761)
        if key3 != 0, stemBits[sw] & sbit != 0, let list = stems[key3] {
            for idx in list where matches(entries[idx].words, tokens, i) {
                if entries[idx].words.count > (best?.0 ?? 0) { best = (entries[idx].words.count, entries[idx].payload) }
                break
            }
        }
        return best
    }

    /// Non-overlapping matches, left to right, longest at each position.
    func matches(in tokens: [ClaimsToken], from a: Int = 0, to b: Int? = nil) -> [(start: Int, length: Int, payload: Payload)] {
        var out: [(Int, Int, Payload)] = []
        var i = a
        let end = b ?? tokens.count
        while i < end {
            if let m = longestMatch(tokens, at: i), i + m.length <= end {
                out.append((i, m.length, m.payload))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }

    private func matches(_ words: [Word], _ tokens: [ClaimsToken], _ i: Int) -> Bool {
        if i + words.count > tokens.count { return false }
        for (k, w) in words.enumerated() {
            let t = tokens[i + k].text
            if w.isStem {
                if !t.hasPrefix(w.text) { return false }
            } else if t != w.text {
                return false
            }
        }
        return true
    }
}

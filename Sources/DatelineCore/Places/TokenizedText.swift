/// A text's bytes and tokens. Keys are spelt on demand: ASCII words straight into a byte
/// buffer for a `ByteKeyTable` lookup, others (rare) as a `String` through `NameKey`.
/// Nothing is allocated per token: a per-token key cache cost more than the lookups it saved.
struct TokenizedText {
    let bytes: [UInt8]
    let tokens: [Token]

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokens(bytes)
    }

    var count: Int { tokens.count }

    /// Normalised key of a word ("kursk"), "s" for a possessive, the character itself for
    /// punctuation.
    func key(_ i: Int) -> String {
        let t = tokens[i]
        switch t.kind {
        case .possessive: return "s"
        case .punctuation: return String(decoding: bytes[t.lo..<t.hi], as: UTF8.self)
        case .word: return NameKey.of(bytes[t.lo..<t.hi])
        }
    }

    /// Appends the key of word or possessive `i` to `out` as bytes, as `key(i)` spells it,
    /// without building a `String`; false (nothing appended) when the word is not ASCII.
    @inline(__always)
    func appendASCIIKey(_ i: Int, to out: inout [UInt8]) -> Bool {
        let t = tokens[i]
        if t.kind == .possessive { out.append(UInt8(ascii: "s")); return true }
        guard t.isASCII else { return false }
        bytes.withUnsafeBufferPointer { all in
            for b in UnsafeBufferPointer(rebasing: all[t.lo..<t.hi]) { NameKey.appendASCII(b, to: &out) }
        }
        return true
    }

    /// Key of the token at `i`, or nil past either end.
    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? key(i) : nil }

    /// What the key of token `i` is among the phrase cues (empty past either end): the same as
    /// testing `key(i)` against each `PhraseCues` set, by one byte lookup for ASCII tokens.
    func cue(_ i: Int) -> PhraseCues.Word {
        guard i >= 0 && i < tokens.count else { return [] }
        let t = tokens[i]
        guard t.isASCII, t.kind != .possessive else {
            return PhraseCues.word(key(i))
        }
        return bytes.withUnsafeBufferPointer { all in
            let raw = UnsafeBufferPointer(rebasing: all[t.lo..<t.hi])
            if t.kind == .punctuation { return PhraseCues.table.value(raw) ?? [] }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
                var n = 0
                for b in raw {
                    switch b {
                    case UInt8(ascii: "'"), UInt8(ascii: "."): continue
                    case UInt8(ascii: "-"): buffer[n] = UInt8(ascii: " ")
                    default: buffer[n] = b &- 0x41 < 26 ? b | 0x20 : b
                    }
                    n += 1
                }
                return PhraseCues.table.value(UnsafeBufferPointer(rebasing: buffer[0..<n])) ?? []
            }
        }
    }

    func surface(_ first: Int, _ last: Int) -> String {
        String(decoding: bytes[tokens[first].lo..<tokens[last].hi], as: UTF8.self)
    }
}

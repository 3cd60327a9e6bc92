/// A text's bytes and tokens in one allocation: tokenising a sentence allocates nothing else (a
/// Swift array of tokens, one of bytes, and the closures of scoped buffers cost more than the
/// tokenizer). The same allocation holds the matcher's scratch buffers (n-gram key bytes,
/// spans). The allocation is either the text's own (`init(_:scratchTokens:)`, freed by
/// `deallocate()`) or a `TokenizerStorage` reused from text to text (a malloc/free pair per
/// sentence cost more than the matching of most sentences). Keys are spelt on demand: ASCII
/// words straight into a byte buffer for a `ByteKeyTable` lookup, others (rare) as a `String`
/// through `NameKey`. A per-token key cache cost more than the lookups it saved.
struct TokenizedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// Every byte is ASCII: a byte offset is also the Unicode-scalar offset.
    let isASCII: Bool
    /// Room for an n-gram key of up to `scratchTokens` tokens (its bytes plus a separator each),
    /// or for one token's key (`cue`).
    let keyScratch: UnsafeMutableBufferPointer<UInt8>
    /// Room for `scratchTokens` (last token, key row) pairs.
    let spanScratch: UnsafeMutableBufferPointer<(last: Int, key: Int)>
    /// The text's own allocation, nil when it lives in a `TokenizerStorage`.
    private let owned: UnsafeMutableRawPointer?

    /// Every token has a byte of its own, so `text.utf8.count` tokens is room enough.
    init(_ text: String, scratchTokens: Int = 0) {
        let size = Self.byteCount(text.utf8.count, scratchTokens: scratchTokens)
        let storage = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: Self.alignment)
        self.init(text, scratchTokens: scratchTokens, at: storage, owned: storage)
    }

    /// The same in `storage`'s room, valid until `storage` is used for another text.
    init(_ text: String, scratchTokens: Int, storage: TokenizerStorage) {
        let size = Self.byteCount(text.utf8.count, scratchTokens: scratchTokens)
        self.init(text, scratchTokens: scratchTokens, at: storage.room(size, alignment: Self.alignment), owned: nil)
    }

    private typealias Span = (last: Int, key: Int)
    private static let alignment = max(MemoryLayout<Token>.alignment, MemoryLayout<Span>.alignment)

    /// Spans first (8-byte aligned, whole words), then tokens (4-byte aligned), then the text's
    /// bytes and the key room.
    private static func byteCount(_ n: Int, scratchTokens: Int) -> Int {
        MemoryLayout<Span>.stride * scratchTokens + MemoryLayout<Token>.stride * n + n + n + scratchTokens
    }

    private init(_ text: String, scratchTokens: Int, at storage: UnsafeMutableRawPointer, owned: UnsafeMutableRawPointer?) {
        self.owned = owned
        let n = text.utf8.count
        let spanBytes = MemoryLayout<Span>.stride * scratchTokens
        let tokenBytes = MemoryLayout<Token>.stride * n
        spanScratch = UnsafeMutableBufferPointer(
            start: storage.bindMemory(to: Span.self, capacity: scratchTokens), count: scratchTokens)
        let tokenStart = (storage + spanBytes).bindMemory(to: Token.self, capacity: n)
        let keyCount = n + scratchTokens
        let byteStart = (storage + spanBytes + tokenBytes).bindMemory(to: UInt8.self, capacity: n + keyCount)
        let copy = UnsafeMutableBufferPointer(start: byteStart, count: n)
        if text.utf8.withContiguousStorageIfAvailable({ copy.update(fromContentsOf: $0) }) == nil {
            _ = copy.initialize(from: text.utf8)
        }
        bytes = UnsafeBufferPointer(copy)
        keyScratch = UnsafeMutableBufferPointer(start: byteStart + n, count: keyCount)
        let (count, ascii) = Tokenizer.tokens(bytes, into: UnsafeMutableBufferPointer(start: tokenStart, count: n))
        tokens = UnsafeBufferPointer(start: tokenStart, count: count)
        isASCII = ascii
    }

    /// The Unicode-scalar offset of byte `offset` (a token boundary): the bytes before it that
    /// start a scalar.
    func scalarOffset(_ offset: Int) -> Int {
        if isASCII { return offset }
        var n = 0
        for k in 0..<offset where bytes[k] & 0xC0 != 0x80 { n &+= 1 }
        return n
    }

    /// Frees the text: no use of it (or of its buffers) may follow.
    func deallocate() { owned?.deallocate() }

    var count: Int { tokens.count }

    /// Normalised key of a word ("kursk"), "s" for a possessive, the character itself for
    /// punctuation.
    func key(_ i: Int) -> String {
        let t = tokens[i]
        switch t.kind {
        case .possessive: return "s"
        case .punctuation: return String(decoding: UnsafeBufferPointer(rebasing: bytes[t.lo..<t.hi]), as: UTF8.self)
        case .word: return NameKey.of(UnsafeBufferPointer(rebasing: bytes[t.lo..<t.hi]))
        }
    }

    /// Writes the key of word or possessive `i` into `out` from `start`, as `key(i)` spells it,
    /// without building a `String`; returns where it ends, or nil (nothing written) when the word
    /// is not ASCII. The key is at most as long as the token's bytes.
    @inline(__always)
    func writeASCIIKey(_ i: Int, to out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int? {
        let t = tokens[i]
        if t.kind == .possessive { out[start] = UInt8(ascii: "s"); return start + 1 }
        guard t.isASCII else { return nil }
        var n = start
        if t.isPlain {
            // Letters and digits only: setting 0x20 lower-cases a letter and keeps a digit.
            for k in t.lo..<t.hi { out[n] = bytes[k] | 0x20; n &+= 1 }
            return n
        }
        for k in t.lo..<t.hi {
            if let b = NameKey.asciiKeyByte(bytes[k]) { out[n] = b; n &+= 1 }
        }
        return n
    }

    /// The key of word `i` packed as `ShortKeyTable` keys are, when the word is letters and digits
    /// only (its key is its bytes lower-cased) and at most eight bytes long; else nil.
    @inline(__always)
    func shortKey(_ i: Int) -> UInt64? {
        let t = tokens[i]
        let count = t.hi &- t.lo
        guard t.isPlain, count <= 8 else { return nil }
        let packed = ASCIILanes.load(bytes.baseAddress.unsafelyUnwrapped + t.lo, count: count, readable: bytes.count &- t.lo)
        // Setting 0x20 lower-cases a letter and keeps a digit (`writeASCIIKey`).
        return (packed | ASCIILanes.caseBit) & ASCIILanes.byteMask(count)
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
        if t.kind == .punctuation {
            return PhraseCues.table.value(UnsafeBufferPointer(rebasing: bytes[t.lo..<t.hi])) ?? []
        }
        if let packed = shortKey(i) { return PhraseCues.shortTable.value(packed) ?? [] }
        // Spelt into the key room: the matcher reads cues only once an n-gram's key is done with.
        let n = writeASCIIKey(i, to: keyScratch, at: 0)!
        return PhraseCues.table.value(UnsafeBufferPointer(rebasing: keyScratch[0..<n])) ?? []
    }

    func surface(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].lo..<tokens[last].hi]), as: UTF8.self)
    }
}

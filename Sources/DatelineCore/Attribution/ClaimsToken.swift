/// A word, number or punctuation mark of a sentence, with its place in Unicode scalars.
/// Shared by attribution, figures and incident typing: each stage tokenizes once and then
/// matches over tokens with plain code (no regular expressions in the hot path).
///
/// 56 bytes, a plain value: every stage reads tokens by the thousand and copies some, so the
/// fields are ordered to pack (the small ones fill the key's padding) and the offsets are
/// stored as `Int32` (a sentence is far below 2 GB) behind `Int` accessors.
struct ClaimsToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }

    /// The case-folded text packed (`ClaimsKey`): what rules and lexicons compare. Curly
    /// apostrophes become `'`, a possessive is its own token `'s`, curly quotes fold to `"` and
    /// dashes to `-`. A text that does not fit has its canonical key (`ClaimsKey.canonical`).
    var key: ClaimsKey
    var kind: Kind
    /// First letter upper-case as written: a cheap proper-noun signal.
    var capitalized: Bool
    /// Whitespace separates it from the previous token ("15km" has none, "15 km" has).
    var spaceBefore: Bool
    /// `text` is all ASCII: byte comparisons then agree with `String`'s canonical equivalence.
    var ascii: Bool
    /// The text's id in `ClaimsLongTexts` when it is not a short ASCII key (longer than 16 bytes
    /// or not ASCII); -1 for nearly every token. The token holds no `String`: a plain value.
    var long: Int32
    private var start32: Int32
    private var end32: Int32
    private var byteStart32: Int32
    private var byteEnd32: Int32
    /// The first three bytes of `text`, packed: the key for stem look-ups ("evacuat*").
    var key3: UInt32
    /// FNV-1a hash of `text`: lets a lexicon reject most tokens with one bit test before
    /// paying for a string hash.
    var fp: UInt32
    /// Which bundled phrase tables may start a phrase here (`ClaimsLexiconFilter`); all: unmarked.
    var lexicons: UInt8 = 0xFF

    @inline(__always)
    init(kind: Kind, key: ClaimsKey, long: Int32, start: Int, end: Int, byteStart: Int, byteEnd: Int,
         capitalized: Bool, spaceBefore: Bool, key3: UInt32, fp: UInt32, ascii: Bool) {
        self.key = key
        self.kind = kind
        self.capitalized = capitalized
        self.spaceBefore = spaceBefore
        self.ascii = ascii
        self.long = long
        // Unchecked: the tokenizer takes no text of 2 GB or more (checked once per text, not
        // four times per token).
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        byteStart32 = Int32(truncatingIfNeeded: byteStart)
        byteEnd32 = Int32(truncatingIfNeeded: byteEnd)
        self.key3 = key3
        self.fp = fp
    }

    /// Offsets in Unicode scalars of the tokenized text.
    var start: Int {
        @inline(__always) get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    var end: Int {
        @inline(__always) get { Int(end32) }
        set { end32 = Int32(newValue) }
    }
    /// Offsets in UTF-8 bytes, to cut the text as written without re-decoding it.
    var byteStart: Int {
        @inline(__always) get { Int(byteStart32) }
        set { byteStart32 = Int32(newValue) }
    }
    var byteEnd: Int {
        @inline(__always) get { Int(byteEnd32) }
        set { byteEnd32 = Int32(newValue) }
    }

    var isWord: Bool { kind == .word }

    /// The text is `key`'s: short ASCII.
    var isShort: Bool { long < 0 }

    /// Case-folded text (see `key`); made on demand: rules compare `key`.
    var text: String { isShort ? key.string : ClaimsLongTexts.shared.text(long) }

    /// Bytes in `text`.
    var textCount: Int { isShort ? Int(key.count) : text.utf8.count }

    /// `text.hasSuffix(suffix)`, by bytes for a short key.
    @inline(__always)
    func hasSuffix(_ suffix: ClaimsKey) -> Bool {
        isShort ? key.hasSuffix(suffix) : text.hasSuffix(suffix.string)
    }

    /// A token whose text is given whole (not cut from the bytes as written).
    mutating func setText(_ text: String) {
        let key = ClaimsKey(text)
        if key.fits {
            self.key = key
            long = -1
        } else {
            self.key = ClaimsKey.canonical(text)
            long = ClaimsLongTexts.shared.id(text)
        }
    }

    /// A hash of the text: of its packed key when it fits (the tokenizer has the key in
    /// registers), else FNV-1a of its bytes.
    static func fingerprint(_ text: String) -> UInt32 {
        let key = ClaimsKey(text)
        if key.fits { return key.fingerprint }
        var h: UInt32 = 2_166_136_261
        for b in text.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    static func key3(_ text: String) -> UInt32 {
        var k: UInt32 = 0
        var n = 0
        for b in text.utf8 {
            k = k << 8 | UInt32(b)
            n += 1
            if n == 3 { return k }
        }
        return 0
    }
}

/// Splits text once into word, possessive and punctuation tokens. Works on the UTF-8
/// bytes (ASCII handled inline, other scalars decoded only where they occur). No regular
/// expressions: the matcher runs over whole corpora, twice (first pass, extraction).
///
/// A token is 12 bytes of byte offsets and flags: Unicode-scalar offsets are counted only for
/// the few tokens that end up in a place mention (`TokenizedText.scalarOffset`), not for every
/// token (a 56-byte token with both kinds of offsets cost more to write than to scan).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, possessive, punctuation }
    var kind: Kind
    var isCapitalised: Bool
    /// Every byte is ASCII: the key is spelt from the bytes, without decoding or a `String`.
    var isASCII: Bool
    /// Only ASCII letters and digits (no joiner, no period): the key is the bytes lower-cased.
    var isPlain: Bool
    private var lo32: UInt32
    private var hi32: UInt32

    init(kind: Kind, isCapitalised: Bool, isASCII: Bool, isPlain: Bool = false, lo: Int, hi: Int) {
        self.kind = kind
        self.isCapitalised = isCapitalised
        self.isASCII = isASCII
        self.isPlain = isPlain
        lo32 = UInt32(truncatingIfNeeded: lo)
        hi32 = UInt32(truncatingIfNeeded: hi)
    }

    /// UTF-8 byte offsets into the text, half-open.
    var lo: Int { Int(lo32) }
    var hi: Int { Int(hi32) }
}

enum Tokenizer {
    @inline(__always)
    static func isASCIIWord(_ c: UInt8) -> Bool {
        // One bit per byte value below 128: digits (0x30–0x39) in the low word, letters
        // (0x41–0x5A, 0x61–0x7A) in the high one.
        let bits: UInt64 = c < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
        return c < 128 && (bits >> UInt64(c & 63)) & 1 != 0
    }

    /// Out of line, like `isUpper` and `isSpace`: the Unicode property types are resilient, and
    /// inlined into the tokenizer they cost every word a few type-metadata lookups.
    @inline(never)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIWord(UInt8(s.value)) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    @inline(never)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(never)
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// Length in bytes of the word scalar at byte `j`; 0 if it is none or past the end.
    @inline(__always)
    private static func wordAt(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        guard j < b.count else { return 0 }
        let c = b[j]
        if c < 0x80 { return isASCIIWord(c) ? 1 : 0 }
        let (s, len) = UTF8Scalars.decode(b, j)
        return isWordScalar(s) ? len : 0
    }

    /// Tokenises `b` into `out` (at least `b.count` long: every token has a byte of its own);
    /// returns the number of tokens and whether every byte of `b` is ASCII.
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Token>) -> (count: Int, ascii: Bool) {
        var count = 0
        var allASCII = true
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            // The common ASCII bytes are classified without decoding a scalar.
            let s: Unicode.Scalar, len: Int
            if c < 0x80 {
                if isASCIIWord(c) {
                    // Written in place: a token returned by value was packed into registers and
                    // unpacked again field by field.
                    word(b, from: i, length: 1, capitalised: c &- 0x41 < 26, into: out.baseAddress.unsafelyUnwrapped + count)
                    i = out[count].hi
                    allASCII = allASCII && out[count].isASCII
                    count &+= 1
                    continue
                }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) { i &+= 1; continue }
                s = Unicode.Scalar(c); len = 1
            } else {
                allASCII = false
                (s, len) = UTF8Scalars.decode(b, i)
                if isWordScalar(s) {
                    word(b, from: i, length: len, capitalised: isUpper(s), into: out.baseAddress.unsafelyUnwrapped + count)
                    i = out[count].hi
                    count &+= 1
                    continue
                }
                if isSpace(s) { i &+= len; continue }
            }
            // Possessive: apostrophe + s right after a word.
            if isApostrophe(s), count > 0, out[count - 1].kind == .word, out[count - 1].hi == i,
               i + len < n, b[i + len] == UInt8(ascii: "s") || b[i + len] == UInt8(ascii: "S") {
                out[count] = Token(kind: .possessive, isCapitalised: false, isASCII: len == 1, lo: i, hi: i + len + 1)
                count &+= 1; i &+= len + 1
                continue
            }
            out[count] = Token(kind: .punctuation, isCapitalised: false, isASCII: len == 1, lo: i, hi: i + len)
            count &+= 1; i &+= len
        }
        return (count, allASCII)
    }

    /// For 8 bytes read little-endian: the high bit of each byte that is not an ASCII letter or digit.
    @inline(__always)
    static func nonWordBytes(_ x: UInt64) -> UInt64 {
        ~ASCIILanes.alphanumeric(x).alphanumeric & ASCIILanes.high
    }

    /// Writes the word token starting with the word scalar at byte `lo` (`length` bytes long).
    /// Most words are a run of ASCII letters and digits ended by a byte that joins nothing (a
    /// space, a comma): written here, inline. A word that reaches an apostrophe, period, hyphen or
    /// non-ASCII byte takes `joinedWord`, the general rule, from its start (out of line: called
    /// for every word, the whole rule cost a call and its register saves per word).
    @inline(__always)
    private static func word(_ b: UnsafeBufferPointer<UInt8>, from lo: Int, length: Int, capitalised: Bool,
                             into token: UnsafeMutablePointer<Token>) {
        let n = b.count
        var j = lo &+ length
        let base = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped)
        while j &+ 8 <= n {
            let gaps = nonWordBytes(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: j, as: UInt64.self)))
            if gaps == 0 { j &+= 8; continue }
            j &+= gaps.trailingZeroBitCount &>> 3
            break
        }
        while j < n && isASCIIWord(b[j]) { j &+= 1 }
        if j < n {
            let d = b[j]
            if d >= 0x80 || d == UInt8(ascii: "'") || d == UInt8(ascii: ".") || d == UInt8(ascii: "-") {
                joinedWord(b, from: lo, length: length, capitalised: capitalised, into: token)
                return
            }
        }
        token.initialize(to: Token(kind: .word, isCapitalised: capitalised, isASCII: length == 1, isPlain: length == 1, lo: lo, hi: j))
    }

    /// The general word rule (see `word`): letters and digits, parts joined by an inner
    /// apostrophe, hyphen or period, and the trailing period of "U.S." or "St.".
    @inline(never)
    static func joinedWord(_ b: UnsafeBufferPointer<UInt8>, from lo: Int, length: Int, capitalised: Bool,
                           into token: UnsafeMutablePointer<Token>) {
        let n = b.count
        var ascii = length == 1
        var plain = ascii
        var innerPeriod = false
        var j = lo + length
        let base = UnsafeRawPointer(b.baseAddress)
        while j < n {
            // Letters and digits, the bulk of the bytes: eight at a time while eight are left.
            while j &+ 8 <= n {
                let gaps = nonWordBytes(UInt64(littleEndian: base.unsafelyUnwrapped.loadUnaligned(fromByteOffset: j, as: UInt64.self)))
                if gaps == 0 { j &+= 8; continue }
                j &+= gaps.trailingZeroBitCount >> 3
                break
            }
            guard j < n else { break }
            let d = b[j]
            // Letters and digits, the bulk of the bytes: one bit test each.
            if isASCIIWord(d) { j &+= 1; continue }
            if d < 0x80 {
                // Only an apostrophe, period or hyphen can join word parts: a space ends the word.
                if d != UInt8(ascii: "'") && d != UInt8(ascii: ".") && d != UInt8(ascii: "-") { break }
            } else {
                let (s, l) = UTF8Scalars.decode(b, j)
                if isWordScalar(s) { j += l; ascii = false; plain = false; continue }
            }
            // Inner apostrophe, hyphen or period joins word parts ("Ryl’sk", "Niu-York",
            // "U.S"), except a possessive 's that ends the word ("Kursk's").
            let (p, plen) = UTF8Scalars.decode(b, j)
            let next = j + plen
            guard wordAt(b, next) > 0 else { break }
            if isApostrophe(p) {
                let isS = b[next] == UInt8(ascii: "s") || b[next] == UInt8(ascii: "S")
                if isS && wordAt(b, next + 1) == 0 { break }
            } else if p == "." {
                innerPeriod = true
            } else if !isHyphen(p) {
                break
            }
            if plen > 1 { ascii = false }
            plain = false
            j = next
        }
        // Trailing period of "U.S." or "St." stays with the word.
        if j < n, b[j] == UInt8(ascii: "."), innerPeriod || isTitleAbbreviation(b, lo, j) {
            j += 1
            plain = false
        }
        token.initialize(to: Token(kind: .word, isCapitalised: capitalised, isASCII: ascii, isPlain: plain && ascii, lo: lo, hi: j))
    }

    /// "St", "Mt", "Ft": abbreviations whose period belongs to the name ("St. Petersburg").
    @inline(__always)
    static func isTitleAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 2, b[lo + 1] == UInt8(ascii: "t") else { return false }
        return b[lo] == UInt8(ascii: "S") || b[lo] == UInt8(ascii: "M") || b[lo] == UInt8(ascii: "F")
    }
}

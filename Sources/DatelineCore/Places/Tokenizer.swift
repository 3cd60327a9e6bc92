/// Splits text once into word, possessive and punctuation tokens. Works on the UTF-8
/// bytes (ASCII handled by table, other scalars decoded only where they occur) and counts
/// Unicode-scalar offsets on the way: the matcher runs over whole corpora and must keep
/// well above 10 MB/s. No regular expressions.
struct Token: Sendable {
    enum Kind: Sendable { case word, possessive, punctuation }
    var kind: Kind
    /// Unicode-scalar offsets into the text, half-open.
    var start: Int
    var end: Int
    /// UTF-8 byte offsets into the text, half-open.
    var lo: Int
    var hi: Int
    var isCapitalised: Bool
}

/// A tokenised text with a lazily filled cache of token keys.
final class TokenizedText {
    let bytes: [UInt8]
    let tokens: [Token]
    private var keys: [String?]

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokens(bytes)
        keys = [String?](repeating: nil, count: tokens.count)
    }

    var count: Int { tokens.count }

    /// Normalised key of a word ("kursk"), "s" for a possessive, the character itself for
    /// punctuation.
    func key(_ i: Int) -> String {
        if let k = keys[i] { return k }
        let t = tokens[i]
        let k: String
        switch t.kind {
        case .possessive: k = "s"
        case .punctuation: k = String(decoding: bytes[t.lo..<t.hi], as: UTF8.self)
        case .word: k = NameKey.of(bytes[t.lo..<t.hi])
        }
        keys[i] = k
        return k
    }

    /// Appends the key of word or possessive `i` to `out` as bytes, as `key(i)` spells it,
    /// without building a `String`; false (nothing appended) when the word is not ASCII.
    func appendASCIIKey(_ i: Int, to out: inout [UInt8]) -> Bool {
        let t = tokens[i]
        if t.kind == .possessive { out.append(UInt8(ascii: "s")); return true }
        return bytes.withUnsafeBufferPointer { all in
            let word = UnsafeBufferPointer(rebasing: all[t.lo..<t.hi])
            for b in word where b >= 0x80 { return false }
            for b in word {
                switch b {
                case UInt8(ascii: "'"), UInt8(ascii: "."): continue
                case UInt8(ascii: "-"): out.append(UInt8(ascii: " "))
                default: out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                }
            }
            return true
        }
    }

    /// Key of the token at `i`, or nil past either end.
    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? key(i) : nil }

    func surface(_ first: Int, _ last: Int) -> String {
        String(decoding: bytes[tokens[first].lo..<tokens[last].hi], as: UTF8.self)
    }
}

enum Tokenizer {
    static func tokens(in text: String) -> [Token] { tokens(Array(text.utf8)) }

    /// Decodes the scalar starting at byte `i`; returns it and its length in bytes.
    @inline(__always)
    static func decode(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var value: UInt32, len: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); len = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); len = 3 }
        else { value = UInt32(b0 & 0x07); len = 4 }
        guard i + len <= b.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
    }

    @inline(__always)
    static func isASCIIWord(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

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

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    static func tokens(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 5)
        let n = b.count
        var i = 0, offset = 0
        // Word scalar at byte j? (length in bytes, or 0 if not a word scalar / past end)
        @inline(__always) func wordAt(_ j: Int) -> Int {
            guard j < n else { return 0 }
            if b[j] < 0x80 { return isASCIIWord(b[j]) ? 1 : 0 }
            let (s, len) = decode(b, j)
            return isWordScalar(s) ? len : 0
        }
        while i < n {
            let c = b[i]
            let (s, len) = c < 0x80 ? (Unicode.Scalar(c), 1) : decode(b, i)
            if isWordScalar(s) {
                let lo = i, start = offset
                var innerPeriod = false
                var j = i + len, jo = offset + 1
                while j < n {
                    let w = wordAt(j)
                    if w > 0 { j += w; jo += 1; continue }
                    // Inner apostrophe, hyphen or period joins word parts ("Ryl’sk", "Niu-York",
                    // "U.S"), except a possessive 's that ends the word ("Kursk's").
                    let (p, plen) = decode(b, j)
                    let next = j + plen
                    guard wordAt(next) > 0 else { break }
                    if isApostrophe(p) {
                        let isS = b[next] == UInt8(ascii: "s") || b[next] == UInt8(ascii: "S")
                        if isS && wordAt(next + 1) == 0 { break }
                    } else if p == "." {
                        innerPeriod = true
                    } else if !isHyphen(p) {
                        break
                    }
                    j = next; jo += 1
                }
                // Trailing period of "U.S." or "St." stays with the word.
                if j < n, b[j] == UInt8(ascii: "."), innerPeriod || isTitleAbbreviation(b, lo, j) {
                    j += 1; jo += 1
                }
                tokens.append(Token(kind: .word, start: start, end: jo, lo: lo, hi: j, isCapitalised: isUpper(s)))
                i = j; offset = jo
            } else if c < 0x80 ? (c == 0x20 || (c >= 0x09 && c <= 0x0D)) : s.properties.isWhitespace {
                i += len; offset += 1
            } else {
                // Possessive: apostrophe + s right after a word.
                if isApostrophe(s), let prev = tokens.last, prev.kind == .word, prev.hi == i,
                   i + len < n, b[i + len] == UInt8(ascii: "s") || b[i + len] == UInt8(ascii: "S") {
                    tokens.append(Token(kind: .possessive, start: offset, end: offset + 2, lo: i,
                                        hi: i + len + 1, isCapitalised: false))
                    i += len + 1; offset += 2
                    continue
                }
                tokens.append(Token(kind: .punctuation, start: offset, end: offset + 1, lo: i,
                                    hi: i + len, isCapitalised: false))
                i += len; offset += 1
            }
        }
        return tokens
    }

    /// "St", "Mt", "Ft": abbreviations whose period belongs to the name ("St. Petersburg").
    @inline(__always)
    static func isTitleAbbreviation(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 2, b[lo + 1] == UInt8(ascii: "t") else { return false }
        return b[lo] == UInt8(ascii: "S") || b[lo] == UInt8(ascii: "M") || b[lo] == UInt8(ascii: "F")
    }
}

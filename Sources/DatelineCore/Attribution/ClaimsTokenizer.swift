/// Splits text into `ClaimsToken`s in one pass over its UTF-8 bytes (ASCII fast path),
/// counting Unicode scalars for the offsets the model uses.
enum ClaimsTokenizer {
    /// `marking: false` leaves `lexicons` unset: for the lexicons' own patterns, tokenized while
    /// the filter that marks is being built.
    static func tokenize(_ text: String, marking: Bool = true) -> [ClaimsToken] {
        var text = text
        return text.withUTF8 { tokenize($0, marking: marking) }
    }

    static func tokenize(_ u: UnsafeBufferPointer<UInt8>, marking: Bool = true) -> [ClaimsToken] {
        var tokens: [ClaimsToken] = []
        tokenize(u, marking: marking, into: &tokens)
        return tokens
    }

    /// The tokens of `text` in place of `tokens`' elements, in its storage when that is large
    /// enough: an article's sentences are tokenized into one array, not an allocation each.
    static func tokenize(_ text: String, into tokens: inout [ClaimsToken]) {
        var text = text
        text.withUTF8 { tokenize($0, marking: true, into: &tokens) }
    }

    private static func tokenize(_ u: UnsafeBufferPointer<UInt8>, marking: Bool, into tokens: inout [ClaimsToken]) {
        tokens.removeAll(keepingCapacity: true)
        guard !u.isEmpty else { return }
        // Token offsets are stored in 32 bits (`ClaimsToken`), unchecked.
        precondition(u.count < Int(Int32.max), "a text of 2 GB or more")
        // Scanned into this thread's scratch, which has room for a token per byte (a token has a
        // byte at least), so tokens are written without a capacity check per token and the scan
        // never runs out of room; then copied out at their exact count (a long text keeps no room
        // per byte).
        let room = ThreadScratch.current.space(for: .claimsTokens, byteCount: u.count * MemoryLayout<ClaimsToken>.stride)
            .bindMemory(to: ClaimsToken.self, capacity: u.count)
        let count = scan(u, into: room)
        tokens.append(contentsOf: UnsafeBufferPointer(start: room, count: count))
        room.deinitialize(count: count)
        if marking { ClaimsLexiconFilter.mark(&tokens) }
    }

    /// Writes the tokens of `u` to `out`, which has room for `u.count`; returns how many.
    private static func scan(_ u: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<ClaimsToken>) -> Int {
        // Indices stay below `n` (< 2 GB): wrapping adds (`&+=`), without an overflow check each.
        var count = 0
        let n = u.count
        let p = u.baseAddress!
        var i = 0            // byte index
        var si = 0           // scalar index
        var sawSpace = true
        while i < n {
            // ASCII blanks skip the scalar decoding: most bytes of news text are ASCII.
            let b0 = u[i]
            if b0 == 32 || b0 == 10 || b0 == 9 || b0 == 13 {
                sawSpace = true
                i &+= 1; si &+= 1
                continue
            }
            let (c, len) = UTF8Scalars.decode(u, i)
            if isSpace(c) {
                sawSpace = true
                i &+= len; si &+= 1
                continue
            }
            // One token starts here.
            let start = i, sStart = si
            if isDigit(c) {
                // Digits with thousands separators ("132,000") and decimals ("8.5").
                i &+= 1; si &+= 1
                while i < n {
                    let b = u[i]
                    if b >= 48 && b <= 57 { i &+= 1; si &+= 1; continue }
                    if b == 44, i + 3 < n, isDigitByte(u[i + 1]), isDigitByte(u[i + 2]), isDigitByte(u[i + 3]),
                       !(i + 4 < n && isDigitByte(u[i + 4])) {
                        i &+= 4; si &+= 4; continue
                    }
                    if b == 46, i + 1 < n, isDigitByte(u[i + 1]) { i &+= 2; si &+= 2; continue }
                    break
                }
                (out + count).initialize(to: make(.number, u, start, i, sStart, si, sawSpace))
                count &+= 1
            } else if isLetter(c) {
                i &+= len; si &+= 1
                while i < n {
                    if i + 8 <= n {
                        // Eight bytes at a time through the ASCII letters of the word.
                        let run = asciiLetterRun(p + i)
                        i &+= run; si &+= run
                        if run == 8 { continue }
                    } else if isLetterByte(u[i]) {
                        i &+= 1; si &+= 1; continue
                    }
                    // The common end of a word: a blank or ASCII punctuation other than an
                    // apostrophe or an abbreviation's period (ASCII: no letter, no combining mark).
                    let b = u[i]
                    if b < 0x80 && b != 39 && b != 46 { break }
                    let (d, dl) = UTF8Scalars.decode(u, i)
                    if isLetter(d) || (d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark) {
                        i &+= dl; si &+= 1; continue
                    }
                    if isApostrophe(d), i + dl < n {
                        let (e, el) = UTF8Scalars.decode(u, i + dl)
                        if isLetter(e) {
                            // Internal apostrophe ("don't", "O'Brien") but not the possessive "'s".
                            let possessive = (e == "s" || e == "S") && !(i + dl + el < n && isLetter(UTF8Scalars.decode(u, i + dl + el).0))
                            if possessive { break }
                            i &+= dl + el; si &+= 2; continue
                        }
                    }
                    // Dotted abbreviations: "U.S.", "U.N.".
                    if d == ".", si - sStart == 1 || (i >= 2 && u[i - 2] == 46), i + 1 < n, isLetterByte(u[i + 1]),
                       !(i + 2 < n && isLetterByte(u[i + 2])) {
                        i &+= 2; si &+= 2
                        if i < n, u[i] == 46 { i &+= 1; si &+= 1 }
                        continue
                    }
                    break
                }
                if si - sStart == i - start, i - start <= 16, n - start >= 16 {
                    // The common word: ASCII, short, 16 bytes readable; built here, not in a call.
                    (out + count).initialize(to: shortASCIIWord(p + start, i - start, start, i, sStart, si, sawSpace))
                } else {
                    (out + count).initialize(to: make(.word, u, start, i, sStart, si, sawSpace))
                }
                count &+= 1
            } else if isApostrophe(c), i + len < n, u[i + len] == 115 || u[i + len] == 83,
                      !(i + len + 1 < n && isLetter(UTF8Scalars.decode(u, i + len + 1).0)), count > 0, !sawSpace {
                i &+= len + 1; si &+= 2
                var t = make(.word, u, start, i, sStart, si, false)
                t.setText("'s")
                t.key3 = 0
                t.fp = ClaimsToken.fingerprint(t.text)
                t.ascii = true
                (out + count).initialize(to: t)
                count &+= 1
            } else {
                i &+= len; si &+= 1
                var t = make(.punct, u, start, i, sStart, si, sawSpace)
                if len > 1 {
                    let text = normalisedPunct(c)
                    t.setText(text)
                    t.fp = ClaimsToken.fingerprint(text)
                    t.ascii = ClaimsToken.isASCII(text)
                }
                (out + count).initialize(to: t)
                count &+= 1
            }
            sawSpace = false
        }
        return count
    }

    /// How many of the eight bytes at `p` are ASCII letters before the first that is not.
    @inline(__always)
    static func asciiLetterRun(_ p: UnsafePointer<UInt8>) -> Int {
        let x = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        return (~ASCIILanes.letters(x) & ASCIILanes.high).trailingZeroBitCount >> 3
    }

    @inline(__always)
    private static func make(_ kind: ClaimsToken.Kind, _ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int,
                             _ sa: Int, _ sb: Int, _ space: Bool) -> ClaimsToken {
        sb - sa == b - a ? makeASCII(kind, u, a, b, sa, sb, space) : makeUnicode(kind, u, a, b, sa, sb, space)
    }

    /// One byte per scalar: the packed text, its fingerprint and stem key from two word loads
    /// (lower-cased eight bytes at a time); a `String` only for a text longer than 16 bytes.
    @inline(__always)
    private static func makeASCII(_ kind: ClaimsToken.Kind, _ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int,
                                  _ sa: Int, _ sb: Int, _ space: Bool) -> ClaimsToken {
        let p = u.baseAddress! + a
        let n = b - a
        let capitalized = p[0] &- 65 < 26
        if n <= 16 {
            let lo = ASCIILanes.load(p, count: n, readable: u.count - a)
            let hi = n > 8 ? ASCIILanes.load(p + 8, count: n - 8, readable: u.count - a - 8) : 0
            return shortASCII(kind, lo, hi, n, a, b, sa, sb, space, capitalized: capitalized)
        }
        var h: UInt32 = 2_166_136_261
        var key3: UInt32 = 0
        for k in 0..<n {
            let l = ASCIILanes.lowercased(byte: p[k])
            h = (h ^ UInt32(l)) &* 16_777_619
            if k < 3 && kind == .word { key3 = key3 << 8 | UInt32(l) }
        }
        let long = ClaimsLongTexts.shared.id(String(unsafeUninitializedCapacity: n) { out in
            let o = out.baseAddress!
            for k in 0..<n { o[k] = ASCIILanes.lowercased(byte: p[k]) }
            return n
        })
        return ClaimsToken(kind: kind, key: .none, long: long, start: sa, end: sb, byteStart: a, byteEnd: b,
                           capitalized: capitalized, spaceBefore: space, key3: key3, fp: h, ascii: true)
    }

    /// `makeASCII` for a word of at most 16 bytes with 16 bytes readable from `p`.
    @_transparent
    static func shortASCIIWord(_ p: UnsafePointer<UInt8>, _ n: Int, _ a: Int, _ b: Int, _ sa: Int, _ sb: Int,
                               _ space: Bool) -> ClaimsToken {
        shortASCII(.word, UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)),
                   UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                   n, a, b, sa, sb, space, capitalized: p[0] &- 65 < 26)
    }

    /// A text of at most 16 ASCII bytes, given as two little-endian words (bytes past `n` ignored):
    /// its key lower-cased, fingerprint and stem key, all in registers.
    @_transparent
    static func shortASCII(_ kind: ClaimsToken.Kind, _ rawLo: UInt64, _ rawHi: UInt64, _ n: Int, _ a: Int, _ b: Int,
                           _ sa: Int, _ sb: Int, _ space: Bool, capitalized: Bool) -> ClaimsToken {
        let lo = ASCIILanes.lowercased(rawLo) & ASCIILanes.byteMask(n)
        let hi = ASCIILanes.lowercased(rawHi) & ASCIILanes.byteMask(n - 8)
        let key = ClaimsKey(lo: lo, hi: hi, count: Int8(truncatingIfNeeded: n))
        let key3 = n < 3 || kind != .word ? 0 : UInt32(truncatingIfNeeded: lo & 0xFF) << 16
            | UInt32(truncatingIfNeeded: (lo >> 8) & 0xFF) << 8 | UInt32(truncatingIfNeeded: (lo >> 16) & 0xFF)
        return ClaimsToken(kind: kind, key: key, long: -1, start: sa, end: sb, byteStart: a, byteEnd: b,
                           capitalized: capitalized, spaceBefore: space, key3: key3, fp: key.fingerprint, ascii: true)
    }

    @inline(never)
    private static func makeUnicode(_ kind: ClaimsToken.Kind, _ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int,
                                    _ sa: Int, _ sb: Int, _ space: Bool) -> ClaimsToken {
        var view = String.UnicodeScalarView()
        var k = a
        while k < b {
            let (c, l) = UTF8Scalars.decode(u, k)
            view.append(isApostrophe(c) ? "'" : c)
            k += l
        }
        let text = String(view).lowercased()
        var t = ClaimsToken(kind: kind, key: .none, long: -1, start: sa, end: sb, byteStart: a, byteEnd: b,
                            capitalized: UTF8Scalars.decode(u, a).0.properties.isUppercase, spaceBefore: space,
                            key3: kind == .word ? ClaimsToken.key3(text) : 0, fp: ClaimsToken.fingerprint(text),
                            ascii: ClaimsToken.isASCII(text))
        t.setText(text)
        return t
    }

    @inline(__always) static func isDigitByte(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}" || c == "\u{202F}"
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return isNonASCIILetter(c)
    }
    @inline(never)
    private static func isNonASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v == 0x2019 || v == 0x2018 || v < 0xC0 { return false }
        return c.properties.isAlphabetic
    }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{2018}" }

    /// Quotes fold to `"`, dashes to `-`, so that rules need one spelling.
    static func normalisedPunct(_ c: Unicode.Scalar) -> String {
        switch c {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2212}", "\u{2010}", "\u{2011}": return "-"
        default: return String(c)
        }
    }
}

extension Array where Element == ClaimsToken {
    /// The text as written from token `a` through token `b` (inclusive).
    func written(_ a: Int, _ b: Int, in text: String) -> String {
        var text = text
        let (from, to) = (self[a].byteStart, self[b].byteEnd)
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }
}

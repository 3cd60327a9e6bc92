/// One token of a sentence, with offsets in Unicode scalars (what `TimeExpression` reports) and
/// in UTF-8 bytes (to cut the phrase out without re-walking the string).
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    // Stored small and widest first (56 bytes, not 88): a sentence's tokens are built, copied and
    // read by every grammar rule. Offsets fit 32 bits (a sentence is far below 2 GB).
    /// Packed lowercase word (see `WordKey`); 0 for other kinds and unkeyable words.
    var key: UInt64 = 0
    /// Value of a number; the scalar value of a punctuation mark.
    var value: Int = 0
    var lex: Lex = .none
    private var start32: Int32
    private var end32: Int32
    private var byteStart32: Int32
    private var byteEnd32: Int32
    private var digits32: Int32 = 0
    var kind: Kind
    var cue: TenseCue = .none
    /// First letter upper case (month names must be capitalised: "may" is the modal).
    var capitalized = false
    var allCaps = false
    /// "6th", "21st".
    var ordinal = false
    /// "1,000" or "8.5": a quantity, never a day or a year.
    var grouped = false

    init(kind: Kind, start: Int, end: Int, byteStart: Int, byteEnd: Int, value: Int = 0) {
        self.kind = kind
        // Unchecked: `TimeTokenizer` takes no text of 2 GB or more (checked once per text).
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        byteStart32 = Int32(truncatingIfNeeded: byteStart)
        byteEnd32 = Int32(truncatingIfNeeded: byteEnd)
        self.value = value
    }

    var start: Int { get { Int(start32) } set { start32 = Int32(truncatingIfNeeded: newValue) } }
    var end: Int { get { Int(end32) } set { end32 = Int32(truncatingIfNeeded: newValue) } }
    var byteStart: Int { get { Int(byteStart32) } set { byteStart32 = Int32(truncatingIfNeeded: newValue) } }
    var byteEnd: Int { get { Int(byteEnd32) } set { byteEnd32 = Int32(truncatingIfNeeded: newValue) } }
    /// At most the text's byte count.
    var digits: Int { get { Int(digits32) } set { digits32 = Int32(truncatingIfNeeded: newValue) } }

    @inline(__always) func isPunct(_ scalar: Unicode.Scalar) -> Bool { kind == .punct && value == Int(scalar.value) }
    @inline(__always) func isWord(_ w: TimeWord) -> Bool { lex == .word(w) }
    var isDash: Bool { kind == .punct && (value == 0x2D || value == 0x2013 || value == 0x2014) }
    var isApostrophe: Bool { kind == .punct && (value == 0x27 || value == 0x2019) }
    /// Ends a clause for tense and relative-clause purposes.
    var isStrongStop: Bool {
        kind == .punct && (value == 0x2E || value == 0x3B || value == 0x3A || value == 0x21 || value == 0x3F)
    }
}

/// Splits text into words, numbers and punctuation in one pass over its UTF-8 bytes.
///
/// Why hand-written: it runs on every sentence of every article; a byte loop with a scalar counter
/// is an order of magnitude cheaper than regular expressions or Character iteration.
enum TimeTokenizer {
    /// Tokens plus whether the grammar could find an expression in them (see `worthScanning`); no
    /// tokens when it could not.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [TimeToken], worthScanning: Bool) {
        // Most clauses hold no time at all: answer the pre-check first, without building a token.
        guard worthScanning(bytes) else { return ([], false) }
        return (tokens(bytes), true)
    }

    /// Every token of the text, without the pre-check.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [TimeToken] {
        // Offsets are stored in 32 bits, unchecked; indices stay below the count, so the scans
        // here add with `&+=` (no overflow check per byte).
        precondition(bytes.count < Int(Int32.max), "a text of 2 GB or more")
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        // Read once: a global's every access checks its lazy initialisation.
        let lexicon = TimeLexicon.table
        var i = 0
        var scalar = 0
        let n = bytes.count

        while i < n {
            let (cls, len, code) = classify(bytes, i)
            switch cls {
            case .space:
                i &+= len; scalar &+= 1
            case .punct:
                tokens.append(TimeToken(kind: .punct, start: scalar, end: scalar + 1, byteStart: i, byteEnd: i + len,
                                        value: Int(code)))
                i &+= len; scalar &+= 1
            case .digit:
                var tok = TimeToken(kind: .number, start: scalar, end: scalar, byteStart: i, byteEnd: i)
                let number = readNumber(bytes, from: i)
                // A number is ASCII: one scalar a byte.
                scalar &+= number.end - i
                i = number.end
                let value = number.value, digits = number.digits
                tok.grouped = number.grouped
                // Ordinal suffix: "6th", "21st".
                if i + 1 < n {
                    let a = bytes[i] | 0x20, b = bytes[i + 1] | 0x20
                    let isSuffix = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64)
                        || (a == 0x74 && b == 0x68)
                    let after = i + 2 < n ? bytes[i + 2] | 0x20 : 0
                    if isSuffix && !(after >= 97 && after <= 122) {
                        tok.ordinal = true
                        i &+= 2; scalar &+= 2
                    }
                }
                tok.value = value
                tok.digits = digits
                tok.end = scalar
                tok.byteEnd = i
                tokens.append(tok)
            case .letter:
                var tok = TimeToken(kind: .word, start: scalar, end: scalar, byteStart: i, byteEnd: i)
                tok.capitalized = bytes[i] >= 65 && bytes[i] <= 90
                let word = readWord(bytes, from: i)
                i = word.end
                scalar &+= word.scalars
                tok.allCaps = !word.hasLower
                tok.end = scalar
                tok.byteEnd = i
                tok.key = word.key
                if word.key != 0, let e = lexicon.value(word.key) {
                    tok.lex = e.lex
                    tok.cue = e.cue
                }
                tokens.append(tok)
            }
        }
        return tokens
    }

    /// Whether the grammar could find an expression in the text, read without building tokens: the
    /// same word and number boundaries as `tokens`, stopping at the first hit.
    ///
    /// A time needs a trigger word (a month, a weekday, a day or longer unit, "today" …), or a number the
    /// grammar can read without one: four digits (a year, "2024-08-06"), or any count before "hour(s)"
    /// ("for 24 hours"). Other numbers — "1,000 troops", "5 percent", a day "6" with no month — start
    /// nothing, so the quantities that fill news clauses cost no tokens. A clause with neither digit
    /// nor trigger word is never scanned (so "for two hours" alone is not read: kept as it was).
    static func worthScanning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lexicon = TimeLexicon.table
        var i = 0
        let n = bytes.count
        var sawDigit = false
        var sawHour = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b &- 48 < 10 {
                    let number = readNumber(bytes, from: i)
                    if number.digits == 4 && !number.grouped { return true }
                    if sawHour { return true }
                    sawDigit = true
                    i = number.end
                    continue
                }
                if (b | 0x20) &- 97 >= 26 { i &+= 1; continue }
            } else {
                let (c, l, _) = classify(bytes, i)
                if c != .letter { i &+= l; continue }
            }
            let word = readWord(bytes, from: i)
            i = word.end
            if word.key != 0, let e = lexicon.value(word.key) {
                if e.trigger { return true }
                if e.lex == .unit(.hour) {
                    if sawDigit { return true }
                    sawHour = true
                }
            }
        }
        return false
    }

    /// The number starting with the digit at `start`, with its groups ("1,000,000", "8.5" are one
    /// quantity; a comma needs three digits after it): where it ends, its value (first 15 digits), how
    /// many digits it has and whether it is grouped. One reader for `tokens` and `worthScanning`.
    @inline(__always)
    static func readNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, value: Int, digits: Int, grouped: Bool) {
        let n = bytes.count
        var i = start
        var value = 0
        var digits = 0
        var grouped = false
        func take() {
            while i < n, bytes[i] >= 48, bytes[i] <= 57 {
                if digits < 15 { value = value * 10 + Int(bytes[i] - 48) }
                digits &+= 1; i &+= 1
            }
        }
        take()
        while i + 1 < n, bytes[i] == 0x2C || bytes[i] == 0x2E, bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
            if bytes[i] == 0x2C {
                var run = 0
                while i + 1 + run < n, bytes[i + 1 + run] >= 48, bytes[i + 1 + run] <= 57 { run += 1 }
                if run != 3 { break }
            }
            grouped = true
            i &+= 1
            take()
        }
        return (i, value, digits, grouped)
    }

    /// The word starting with the letter at `start`: its packed key (0 when it cannot be keyed: too
    /// long or not all a–z), whether it has a lower-case letter, where it ends and how many scalars
    /// it spans. One reader for `tokenize` and `worthScanning`, so the two agree on every word.
    @inline(__always)
    static func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (key: UInt64, hasLower: Bool, end: Int, scalars: Int) {
        let n = bytes.count
        var i = start
        var key: UInt64 = 0
        // Case bits of the ASCII letters, or-ed: bit 0x20 is set when one is lower case.
        var caseBits: UInt8 = 0
        // ASCII letters, the whole of almost every word: one test per byte (a byte >= 0x80 fails it
        // too). Letters past `maxLetters` shift out of the key, but such a word is not keyed.
        while i < n {
            let b = bytes[i]
            let lower = b | 0x20
            guard lower &- 97 < 26 else { break }
            key = key &<< 5 | UInt64(lower &- 96)
            caseBits |= b
            i &+= 1
        }
        var scalars = i - start
        var keyable = scalars <= WordKey.maxLetters
        var hasLower = caseBits & 0x20 != 0
        // A non-ASCII letter (rare): the general classifier from here on, and no key.
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                guard (b | 0x20) &- 97 < 26 else { break }
                if b >= 97 { hasLower = true }
                i &+= 1; scalars &+= 1
                continue
            }
            let (c, l, _) = classify(bytes, i)
            guard c == .letter else { break }
            keyable = false
            hasLower = true
            i &+= l; scalars &+= 1
        }
        return (keyable ? key : 0, hasLower, i, scalars)
    }

    enum Class { case space, punct, digit, letter }

    /// Class, byte length and scalar value of the scalar at `i`.
    @inline(__always)
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Class, Int, UInt32) {
        let c = b[i]
        if c < 0x80 {
            if (c >= 97 && c <= 122) || (c >= 65 && c <= 90) { return (.letter, 1, UInt32(c)) }
            if c >= 48 && c <= 57 { return (.digit, 1, UInt32(c)) }
            if c == 32 || (c >= 9 && c <= 13) { return (.space, 1, UInt32(c)) }
            return (.punct, 1, UInt32(c))
        }
        return classifyNonASCII(b, i)
    }

    /// The multi-byte half of `classify`, kept out of line so that the ASCII half inlines into every loop.
    @inline(never)
    static func classifyNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Class, Int, UInt32) {
        let c = b[i]
        var len = 1
        var v: UInt32 = 0
        if c >= 0xF0 { len = 4; v = UInt32(c & 0x07) } else if c >= 0xE0 { len = 3; v = UInt32(c & 0x0F) }
        else if c >= 0xC0 { len = 2; v = UInt32(c & 0x1F) } else { return (.punct, 1, 0xFFFD) }  // stray continuation
        if i + len > b.count { return (.punct, b.count - i, 0xFFFD) }
        for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (.space, len, v)
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2190...0x23FF,
             0x2500...0x27BF:
            return (.punct, len, v)
        default: return (.letter, len, v)
        }
    }
}

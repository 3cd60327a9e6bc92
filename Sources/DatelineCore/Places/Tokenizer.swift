/// Splits text once into word, possessive and punctuation tokens with offsets in Unicode
/// scalars. Hand-written scanning, no regular expressions: the matcher runs over whole
/// corpora and must keep up with ≥10 MB/s.
struct Token: Sendable {
    enum Kind: Sendable { case word, possessive, punctuation }
    var kind: Kind
    /// Scalar offsets into the text, half-open.
    var start: Int
    var end: Int
    /// Index into `text.unicodeScalars` of `start` / `end`, to slice without re-walking.
    var lower: String.UnicodeScalarView.Index
    var upper: String.UnicodeScalarView.Index
    var isCapitalised: Bool

    func scalars(in text: String) -> Substring.UnicodeScalarView {
        Substring(text).unicodeScalars[lower..<upper]
    }

    func key(in text: String) -> String {
        kind == .possessive ? "s" : NameKey.of(scalars(in: text))
    }

    func text(in text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars[lower..<upper]))
    }
}

enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    /// Abbreviations whose trailing period belongs to the word ("St. Petersburg").
    private static let periodWords: Set<String> = ["St", "Mt", "Ft"]

    static func tokens(in text: String) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = scalars.startIndex
        var offset = 0
        let end = scalars.endIndex
        while i < end {
            let s = scalars[i]
            if isWordScalar(s) {
                let startIndex = i, startOffset = offset
                var hasInnerPeriod = false
                var j = scalars.index(after: i), jo = offset + 1
                while j < end {
                    let c = scalars[j]
                    if isWordScalar(c) { j = scalars.index(after: j); jo += 1; continue }
                    // Inner apostrophe, hyphen or period joins word parts ("Ryl’sk", "Niu-York",
                    // "U.S"), except a possessive 's that ends the word ("Kursk's").
                    let n = scalars.index(after: j)
                    guard n < end, isWordScalar(scalars[n]) else { break }
                    if isApostrophe(c) {
                        let nn = scalars.index(after: n)
                        let possessiveS = (scalars[n] == "s" || scalars[n] == "S")
                            && (nn == end || !isWordScalar(scalars[nn]))
                        if possessiveS { break }
                    } else if c == "." {
                        hasInnerPeriod = true
                    } else if !isHyphen(c) {
                        break
                    }
                    j = n; jo += 1
                }
                // Trailing period of "U.S." or "St." stays with the word.
                if j < end, scalars[j] == "." {
                    let word = String(String.UnicodeScalarView(scalars[startIndex..<j]))
                    if hasInnerPeriod || periodWords.contains(word) {
                        j = scalars.index(after: j); jo += 1
                    }
                }
                tokens.append(Token(kind: .word, start: startOffset, end: jo, lower: startIndex,
                                    upper: j, isCapitalised: isUpper(s)))
                i = j; offset = jo
            } else if s.properties.isWhitespace {
                i = scalars.index(after: i); offset += 1
            } else {
                // Possessive: apostrophe + s (or a bare apostrophe after a plural in s).
                if isApostrophe(s), let prev = tokens.last, prev.kind == .word, prev.end == offset {
                    let n = scalars.index(after: i)
                    if n < end, scalars[n] == "s" || scalars[n] == "S" {
                        let nn = scalars.index(after: n)
                        tokens.append(Token(kind: .possessive, start: offset, end: offset + 2,
                                            lower: i, upper: nn, isCapitalised: false))
                        i = nn; offset += 2
                        continue
                    }
                }
                let n = scalars.index(after: i)
                tokens.append(Token(kind: .punctuation, start: offset, end: offset + 1, lower: i,
                                    upper: n, isCapitalised: false))
                i = n; offset += 1
            }
        }
        return tokens
    }
}

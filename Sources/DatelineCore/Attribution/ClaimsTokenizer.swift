/// A word, number or punctuation mark of a sentence, with its place in Unicode scalars.
/// Shared by attribution, figures and incident typing: each stage tokenizes once and then
/// matches over tokens with plain code (no regular expressions in the hot path).
struct ClaimsToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }

    var kind: Kind
    /// Case-folded text; curly apostrophes become `'`, a possessive is its own token `'s`.
    var text: String
    var start: Int
    var end: Int
    /// First letter upper-case as written: a cheap proper-noun signal.
    var capitalized: Bool
    /// Whitespace separates it from the previous token ("15km" has none, "15 km" has).
    var spaceBefore: Bool

    var isWord: Bool { kind == .word }
}

/// Splits text into `ClaimsToken`s in one pass over its Unicode scalars.
enum ClaimsTokenizer {
    static func tokenize(_ text: String) -> [ClaimsToken] {
        tokenize(Array(text.unicodeScalars))
    }

    static func tokenize(_ s: [Unicode.Scalar]) -> [ClaimsToken] {
        var tokens: [ClaimsToken] = []
        tokens.reserveCapacity(s.count / 4)
        var i = 0
        var sawSpace = true
        let n = s.count
        while i < n {
            let c = s[i]
            if isSpace(c) {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                // Digits with thousands separators ("132,000") and decimals ("8.5").
                i += 1
                while i < n {
                    if isDigit(s[i]) { i += 1; continue }
                    if s[i] == ",", i + 3 < n, isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]),
                       !(i + 4 < n && isDigit(s[i + 4])) {
                        i += 4; continue
                    }
                    if s[i] == ".", i + 1 < n, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                tokens.append(make(.number, s, start, i, sawSpace))
            } else if isLetter(c) {
                i += 1
                while i < n {
                    if isLetter(s[i]) || s[i].properties.generalCategory == .nonspacingMark { i += 1; continue }
                    // Internal apostrophe ("don't", "O'Brien") but not the possessive "'s".
                    if isApostrophe(s[i]), i + 1 < n, isLetter(s[i + 1]) {
                        let possessive = (s[i + 1] == "s" || s[i + 1] == "S") && !(i + 2 < n && isLetter(s[i + 2]))
                        if possessive { break }
                        i += 2; continue
                    }
                    // Dotted abbreviations: "U.S.", "U.N.".
                    if s[i] == ".", i - start == 1 || (i >= 2 && s[i - 2] == "."),
                       i + 1 < n, isLetter(s[i + 1]), !(i + 2 < n && isLetter(s[i + 2])) {
                        i += 2
                        if i < n, s[i] == "." { i += 1 }
                        continue
                    }
                    break
                }
                tokens.append(make(.word, s, start, i, sawSpace))
            } else if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      !(i + 2 < n && isLetter(s[i + 2])), !tokens.isEmpty, !sawSpace {
                i += 2
                var t = make(.word, s, start, i, false)
                t.text = "'s"
                tokens.append(t)
            } else {
                i += 1
                var t = make(.punct, s, start, i, sawSpace)
                t.text = normalisedPunct(c)
                tokens.append(t)
            }
            sawSpace = false
        }
        return tokens
    }

    private static func make(_ kind: ClaimsToken.Kind, _ s: [Unicode.Scalar], _ a: Int, _ b: Int,
                             _ space: Bool) -> ClaimsToken {
        var text = ""
        var ascii = true
        for k in a..<b where s[k].value >= 128 { ascii = false; break }
        if ascii {
            var u = [UInt8]()
            u.reserveCapacity(b - a)
            for k in a..<b {
                var v = UInt8(s[k].value)
                if v >= 65 && v <= 90 { v += 32 }
                u.append(v)
            }
            text = String(decoding: u, as: UTF8.self)
        } else {
            var view = String.UnicodeScalarView()
            for k in a..<b { view.append(isApostrophe(s[k]) ? "'" : s[k]) }
            text = String(view).lowercased()
        }
        let cap = s[a].properties.isUppercase
        return ClaimsToken(kind: kind, text: text, start: a, end: b, capitalized: cap, spaceBefore: space)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}" || c == "\u{202F}"
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
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
    func written(_ a: Int, _ b: Int, in scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[self[a].start..<self[b].end])
        return String(view)
    }
}

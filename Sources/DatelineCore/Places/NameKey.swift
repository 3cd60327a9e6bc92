/// The normalised form under which names are looked up: lower-cased, diacritics folded,
/// apostrophes and periods dropped, hyphens read as spaces. One function, used both for
/// the gazetteer's names and the text's tokens, so the two always agree
/// ("Ryl’sk" = "Rylsk", "Niu-York" = "Niu York", "U.S." = "US"). Pure Swift: Foundation's
/// diacritic folding loads ICU, which cost a quarter of a second at start-up.
enum NameKey {
    static func of(_ word: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for c in word where c >= 0x80 { ascii = false; break }
        if ascii {
            // Fast path: the common case in English news, no Foundation call.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(word.count)
            for c in word {
                var b = c
                switch b {
                case UInt8(ascii: "'"), UInt8(ascii: "."): continue
                case UInt8(ascii: "-"): b = UInt8(ascii: " ")
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): b += 32
                default: break
                }
                bytes.append(b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for s in String(decoding: word, as: UTF8.self).unicodeScalars {
            switch s {
            case "'", ".", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}": continue
            case "-", "\u{2010}", "\u{2011}", "\u{2013}": out.append(" ")
            default:
                if s.isASCII {
                    out.append(("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s)
                } else if let base = LatinFolding.base(of: s) {
                    out.append(contentsOf: base.unicodeScalars)
                } else if s.properties.generalCategory == .nonspacingMark {
                    continue  // a combining accent of decomposed text
                } else {
                    out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(out)
    }

    /// The ASCII fast path of `of`, one byte at a time: the key byte, or nil where the byte is
    /// dropped (the matcher spells n-gram keys straight into one buffer).
    @inline(__always)
    static func asciiKeyByte(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "'"), UInt8(ascii: "."): return nil
        case UInt8(ascii: "-"): return UInt8(ascii: " ")
        default: return ASCIILanes.lowercased(byte: b)
        }
    }

    /// Key of a whole name ("Nizhny Novgorod", "Donetsk People's Republic"): tokenised
    /// exactly as text is, so multiword names match token n-grams.
    static func ofName(_ name: String) -> String {
        let t = TokenizedText(name)
        defer { t.deallocate() }
        return t.tokens.indices.filter { t.tokens[$0].kind != .punctuation }
            .map { t.key($0) }
            .joined(separator: " ")
    }
}

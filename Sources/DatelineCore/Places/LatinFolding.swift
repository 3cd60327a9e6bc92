/// Accented Latin letters (U+00C0–U+024F) to their base letters, lower-cased: "Ś" → "s",
/// "ł" → "l", "Æ" → "ae". Derived from the Unicode NFKD decompositions (Python
/// `unicodedata`), plus the letters that have none (ø, ł, đ, ß, æ, œ, þ, ı, ŋ).
enum LatinFolding {
    static let first: UInt32 = 0xC0
    /// One base letter per code point from U+00C0; "?" where the letter has no decomposition.
    static let table: [Unicode.Scalar] = Array(
        "aaaaaa?ceeeeiiii?nooooo??uuuuy??aaaaaa?ceeeeiiii?nooooo??uuuuy?yaaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii?iijjkk?llllll????nnnnnn???oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzzs????????????????????????????????oo?????????????uu???????????????????dddlllnnnaaiioouuuuuuuuuu?aaaa????ggkkoooo??jdddgg??nnaa????aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????????????????????"
            .unicodeScalars)
    static let special: [UInt32: String] = [
        0xC6: "ae", 0xE6: "ae", 0xD0: "d", 0xF0: "d", 0xD8: "o", 0xF8: "o", 0xDE: "th", 0xFE: "th", 0xDF: "ss",
        0x110: "d", 0x111: "d", 0x126: "h", 0x127: "h", 0x131: "i", 0x132: "ij", 0x133: "ij", 0x138: "k",
        0x13F: "l", 0x140: "l", 0x141: "l", 0x142: "l", 0x149: "n", 0x14A: "n", 0x14B: "n", 0x152: "oe", 0x153: "oe",
        0x166: "t", 0x167: "t", 0x17F: "s",
    ]

    static func base(of scalar: Unicode.Scalar) -> String? {
        if let s = special[scalar.value] { return s }
        let i = Int(scalar.value) - Int(first)
        guard i >= 0, i < table.count, table[i] != "?" else { return nil }
        return String(table[i])
    }
}

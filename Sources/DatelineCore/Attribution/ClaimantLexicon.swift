/// Known claimants (claimants.tsv): every spelling of a person or institution maps to one
/// canonical name with its side and role.
struct ClaimantLexicon: Sendable {
    enum Kind: String, Sendable { case person, institution, collective, media }

    struct Entry: Sendable {
        var canonical: String
        var side: Side
        var role: String
        var kind: Kind
        /// Lower-cased surname (last word of the canonical) for people.
        var surname: String?
        /// Lower-cased given names seen in the variants ("volodymyr", "wolodymyr", …).
        var givenNames: Set<String>
    }

    private(set) var entries: [Entry] = []
    private var phrases = ClaimsPhraseTable<Int>()
    /// Surnames of 6+ letters, for the one-typo match ("Gladko" → Gladkov).
    private var fuzzySurnames: [(String, [Unicode.Scalar], Int)] = []
    /// Per fuzzy surname, its first scalar and its length in scalars: nearly every word is turned
    /// away by these two numbers, without touching (and retaining) the surname's arrays.
    private var fuzzyHeads: [(first: UInt32, count: Int)] = []
    /// Every given name of every known person: a capitalised word before a surname that is
    /// not one of them (nor a title) names somebody else.
    private(set) var allGivenNames: Set<String> = []
    /// The first entry of each canonical name: the previous sentence's claimant is looked up by it.
    private var byCanonical: [String: Int] = [:]

    static func load() throws -> ClaimantLexicon {
        try ClaimantLexicon(rows: ClaimsLexiconFile.rows("claimants.tsv", minColumns: 5))
    }

    init(rows: [[String]]) throws {
        for row in rows {
            guard let side = Side(rawValue: row[2]), let kind = Kind(rawValue: row[4]) else {
                throw LexiconError(description: "claimants.tsv: bad side or kind in row \(row[0])")
            }
            let canonicalWords = ClaimsTokenizer.tokenize(row[0], marking: false).filter(\.isWord).map(\.text)
            var entry = Entry(canonical: row[0], side: side, role: row[3], kind: kind,
                              surname: kind == .person ? canonicalWords.last : nil, givenNames: [])
            let variants = [row[0]] + row[1].split(separator: "|").map { String($0) }
            let index = entries.count
            for v in variants where !v.isEmpty {
                phrases.add(v, payload: index)
                if kind == .person {
                    let words = ClaimsTokenizer.tokenize(v, marking: false).filter(\.isWord).map(\.text)
                    if words.count >= 2 { entry.givenNames.insert(words[0]) }
                }
            }
            if byCanonical[entry.canonical] == nil { byCanonical[entry.canonical] = entries.count }
            entries.append(entry)
            allGivenNames.formUnion(entry.givenNames)
            if let s = entry.surname, s.unicodeScalars.count >= 6 {
                fuzzySurnames.append((s, Array(s.unicodeScalars), index))
                fuzzyHeads.append((s.unicodeScalars.first!.value, s.unicodeScalars.count))
            }
        }
        phrases.seal()
    }

    func longestMatch(_ tokens: [ClaimsToken], at i: Int) -> (length: Int, entry: Int)? {
        if let m = phrases.longestMatch(tokens, at: i) { return (m.length, m.payload) }
        return nil
    }

    /// The same for a token: a short one is turned away before its text is made.
    func fuzzySurname(_ token: ClaimsToken) -> Int? {
        guard token.textCount >= 6 else { return nil }
        // A short ASCII token has its first scalar and length in its key: most need no text.
        if token.isShort, !fuzzyHeads.contains(where: { $0.first == UInt32(token.key.byte(0))
                                                      && abs($0.count - Int(token.key.count)) <= 1 }) {
            return nil
        }
        return fuzzySurname(token.text)
    }

    /// A capitalised word one edit away from a known surname of 6+ letters.
    func fuzzySurname(_ word: String) -> Int? {
        // Fewer than 6 bytes is fewer than 6 scalars: no candidate, no array.
        guard word.utf8.count >= 6 else { return nil }
        let w = Array(word.unicodeScalars)
        guard w.count >= 6 else { return nil }
        let first = w[0].value
        for k in fuzzyHeads.indices where abs(fuzzyHeads[k].count - w.count) <= 1 && fuzzyHeads[k].first == first {
            if Self.withinOneEdit(fuzzySurnames[k].1, w) { return fuzzySurnames[k].2 }
        }
        return nil
    }

    func entry(canonical: String) -> Entry? {
        byCanonical[canonical].map { entries[$0] }
    }

    /// Levenshtein distance ≤ 1, without building the matrix.
    static func withinOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a.count == b.count {
            var diff = 0
            for k in 0..<a.count where a[k] != b[k] { diff += 1; if diff > 1 { return false } }
            return true
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count - short.count == 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < long.count, j < short.count {
            if long[i] == short[j] { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            i += 1
        }
        return true
    }
}

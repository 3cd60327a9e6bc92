/// Splits a sentence into clauses where it reports more than one incident.
///
/// General cues of English news prose, each requiring both sides to be clauses of some length:
/// - `;` and `, while` / `, whereas` join independent reports;
/// - a sentence-initial "While A, B" contrasts two reports;
/// - `, and` / ` and` followed by a new subject and an auxiliary ("…, and around 200,000 people
///   have been evacuated") starts a new report — but not when a verb follows directly ("…, and
///   has lost 8.5%"), which continues the same subject;
/// - `, with <speaker> claiming|saying|…` is a second speaker's claim ("…, with Kyiv claiming");
/// - `, who|which|where|when …` relative clauses split off only when they carry a time of their
///   own that differs from the main clause ("…battle of Kursk, where in 1943 …").
struct ClauseSplitter: Sendable {
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "been", "be", "being", "must", "should", "shall", "did", "does", "do",
    ]
    static let subjectStarters: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "some", "many", "more", "over", "around", "about",
        "nearly", "almost", "another", "he", "she", "it", "they", "we", "i", "at", "several", "dozens", "hundreds",
        "thousands", "most", "all", "both", "no",
    ]
    static let relativeWords: Set<String> = ["who", "which", "where", "when"]
    static let minimumWords = 3
    /// "Ukraine's Defense Ministry and General Staff said…" is one subject, not two reports: a
    /// clause before "and" needs room for a subject and a verb.
    static let minimumLeftOfAnd = 5

    /// Returns the primary time (TIMEX3) of a piece of text, or nil when it has none.
    let primaryTime: @Sendable (String) -> String?

    /// What a word can be to the rules above, one bit each: words are classified by one byte-table
    /// lookup as they are read, instead of building a lower-cased `String` per word.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt16
        static let auxiliary = Kinds(rawValue: 1 << 0)
        static let subjectStarter = Kinds(rawValue: 1 << 1)
        static let relative = Kinds(rawValue: 1 << 2)
        static let speechParticiple = Kinds(rawValue: 1 << 3)
        /// "while", "whereas"
        static let contrast = Kinds(rawValue: 1 << 4)
        static let although = Kinds(rawValue: 1 << 5)
        static let and = Kinds(rawValue: 1 << 6)
        static let with = Kinds(rawValue: 1 << 7)
    }

    static let kindTable: ByteKeyTable<UInt16> = {
        var kinds: [String: Kinds] = ["while": .contrast, "whereas": .contrast, "although": .although, "and": .and, "with": .with]
        for (words, kind) in [(auxiliaries, Kinds.auxiliary), (subjectStarters, .subjectStarter), (relativeWords, .relative),
                              (speechParticiples, .speechParticiple)] {
            for word in words { kinds[word, default: []].insert(kind) }
        }
        return ByteKeyTable(kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value.rawValue) })
    }()
    static let kindFilter = KindFilter(kindWords)
    static let kindWords = Array(auxiliaries) + Array(subjectStarters) + Array(relativeWords) + Array(speechParticiples)
        + ["while", "whereas", "although", "and", "with"]
    /// Longer words are none of the above.
    static let longestKindWord = 16

    init(primaryTime: @escaping @Sendable (String) -> String?) {
        self.primaryTime = primaryTime
    }

    /// Clause ranges (scalar offsets) of `range` of `sentence`.
    func clauses(of sentence: ScalarText, range: Range<Int>) -> [Range<Int>] {
        clauses(of: sentence.string(range)).map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
    }

    /// Clause ranges, in scalar offsets, of a whole sentence. Its words are read from the UTF-8 in
    /// place; it is decoded into scalars only when it splits (rarely), to trim the clauses.
    func clauses(of sentence: String) -> [Range<Int>] {
        var contiguous = sentence
        // Most sentences give no rule a place to cut: proven from the bytes in one pass, without a
        // word list; a relative word after a comma is the one cue that pass settles itself.
        if let ascii = contiguous.withUTF8({ oneClause($0) }) { return [0..<ascii] }
        return clausesFromWords(of: sentence)
    }

    /// The sentence's length when it is ASCII and proven to be one clause, else nil (the full
    /// rules decide, and place any cut).
    private func oneClause(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var relatives = CueScan.Relatives()
        guard let wordCount = CueScan.scan(bytes, relatives: &relatives) else { return nil }
        guard wordCount >= 2 * Self.minimumWords else { return bytes.count }
        for r in 0..<relatives.count {
            let (index, start, end) = relatives[r]
            guard index >= Self.minimumWords && wordCount - index >= Self.minimumWords else { continue }
            // `relativeHasOwnTime` on byte ranges: the relative clause up to the next comma, and all before it.
            guard let own = primaryTime(Self.string(bytes, start..<end)) else { continue }
            if primaryTime(Self.string(bytes, 0..<start)) != own { return nil }
        }
        return bytes.count
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `clauses(of:)` without the pre-test: every rule applied to the words.
    func clausesFromWords(of sentence: String) -> [Range<Int>] {
        var contiguous = sentence
        return contiguous.withUTF8 { bytes in
            let (words, scalarCount) = Self.words(utf8: bytes)
            let cuts = cuts(words) { from, to in
                let lower = from.map { words[$0].byteStart } ?? 0, upper = to.map { words[$0].byteStart } ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            }
            guard !cuts.isEmpty else { return [0..<scalarCount] }
            let text = ScalarText(sentence)
            var result: [Range<Int>] = []
            var start = 0
            for cut in cuts {
                let boundary = words[cut].start
                result.append(trimClause(text, start..<boundary))
                start = boundary
            }
            result.append(trimClause(text, start..<scalarCount))
            return result.filter { !$0.isEmpty }
        }
    }

    /// Word indices where a new clause starts, in order. `piece(from, to)` is the text from word
    /// `from` (nil: the start) up to word `to` (nil: the end).
    private func cuts(_ words: [Word], piece: (Int?, Int?) -> String) -> [Int] {
        guard words.count >= 2 * Self.minimumWords else { return [] }
        var cuts: [Int] = []  // word indices where a new clause starts
        for i in words.indices where i >= Self.minimumWords && words.count - i >= Self.minimumWords {
            let word = words[i]
            let kinds = word.kinds
            let afterComma = word.precededByComma
            if word.precededBySemicolon {
                cuts.append(i)
            } else if afterComma && kinds.contains(.contrast) {
                cuts.append(i)
            } else if kinds.contains(.and) && i + 1 < words.count && i - (cuts.last ?? 0) >= Self.minimumLeftOfAnd
                        && startsNewReport(words, from: i + 1) {
                cuts.append(i)
            } else if afterComma && kinds.contains(.with) && absoluteClause(words, from: i + 1) {
                cuts.append(i)
            } else if afterComma && kinds.contains(.relative) && relativeHasOwnTime(words, at: i, piece: piece) {
                cuts.append(i)
            }
        }
        if let first = words.first, !first.kinds.isDisjoint(with: [.contrast, .although]) {
            if let comma = words.indices.first(where: { $0 >= Self.minimumWords && words[$0].precededByComma }),
               words.count - comma >= Self.minimumWords {
                cuts.append(comma)
            }
        }
        return Set(cuts).sorted()
    }

    private func startsNewReport(_ words: [Word], from index: Int) -> Bool {
        let first = words[index]
        let startsWithSubject = first.kinds.contains(.subjectStarter) || first.isNumber || first.isCapitalised
        guard startsWithSubject, !first.kinds.contains(.auxiliary) else { return false }
        // An auxiliary before the next comma shows a finite verb of its own.
        var j = index + 1
        while j < words.count, j - index <= 12 {
            if words[j].precededByComma { break }
            if words[j].kinds.contains(.auxiliary) { return true }
            j += 1
        }
        return false
    }

    /// ", with Kyiv claiming …", ", with the governor saying …": a second speaker's claim. A
    /// manner clause (", with troops crossing the border") stays with its sentence.
    private func absoluteClause(_ words: [Word], from index: Int) -> Bool {
        guard index < words.count else { return false }
        for j in index..<min(words.count, index + 6) where words[j].kinds.contains(.speechParticiple) {
            return j > index
        }
        return false
    }

    static let speechParticiples: Set<String> = [
        "claiming", "saying", "insisting", "reporting", "denying", "warning", "announcing", "accusing", "alleging",
        "arguing", "stating", "adding", "asserting",
    ]

    private func relativeHasOwnTime(_ words: [Word], at index: Int, piece: (Int?, Int?) -> String) -> Bool {
        var end: Int?
        for j in index + 1..<words.count where words[j].precededByComma { end = j; break }
        guard let own = primaryTime(piece(index, end)) else { return false }
        let main = primaryTime(piece(nil, index))
        return main != own
    }

    /// Drops the separating comma or semicolon and spaces at a clause's end.
    private func trimClause(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var r = text.trimmed(range)
        while !r.isEmpty, text[r.upperBound - 1] == "," || text[r.upperBound - 1] == ";" {
            r = text.trimmed(r.lowerBound..<(r.upperBound - 1))
        }
        return r
    }

    struct Word {
        /// In scalars.
        var start: Int
        /// In UTF-8 bytes (set by `words(utf8:)` only).
        var byteStart = 0
        var kinds: Kinds
        var isCapitalised: Bool
        var isNumber: Bool
        var precededByComma: Bool
        var precededBySemicolon: Bool
    }

    static func words(in text: ScalarText, range: Range<Int>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(range.count / 4 + 1)
        let table = kindTable, filter = kindFilter
        text.scalars.withUnsafeBufferPointer { s in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestKindWord) { lower in
                var i = range.lowerBound
                var sawComma = false
                var sawSemicolon = false
                while i < range.upperBound {
                    let c = s[i]
                    // Spaces first: every other character between words is rarer.
                    if c == " " { i += 1; continue }
                    if c.isLetter || c.isDigit {
                        let start = i
                        let ascii = wordEnd(s, from: &i, in: range)
                        var kinds: Kinds = []
                        if !ascii {
                            kinds = Kinds(rawValue: table.value(ScalarText.lowered(ArraySlice(s[start..<i]))) ?? 0)
                        } else if filter.mayHold(s, start..<i) {
                            var n = 0
                            for k in start..<i { lower[n] = UInt8(truncatingIfNeeded: s[k].value) | 0x20; n += 1 }
                            kinds = Kinds(rawValue: table.value(UnsafeBufferPointer(rebasing: lower[0..<n])) ?? 0)
                        }
                        words.append(Word(start: start, kinds: kinds, isCapitalised: c.isUppercaseLetter, isNumber: c.isDigit,
                                          precededByComma: sawComma, precededBySemicolon: sawSemicolon))
                        sawComma = false
                        sawSemicolon = false
                        continue
                    }
                    if c == "," { sawComma = true }
                    if c == ";" { sawSemicolon = true }
                    // Dashes, and a hyphen standing alone between spaces, set off clauses like commas.
                    if c == "\u{2013}" || c == "\u{2014}" { sawComma = true }
                    if c == "-", i > range.lowerBound, i + 1 < range.upperBound, s[i - 1] == " ", s[i + 1] == " " { sawComma = true }
                    i += 1
                }
            }
        }
        return words
    }

    /// Whether ASCII `bytes` hold nothing any cut needs: not even a relative word after a comma.
    static func holdsNoCue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var relatives = CueScan.Relatives()
        return CueScan.scan(bytes, relatives: &relatives) != nil && relatives.count == 0
    }

    /// The kinds of an ASCII word (nil: none), lower-cased for the lookup.
    static func cueKinds(_ word: UnsafeBufferPointer<UInt8>) -> Kinds? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
            for j in 0..<word.count { lower[j] = word[j] | 0x20 }
            return kindTable.value(UnsafeBufferPointer(lower)).map(Kinds.init(rawValue:))
        }
    }

    /// What an ASCII byte is to the word reader, one bit each: one table load per byte.
    enum ByteClass {
        /// Letters, digits and the apostrophe: continue a word.
        static let wordPart: UInt8 = 1
        /// Letters and digits: start a word.
        static let wordStart: UInt8 = 2
        /// A lead or continuation byte of a multi-byte scalar: decoded where met.
        static let nonASCII: UInt8 = 4

        static let table: [UInt8] = (0..<256).map { b -> UInt8 in
            switch b {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39: wordPart | wordStart
            case 0x27: wordPart
            case 0x80...: nonASCII
            default: 0
            }
        }
    }

    /// `words(in:range:)` of a whole sentence read from its UTF-8 in place (the same words, with
    /// scalar and byte offsets), and the sentence's length in scalars.
    static func words(utf8 s: UnsafeBufferPointer<UInt8>) -> (words: [Word], scalars: Int) {
        ByteClass.table.withUnsafeBufferPointer { classes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestKindWord) { lower in
                words(utf8: s, classes: classes, lower: lower)
            }
        }
    }

    @inline(__always)
    private static func words(utf8 s: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
                              lower: UnsafeMutableBufferPointer<UInt8>) -> (words: [Word], scalars: Int) {
        var words: [Word] = []
        words.reserveCapacity(s.count / 4 + 1)
        let table = kindTable, filter = kindFilter
        let n = s.count
        var i = 0
        // Bytes beyond the first of each scalar so far: the scalar offset of byte i is i - extra.
        var extra = 0
        var sawComma = false
        var sawSemicolon = false
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        while i < n {
            let b = s[i]
            let k = classes[Int(b)]
            var capitalised = b &- 0x41 < 26
            if k & ByteClass.wordStart == 0 {
                if k & ByteClass.nonASCII == 0 {
                    if b == 0x2C { sawComma = true }
                    else if b == 0x3B { sawSemicolon = true }
                    // A hyphen standing alone between spaces sets off a clause like a comma.
                    else if b == 0x2D, i > 0, i + 1 < n, s[i - 1] == 0x20, s[i + 1] == 0x20 { sawComma = true }
                    i += 1
                    continue
                }
                let (u, length) = UTF8Scalars.decode(s, i)
                guard u.isLetter else {
                    // Dashes set off clauses like commas.
                    if u == "\u{2013}" || u == "\u{2014}" { sawComma = true }
                    i += length
                    extra += length - 1
                    continue
                }
                capitalised = u.isUppercaseLetter
            }
            let start = i, startScalar = i - extra
            var ascii = true
            // Letters, digits, apostrophes, and a comma or point between digits.
            while i < n {
                let c = s[i]
                let kc = classes[Int(c)]
                if kc & ByteClass.wordPart != 0 { i += 1; continue }
                if (c == 0x2C || c == 0x2E) && i + 1 < n && isDigit(s[i + 1]) && isDigit(s[i - 1]) { i += 1; continue }
                guard kc & ByteClass.nonASCII != 0 else { break }
                let (u, length) = UTF8Scalars.decode(s, i)
                guard u.isLetter || u == "\u{2019}" else { break }
                ascii = false
                i += length
                extra += length - 1
            }
            var kinds: Kinds = []
            let word = UnsafeBufferPointer(rebasing: s[start..<i])
            if !ascii {
                kinds = Kinds(rawValue: table.value(String(decoding: word, as: UTF8.self).lowercased()) ?? 0)
            } else if filter.mayHold(word) {
                for j in 0..<word.count { lower[j] = word[j] | 0x20 }
                kinds = Kinds(rawValue: table.value(UnsafeBufferPointer(rebasing: lower[0..<word.count])) ?? 0)
            }
            words.append(Word(start: startScalar, byteStart: start, kinds: kinds, isCapitalised: capitalised,
                              isNumber: isDigit(b), precededByComma: sawComma, precededBySemicolon: sawSemicolon))
            sawComma = false
            sawSemicolon = false
        }
        return (words, n - extra)
    }

    /// Moves `i` past the word starting there (letters, digits, apostrophes, and a comma or point
    /// between digits); returns whether the word is ASCII.
    @inline(__always)
    private static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: inout Int, in range: Range<Int>) -> Bool {
        var ascii = true
        while i < range.upperBound {
            let c = s[i], v = c.value
            if v < 0x80 {
                // Letters first: most of a word.
                if (v | 0x20) &- 0x61 < 26 { i += 1; continue }
                if v &- 0x30 < 10 || v == 0x27 { i += 1; continue }
                if (v == 0x2C || v == 0x2E) && i + 1 < range.upperBound && s[i + 1].isDigit && s[i - 1].isDigit { i += 1; continue }
                return ascii
            }
            guard c.isLetter || c == "\u{2019}" else { return ascii }
            ascii = false
            i += 1
        }
        return ascii
    }

    /// The kind words by length, first and last letter: most words of a sentence are none of them
    /// and are passed over without being lower-cased or hashed.
    struct KindFilter {
        private let bits: [UInt64]

        init(_ words: [String]) {
            var bits = [UInt64](repeating: 0, count: (ClauseSplitter.longestKindWord + 1) * 26 * 26 / 64 + 1)
            for word in words {
                let utf8 = Array(word.utf8)
                precondition(utf8.allSatisfy { $0 &- 0x61 < 26 }, "kind words are lower-case ASCII letters")
                let index = Self.index(utf8.count, utf8.first!, utf8.last!)
                bits[index >> 6] |= 1 << UInt64(index & 63)
            }
            self.bits = bits
        }

        @inline(__always)
        private static func index(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
            (length * 26 + Int(first &- 0x61)) * 26 + Int(last &- 0x61)
        }

        /// The same for an ASCII word's bytes.
        @inline(__always)
        func mayHold(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard word.count <= ClauseSplitter.longestKindWord else { return false }
            let first = word[0] | 0x20, last = word[word.count - 1] | 0x20
            guard first &- 0x61 < 26, last &- 0x61 < 26 else { return false }
            let index = Self.index(word.count, first, last)
            return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
        }

        /// Whether the ASCII word at `range` may be a kind word (lower-cased letters at both ends).
        @inline(__always)
        func mayHold(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
            let first = UInt8(truncatingIfNeeded: s[range.lowerBound].value) | 0x20
            let last = UInt8(truncatingIfNeeded: s[range.upperBound - 1].value) | 0x20
            guard range.count <= ClauseSplitter.longestKindWord, first &- 0x61 < 26, last &- 0x61 < 26 else { return false }
            let index = Self.index(range.count, first, last)
            return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
        }
    }
}

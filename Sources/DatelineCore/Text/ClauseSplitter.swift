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

    func clauses(of sentence: ScalarText, range: Range<Int>) -> [Range<Int>] {
        let words = Self.words(in: sentence, range: range)
        guard words.count >= 2 * Self.minimumWords else { return [range] }
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
            } else if afterComma && kinds.contains(.relative) && relativeHasOwnTime(sentence, words, at: i, range: range) {
                cuts.append(i)
            }
        }
        if let first = words.first, !first.kinds.isDisjoint(with: [.contrast, .although]) {
            if let comma = words.indices.first(where: { $0 >= Self.minimumWords && words[$0].precededByComma }),
               words.count - comma >= Self.minimumWords {
                cuts.append(comma)
            }
        }
        guard !cuts.isEmpty else { return [range] }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for cut in Set(cuts).sorted() {
            let boundary = words[cut].start
            result.append(trimClause(sentence, start..<boundary))
            start = boundary
        }
        result.append(trimClause(sentence, start..<range.upperBound))
        return result.filter { !$0.isEmpty }
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

    private func relativeHasOwnTime(_ sentence: ScalarText, _ words: [Word], at index: Int, range: Range<Int>) -> Bool {
        var end = range.upperBound
        for j in index + 1..<words.count where words[j].precededByComma { end = words[j].start; break }
        let relative = sentence.string(words[index].start..<end)
        guard let own = primaryTime(relative) else { return false }
        let main = primaryTime(sentence.string(range.lowerBound..<words[index].start))
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
        var start: Int
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

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

    func clauses(of sentence: ScalarText, range: Range<Int>) -> [Range<Int>] {
        let words = Self.words(in: sentence, range: range)
        guard words.count >= 2 * Self.minimumWords else { return [range] }
        var cuts: [Int] = []  // word indices where a new clause starts
        for (i, word) in words.enumerated() where i >= Self.minimumWords && words.count - i >= Self.minimumWords {
            let lower = word.lower
            let afterComma = word.precededByComma
            if word.precededBySemicolon {
                cuts.append(i)
            } else if afterComma && (lower == "while" || lower == "whereas") {
                cuts.append(i)
            } else if lower == "and" && i + 1 < words.count && i - (cuts.last ?? 0) >= Self.minimumLeftOfAnd
                        && startsNewReport(words, from: i + 1) {
                cuts.append(i)
            } else if afterComma && lower == "with" && absoluteClause(words, from: i + 1) {
                cuts.append(i)
            } else if afterComma && Self.relativeWords.contains(lower) && relativeHasOwnTime(sentence, words, at: i, range: range) {
                cuts.append(i)
            }
        }
        if let first = words.first, first.lower == "while" || first.lower == "whereas" || first.lower == "although" {
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
        let startsWithSubject = Self.subjectStarters.contains(first.lower) || first.isNumber || first.isCapitalised
        guard startsWithSubject, !Self.auxiliaries.contains(first.lower) else { return false }
        // An auxiliary before the next comma shows a finite verb of its own.
        var j = index + 1
        while j < words.count, j - index <= 12 {
            if words[j].precededByComma { break }
            if Self.auxiliaries.contains(words[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// ", with Kyiv claiming …", ", with the governor saying …": a second speaker's claim. A
    /// manner clause (", with troops crossing the border") stays with its sentence.
    private func absoluteClause(_ words: [Word], from index: Int) -> Bool {
        guard index < words.count else { return false }
        for j in index..<min(words.count, index + 6) where Self.speechParticiples.contains(words[j].lower) {
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
        var lower: String
        var isCapitalised: Bool
        var isNumber: Bool
        var precededByComma: Bool
        var precededBySemicolon: Bool
    }

    static func words(in text: ScalarText, range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        var sawComma = false
        var sawSemicolon = false
        while i < range.upperBound {
            let c = text[i]
            if c.isLetter || c.isDigit {
                let start = i
                while i < range.upperBound, text[i].isLetter || text[i].isDigit || text[i] == "'" || text[i] == "\u{2019}"
                    || ((text[i] == "," || text[i] == ".") && i + 1 < range.upperBound && text[i + 1].isDigit && text[i - 1].isDigit) {
                    i += 1
                }
                words.append(Word(start: start, lower: text.lowered(start..<i), isCapitalised: c.isUppercaseLetter,
                                  isNumber: c.isDigit, precededByComma: sawComma, precededBySemicolon: sawSemicolon))
                sawComma = false
                sawSemicolon = false
                continue
            }
            if c == "," { sawComma = true }
            if c == ";" { sawSemicolon = true }
            // Dashes, and a hyphen standing alone between spaces, set off clauses like commas.
            if c == "\u{2013}" || c == "\u{2014}" { sawComma = true }
            if c == "-", i > range.lowerBound, i + 1 < range.upperBound, text[i - 1] == " ", text[i + 1] == " " { sawComma = true }
            i += 1
        }
        return words
    }
}

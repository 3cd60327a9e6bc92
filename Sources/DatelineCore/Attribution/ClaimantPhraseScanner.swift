/// Finds the noun phrase that names a claimant next to a speech cue, walking over tokens:
/// backwards from "said" ("Telegram channels affiliated with Russia's Defence Ministry have
/// claimed"), forwards after "according to" or an inverted "said". Pure grammar; the words
/// allowed in lower case come from claimant-words.tsv.
struct ClaimantPhraseScanner: Sendable {
    enum WordKind: String, Sendable { case title, head, modifier }

    let vocabulary: ClaimsWordMap<WordKind>

    static func load() throws -> ClaimantPhraseScanner {
        var vocabulary: [String: WordKind] = [:]
        for row in try ClaimsLexiconFile.rows("claimant-words.tsv", minColumns: 2) {
            guard let kind = WordKind(rawValue: row[1]) else {
                throw LexiconError(description: "claimant-words.tsv: bad kind for \(row[0])")
            }
            vocabulary[row[0].lowercased()] = kind
        }
        return ClaimantPhraseScanner(vocabulary: ClaimsWordMap(vocabulary))
    }

    // Closed word classes of English: grammar, not lexicon data.
    static let prepositions: ClaimsWordSet = ["of", "for", "with", "from", "in", "at", "to", "on", "by", "along",
                                            "near", "inside", "across", "within"]
    static let determiners: ClaimsWordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"]
    static let pronouns: ClaimsWordSet = ["he", "she", "they", "it"]
    /// Capitalised at the start of a sentence but never part of a claimant's name.
    static let stopWords: ClaimsWordSet = [
        "but", "however", "meanwhile", "and", "or", "while", "when", "where", "as", "on", "in", "at", "since",
        "after", "before", "during", "by", "for", "from", "with", "to", "of", "it", "this", "that", "these",
        "those", "there", "then", "also", "yet", "still", "so", "if", "although", "though", "because", "earlier",
        "later", "separately", "elsewhere", "speaking", "asked", "according", "despite", "amid", "under", "over",
        "now", "today", "yesterday", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "your", "what", "which", "who", "whom", "whose", "why", "how", "both", "all", "each", "every", "not",
        "no", "more", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "here", "once", "instead", "overnight", "reports", "report", "additionally", "moreover",
        "furthermore", "indeed", "thus", "ultimately", "finally", "first", "second", "third",
    ]
    /// Between a claimant and its verb: "Putin has vowed", "sources initially said".
    static let auxiliaries: ClaimsWordSet = ["has", "have", "had", "also", "later", "then", "now", "again", "already",
                                           "would", "will", "could", "may", "might", "did", "does", "do", "earlier",
                                           "today", "yesterday", "first", "further", "since", "previously", "once",
                                           "just", "nevertheless", "too", "repeatedly", "publicly"]
    static let passive: ClaimsWordSet = ["was", "were", "been", "being", "is", "are", "be"]
    static let weekdays: ClaimsWordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "weekend", "week", "night", "morning", "evening", "afternoon"]

    func isNameWord(_ t: ClaimsToken) -> Bool {
        t.kind == .word && t.capitalized && !Self.stopWords.contains(t) && t.key != "'s"
    }

    /// A word that can be part of a claimant phrase on its own merit.
    func isPhraseWord(_ t: ClaimsToken) -> Bool {
        isNameWord(t) || (t.kind == .word && vocabulary[t] != nil)
    }

    func isHeadish(_ t: ClaimsToken) -> Bool {
        if t.kind != .word { return false }
        if let k = vocabulary[t] { return k != .modifier }
        return isNameWord(t)
    }

    static func isAdverb(_ t: ClaimsToken) -> Bool {
        t.kind == .word && !t.capitalized && t.hasSuffix("ly") && t.textCount > 4
    }

    /// Index of the last token before a verb at `v` once auxiliaries, adverbs, "on Monday" and
    /// ", however," are skipped; `passive` when the verb is passive ("were reported").
    func subjectEnd(before v: Int, _ t: [ClaimsToken]) -> (index: Int, passive: Bool) {
        var k = v - 1
        while k >= 0 {
            let x = t[k]
            if x.kind == .word, Self.auxiliaries.contains(x) || Self.isAdverb(x) {
                k -= 1; continue
            }
            if x.kind == .word, Self.weekdays.contains(x), k >= 1,
               ["on", "last", "this", "overnight"].contains(t[k - 1].key) {
                k -= 2; continue
            }
            if x.key == ",", k >= 2, t[k - 2].key == ",",
               ["however", "meanwhile", "though", "too", "also", "nevertheless", "instead"].contains(t[k - 1].key) {
                k -= 3; continue
            }
            break
        }
        let passive = k >= 0 && t[k].kind == .word && Self.passive.contains(t[k])
        return (k, passive)
    }

    /// The phrase ending at token `last` (inclusive), walking left; empty when `last` can't end one.
    func phrase(endingAt last: Int, _ t: [ClaimsToken]) -> Range<Int> {
        guard last >= 0, isPhraseWord(t[last]) else { return last + 1..<last + 1 }
        var j = last
        var start = last
        let limit = max(0, last - 16)
        func acceptsLeft(_ i: Int) -> Bool {
            i >= 0 && (isPhraseWord(t[i]) || Self.isAdverb(t[i]) || Self.isParticiple(t[i]))
        }
        while j > limit {
            let i = j - 1
            let x = t[i]
            if isPhraseWord(x) {
                start = i; j = i; continue
            }
            if x.key == "'s", !x.spaceBefore, i >= 1, t[i - 1].kind == .word {
                start = i; j = i; continue
            }
            if x.key == "-", !x.spaceBefore, !t[j].spaceBefore, i >= 1, t[i - 1].kind == .word {
                start = i; j = i; continue
            }
            if x.kind == .word, Self.prepositions.contains(x), acceptsLeft(i - 1) {
                start = i; j = i; continue
            }
            if x.kind == .word, x.key == "and", t[j].capitalized, i >= 1, isNameWord(t[i - 1]) {
                start = i; j = i; continue
            }
            if x.kind == .word, x.key == "and", vocabulary[t[j]] != nil, i >= 1,
               vocabulary[t[i - 1]] != nil {
                start = i; j = i; continue
            }
            if (Self.isAdverb(x) || Self.isParticiple(x)), i >= 1, isPhraseWord(t[i - 1]),
               Self.prepositions.contains(t[j]) {
                start = i; j = i; continue
            }
            if x.kind == .word, Self.determiners.contains(x) {
                start = i
                // "the Institute for the Study of War": an inner article, keep walking.
                if i >= 1, Self.prepositions.contains(t[i - 1]), acceptsLeft(i - 2) { j = i; continue }
                break
            }
            break
        }
        return start..<last + 1
    }

    static func isParticiple(_ t: ClaimsToken) -> Bool {
        t.kind == .word && !t.capitalized && t.hasSuffix("ed") && t.textCount > 4
    }

    /// The phrase starting at token `first`, walking right (after "according to", "said").
    func phrase(startingAt first: Int, _ t: [ClaimsToken]) -> Range<Int> {
        var i = first
        while i < t.count, t[i].kind == .word, Self.determiners.contains(t[i]) { i += 1 }
        var end = first
        while i < t.count {
            let x = t[i]
            if isPhraseWord(x) { i += 1; end = i; continue }
            if end > first, x.key == "'s" || (x.key == "-" && !x.spaceBefore && i + 1 < t.count && !t[i + 1].spaceBefore) {
                i += 1; continue
            }
            if x.kind == .word, end > first, Self.prepositions.contains(x) || Self.determiners.contains(x)
                || x.key == "and" || Self.isParticiple(x) {
                // Only keep it when a phrase word follows within two tokens.
                if i + 1 < t.count, isPhraseWord(t[i + 1]) || (i + 2 < t.count && isPhraseWord(t[i + 2])) {
                    i += 1; continue
                }
            }
            break
        }
        return first..<end
    }
}

import Testing
@testable import DatelineCore

/// Key terms hash a word eight bytes at a time, send words with joiners or non-ASCII letters to an
/// out-of-line path, and keep variant terms in a bounded arena (spilling to `String`s): each
/// must give the same terms as the plain word rules.
@Suite struct KeyTermScanTests {
    @Test func lexiconWordsOfEveryChunkLengthAreFound() {
        // Stopwords of 7, 8, 9, 16 and 17 bytes: one or several chunks, a full or a partial last one.
        let extractor = KeyTermExtractor(stopwords: ["abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq"],
                                         variants: ["colourisations": "colorizations"])
        #expect(extractor.terms(in: "ABCDEFG abcdefgh AbcdefghI abcdefghijklmnop abcdefghijklmnopq abcdefghijklmno") == ["abcdefghijklmno"])
        #expect(extractor.terms(in: "Colourisations and colorizations") == ["colorization", "and"])
    }

    @Test func wordsWithJoinersAndNonASCIILettersFollowTheWordRules() {
        let extractor = KeyTermExtractor(stopwords: ["the"], variants: [:])
        #expect(extractor.terms(in: "--the well-known Kursk’s Zürich rebels' -front- ’twas") ==
                ["well-known", "kursk", "zürich", "rebel", "front", "twa"])
    }

    @Test func variantTermsBeyondTheArenaAreStillKeptOnceInOrder() {
        // Two-letter variants with long terms: more term bytes than the clause holds.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var variants: [String: String] = [:]
        for a in letters { variants["q\(a)"] = "longvariantterm" + String(repeating: a, count: 12) }
        let extractor = KeyTermExtractor(stopwords: [], variants: variants)
        let words = letters.map { "q\($0)" }
        let text = (words + words + ["longvarianttermaaaaaaaaaaaa"]).joined(separator: " ")
        // Terms are stemmed ("…eeee" loses an "e").
        #expect(extractor.terms(in: text) == letters.map { KeyTermExtractor.stem("longvariantterm" + String(repeating: $0, count: 12)) })
    }
}

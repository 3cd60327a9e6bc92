import Testing
@testable import DatelineCore

/// Key terms read a run of ASCII letters and digits eight bytes at a time (`asciiRun`), share one
/// hash between the lexicon and the term list, and reuse a per-thread scratch space
/// (`ThreadScratch`): each must give the terms of the plain word rules.
@Suite struct KeyTermFastPathTests {
    private let extractor = KeyTermExtractor(stopwords: ["the", "and", "of"], variants: ["kyiv's": "kyiv", "rouble": "ruble"])

    @Test("runs of every length, ended by a space, a joiner, a non-ASCII letter or the text's end")
    func runsOfEveryLength() {
        let text = "Abcdefg ABCDEFGH abcdefghijklmnopq well-known Zürichers Kursk’s troops"
        #expect(extractor.terms(in: text) == ["abcdefg", "abcdefgh", "abcdefghijklmnopq", "well-known", "züricher", "kursk", "troop"])
        // The same words at the end of the text (fewer than eight bytes left: the byte loop).
        #expect(extractor.terms(in: "x troops") == ["troop"])
        #expect(extractor.terms(in: "x Abcdefg") == ["abcdefg"])
    }

    @Test("a digit anywhere in a run drops the word, in either half of an eight-byte load")
    func digitsDropWords() {
        #expect(extractor.terms(in: "abc1 abcdefgh9 abcdefghijk7lm 2024 troops") == ["troop"])
        #expect(extractor.terms(in: "troops a1bc") == ["troop"])
    }

    @Test("stopwords and variants are found with the shared hash; stems hash apart from their words")
    func lookupsAndStems() {
        #expect(extractor.terms(in: "The rouble and the Rouble of Kyiv's forces") == ["rubl", "kyiv", "forc"])
        #expect(extractor.terms(in: "cities city attacked attack") == ["city", "attack"])
    }

    @Test("the per-thread scratch grows for a longer clause and leaves no trace in the next one")
    func scratchIsReusedAcrossClauses() {
        let short = extractor.terms(in: "troops advanced near Sudzha")
        // A clause far longer than the scratch first held, then the short one again.
        let words = (0..<2_000).map { "word\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\(String(UnicodeScalar(UInt8(97 + $0 / 26 % 26))))x" }
        let long = extractor.terms(in: words.joined(separator: " "))
        #expect(long.count == 26 * 26)
        #expect(long.first == "wordaax")
        #expect(extractor.terms(in: "troops advanced near Sudzha") == short)
        #expect(short == ["troop", "advanc", "near", "sudzha"])
    }
}

import Testing
@testable import DatelineCore

/// Key terms hash each word while reading it and find a clause's terms again by that hash: the
/// stem (whose last byte may differ from the word's), the word without "'s", and many terms in one
/// clause must still come out once each, in order of first occurrence.
@Suite struct KeyTermHashingTests {
    let plain = KeyTermExtractor(stopwords: ["the"], variants: ["rouble": "ruble"])

    @Test func aStemWhoseLastByteChangedMatchesTheSameWordUnstemmed() {
        // "cities" stems to "city" by rewriting its fourth byte: one term with "city".
        #expect(plain.terms(in: "Cities and the city") == ["city", "and"])
        #expect(plain.terms(in: "city, cities, CITIES") == ["city"])
    }

    @Test func wordsThatStemAlikeAndPossessivesAreOneTerm() {
        #expect(plain.terms(in: "Advanced, advancing: the advance. Kursk's Kursk settlements' settlement") ==
                ["advanc", "kursk", "settlement"])
    }

    @Test func aVariantAndItsFoldedSpellingAreOneTerm() {
        // The variant's term is kept from a `String`, the stemmed word from the scanner's hash.
        #expect(plain.terms(in: "roubles? The rouble and the ruble") == ["roubl", "rubl", "and"])
    }

    @Test func manyDistinctTermsInOneClauseAreEachKeptOnceInOrder() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = letters.flatMap { a in letters.map { b in "q\(a)\(b)x" } }
        let text = (words + words.reversed()).joined(separator: " ")
        #expect(plain.terms(in: text) == words)
    }
}

import Testing
@testable import DatelineCore

/// The token-keyed look-ups of the claims stages answer exactly as the `String` collections
/// they replace: same words, same canonical equivalence, longest phrase first.
@Suite struct ClaimsLookupTests {
    private func tokens(_ text: String) -> [ClaimsToken] { ClaimsTokenizer.tokenize(text) }

    @Test func wordMapFindsTokensAsTheDictionaryDoes() {
        let dictionary: [String: Int] = ["said": 1, "told": 2, "café": 3, "o'brien": 4]
        let map = ClaimsWordMap(dictionary)
        for token in tokens("Said TOLD told café O'Brien says tell 'café' x") {
            #expect(map[token] == dictionary[token.text], "\(token.text)")
        }
        #expect(map["told"] == 2)
        #expect(map["tol"] == nil)
    }

    @Test func wordMapKeepsCanonicalEquivalence() {
        // "café" written with a combining accent is the same `String` as the composed one.
        let decomposed = "cafe\u{301}"
        let map = ClaimsWordMap(["café": 7])
        let token = tokens(decomposed)
        #expect(token.count == 1)
        #expect(map[token[0]] == 7)
        // A key whose composed form is ASCII (the Greek question mark is ";") is found from the ASCII token.
        let greek: [String: Int] = ["\u{37E}": 1]
        let semicolon = tokens(";")[0]
        #expect(greek[semicolon.text] == 1)
        #expect(ClaimsWordMap(greek)[semicolon] == 1)
    }

    @Test func wordSetAnswersLikeASet() {
        let words = ["the", "of", "and", "a"]
        let set = ClaimsWordSet(words)
        for token in tokens("The head of a unit and an aide, thereof.") {
            #expect(set.contains(token) == Set(words).contains(token.text), "\(token.text)")
        }
    }

    @Test func phraseTablePrefersTheLongestPhraseAndStems() {
        var table = ClaimsPhraseTable<String>()
        table.add("said", payload: "short")
        table.add("said on", payload: "long")
        table.add("evacuat*", payload: "stem")
        table.add("evacuated", payload: "exact")
        table.add("evacuat* from", payload: "stem-long")
        table.seal()
        let t = tokens("He said on Monday they evacuated residents and were evacuating from Sudzha, said X.")
        let found = table.matches(in: t).map { ($0.start, $0.length, $0.payload) }
        let texts = found.map { m in t[m.0..<(m.0 + m.1)].map(\.text).joined(separator: " ") + "=" + m.2 }
        // "evacuated": the exact entry and the stem are as long; the exact one wins the tie.
        #expect(texts == ["said on=long", "evacuated=exact", "evacuating from=stem-long", "said=short"])
        #expect(table.longestMatch(t, at: 0) == nil)
        #expect(table.longestMatch(t, at: 1)?.length == 2)
    }

    @Test func phraseTableMatchesInsideABoundedRange() {
        var table = ClaimsPhraseTable<Int>()
        table.add("russian military bloggers", payload: 1)
        table.add("russian", payload: 2)
        table.seal()
        let t = tokens("Russian military bloggers said")
        // The long phrase does not fit before token 2: the shorter one is not tried instead
        // (left-to-right, longest-at-each-position, as before).
        #expect(table.matches(in: t, from: 0, to: 2).isEmpty)
        #expect(table.matches(in: t).map(\.payload) == [1])
    }

    @Test func tokensCarryTheirOwnFingerprints() {
        for token in tokens("The U.S. said 1,200 “drones” — and O’Brien's a Kursk-based café.") {
            #expect(token.fp == ClaimsToken.fingerprint(token.text), "\(token.text)")
            #expect(token.ascii == token.text.utf8.allSatisfy { $0 < 0x80 }, "\(token.text)")
            #expect(token.key3 == (token.isWord ? ClaimsToken.key3(token.text) : 0), "\(token.text)")
        }
    }
}

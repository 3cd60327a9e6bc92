import Testing
@testable import DatelineCore

/// Short words of letters and digits are looked up by their bytes packed into one `UInt64`
/// (`ShortKeyTable`, `TokenizedText.shortKey`): first words of names and the cue words around
/// them. Each lookup must answer exactly what the byte-table lookup of the spelt key answers.
@Suite struct PlaceShortKeyFastPathTests {
    static let gazetteer = try! Gazetteer.bundled()

    /// Words of every length around eight, at the end of the text and not, with joiners,
    /// possessives, digits and non-ASCII letters, from gazetteer names and cue words.
    static func randomTexts(count: Int) -> [String] {
        var random = SplitMix64(seed: 11)
        let names = gazetteer.entries.map(\.name)
        let words = Array(PhraseCues.allWords) + ["The", "Officials", "Separately", "Kursk's", "U.S.", "St.", "Ryl’sk",
                                                  "abcdefgh", "ABCDEFGHI", "Kursk1", "12", "Łódź", "Niu-York", "o.f"]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<random.int(12) {
                var word = random.chance(0.4) ? random.pick(names) : random.pick(words)
                if random.chance(0.2) { word = word.uppercased() } else if random.chance(0.2) { word = word.prefix(1).uppercased() + word.dropFirst().lowercased() }
                text += word + random.pick([" ", " ", " ", ", ", ". ", "'s ", "-", ""])
            }
            return text
        }
    }

    @Test func shortKeyIsTheSpeltKeyPacked() {
        var packedWords = 0
        for text in Self.randomTexts(count: 2_000) + ["Kursk", "abcdefgh", "abcdefghi", "Sumy.", "A"] {
            let t = TokenizedText(text)
            defer { t.deallocate() }
            for i in t.tokens.indices where t.tokens[i].kind == .word {
                let token = t.tokens[i]
                let length = token.hi - token.lo
                guard let packed = t.shortKey(i) else {
                    #expect(!token.isPlain || length > 8, "\(text): \(t.key(i))")
                    continue
                }
                #expect(token.isPlain && length <= 8)
                #expect(packed == ShortKeyTable<Int>.pack(Array(t.key(i).utf8)), "\(text): \(t.key(i))")
                packedWords += 1
            }
        }
        #expect(packedWords > 1_000)
    }

    @Test func shortKeysAnswerWhatTheByteTableAnswers() {
        let g = Self.gazetteer
        var checked = 0
        for key in g.lookup.keys {
            let bytes = Array(key.utf8)
            guard let packed = ShortKeyTable<Int>.pack(bytes) else { continue }
            let short = g.shortKeys.value(packed), full = g.lookupBytes.value(bytes)
            #expect(full != nil)
            #expect(short?.index == full?.index && short?.info == full?.info, "\(key)")
            checked += 1
        }
        #expect(checked > 1_000)
        for miss in ["the", "officers", "zzzz", "a", "abcdefgh", "said"] where g.lookup[miss] == nil {
            #expect(g.shortKeys.value(ShortKeyTable<Int>.pack(Array(miss.utf8))!) == nil, "\(miss)")
        }
        #expect(ShortKeyTable<Int>.pack(Array("abcdefghi".utf8)) == nil)
        #expect(ShortKeyTable<Int>.pack([]) == nil)
    }

    @Test func shortCueWordsAnswerWhatTheByteTableAnswers() {
        var short = 0
        for word in PhraseCues.allWords {
            guard let packed = ShortKeyTable<Int>.pack(Array(word.utf8)) else {
                #expect(word.utf8.count > 8 || word.isEmpty, "\(word)")
                continue
            }
            #expect(PhraseCues.shortTable.value(packed) == PhraseCues.word(word), "\(word)")
            short += 1
        }
        #expect(short > 50)
        #expect(PhraseCues.shortTable.value(ShortKeyTable<Int>.pack(Array("said".utf8))!) == nil)
    }

    /// Through the tokens: cue flags and first-word lookups of every word of many texts.
    @Test func lookupsThroughTokensAgreeWithTheStringKeys() {
        let g = Self.gazetteer
        var names = 0
        for text in Self.randomTexts(count: 2_000) {
            let t = TokenizedText(text)
            defer { t.deallocate() }
            for i in t.tokens.indices {
                #expect(t.cue(i) == PhraseCues.word(t.key(i)), "\(text): \(t.key(i))")
                guard let packed = t.shortKey(i) else { continue }
                let short = g.shortKeys.value(packed), byBytes = g.lookupBytes.value(t.key(i))
                #expect(short?.index == byBytes?.index && short?.info == byBytes?.info, "\(text): \(t.key(i))")
                if short != nil { names += 1 }
            }
        }
        #expect(names > 500)
    }
}

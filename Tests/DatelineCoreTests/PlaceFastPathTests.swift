import Testing
@testable import DatelineCore

/// The matcher's byte paths (ASCII tokens, cue-word flags, key data found by bytes) must answer
/// exactly what the `String` paths they replace answer.
@Suite struct PlaceFastPathTests {
    let mixed = "In the KURSK and Belgorod Regions, north-eastern Sumy, o.f the Village of Ryl’sk; "
        + "Kursk's «city» & Région, the U.S. and St. Petersburg, Niu-York — okrug’s Straße of Łódź."

    @Test func tokensKeepWordsJoinersAndPossessives() {
        let t = TokenizedText(mixed)
        defer { t.deallocate() }
        do {
            let words = t.tokens.indices.filter { t.tokens[$0].kind == .word }.map { t.surface($0, $0) }
            #expect(words.contains("north-eastern"))
            #expect(words.contains("o.f"))
            #expect(words.contains("Ryl’sk"))
            #expect(words.contains("U.S."))
            #expect(words.contains("St."))
            #expect(words.contains("Niu-York"))
            #expect(words.contains("Łódź"))
            #expect(t.tokens.filter { $0.kind == .possessive }.count == 2)
            let kursk = t.tokens.indices.first { t.surface($0, $0) == "KURSK" }
            #expect(kursk != nil && t.tokens[kursk!].isCapitalised)
        }
    }

    @Test func asciiFlagAndByteKeysAgreeWithTheStringKeys() {
        let t = TokenizedText(mixed)
        defer { t.deallocate() }
        do {
            for i in t.tokens.indices {
                let token = t.tokens[i]
                #expect(token.isASCII == t.bytes[token.lo..<token.hi].allSatisfy { $0 < 0x80 })
                guard token.kind != .punctuation else { continue }
                var bytes = [UInt8](repeating: 0, count: token.hi - token.lo)
                let end = bytes.withUnsafeMutableBufferPointer { t.writeASCIIKey(i, to: $0, at: 0) }
                if let end {
                    #expect(String(decoding: bytes[..<end], as: UTF8.self) == t.key(i))
                } else {
                    #expect(!token.isASCII && token.kind == .word)
                }
            }
        }
    }

    @Test func cueFlagsOfEveryTokenAreThoseOfItsKey() {
        let t = TokenizedText(mixed)
        defer { t.deallocate() }
        do {
            for i in t.tokens.indices {
                #expect(t.cue(i) == PhraseCues.word(t.key(i)), "token \(i): \(t.key(i))")
            }
            #expect(t.cue(-1) == [])
            #expect(t.cue(t.count) == [])
            let regions = t.tokens.indices.first { t.key($0) == "regions" }!
            #expect(t.cue(regions).isSuperset(of: [.region, .pluralRegion, .placeNoun]))
            let northEastern = t.tokens.indices.first { t.key($0) == "north eastern" }!
            #expect(t.cue(northEastern) == .locativeBefore)
            let of = t.tokens.indices.first { t.key($0) == "of" }!
            #expect(t.cue(of).contains(.of))
            let ampersand = t.tokens.indices.first { t.key($0) == "&" }!
            #expect(t.cue(ampersand) == .listJoiner)
        }
    }

    @Test func keyDataFoundByBytesIsWhatTheDictionariesSay() throws {
        let g = try Gazetteer.bundled()
        var checked = 0
        for (key, ref) in g.lookup {
            let data = g.keys[Int(ref.index)]
            #expect(data.names == g.names[key])
            #expect(data.stems == g.stems[key])
            #expect(data.stopword == g.stoplist.contains(key))
            #expect(data.capital == g.capitals.contains(key))
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let byBytes = try #require(g.lookupBytes.value(key))
            #expect(byBytes.info == ref.info)
            let same = g.keys[Int(byBytes.index)]
            #expect(same.names == data.names && same.stems == data.stems)
            #expect(same.stopword == data.stopword && same.capital == data.capital)
            checked += 1
        }
        #expect(checked > 5_000)
        for (key, code) in g.demonyms where key.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(g.demonymBytes.value(key) == code)
        }
        #expect(g.demonymBytes.value("russian") == "RU")
        #expect(g.keys.contains { $0.stopword } && g.keys.contains { $0.capital })
    }
}

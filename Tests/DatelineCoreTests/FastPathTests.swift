import Testing
@testable import DatelineCore

/// The ASCII fast paths and byte-level helpers give what the general (Unicode) code gives.
@Suite struct FastPathTests {
    @Test func asciiCharacterClassesMatchTheUnicodeProperties() {
        for value in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(value)!
            #expect(s.isLetter == s.properties.isAlphabetic, "letter \(value)")
            #expect(s.isUppercaseLetter == s.properties.isUppercase, "uppercase \(value)")
            #expect(s.isWhiteSpace == s.properties.isWhitespace, "white space \(value)")
            #expect(s.isDigit == ("0"..."9").contains(s), "digit \(value)")
        }
    }

    @Test func nonASCIIScalarsFallBackToTheProperties() {
        for s: Unicode.Scalar in ["é", "Ж", "ж", "ї", "\u{00A0}", "\u{2003}", "\u{2019}", "٣", "中"] {
            #expect(s.isLetter == s.properties.isAlphabetic)
            #expect(s.isUppercaseLetter == s.properties.isUppercase)
            #expect(s.isWhiteSpace == s.properties.isWhitespace)
        }
        #expect(!Unicode.Scalar("٣").isDigit, "only ASCII digits are digits")
    }

    @Test func scalarTextStringsAndLoweredFormsMatchTheGeneralPath() {
        let text = "Zelenskyy’s troops — near Sudzha, Курськ — ÉCOLE Ströme 😀 done."
        let scalars = ScalarText(text)
        let all = Array(text.unicodeScalars)
        for (start, end) in [(0, scalars.count), (0, 9), (11, 20), (28, 34), (35, 47), (48, 50), (50, scalars.count), (5, 5)] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: all[start..<end])
            let expected = String(view)
            #expect(scalars.string(start..<end) == expected)
            #expect(scalars.lowered(start..<end) == expected.lowercased())
        }
    }

    @Test func byteSearchGivesScalarOffsetsPastNonASCIIText() {
        #expect(ByteSearch.scalarOffset(of: "he said", in: "Курськ, he said") == 8)
        #expect(ByteSearch.scalarOffset(of: "said", in: "“No,” she said, “no.”") == 10)
        #expect(ByteSearch.scalarOffset(of: "wrote", in: "he said") == nil)
        #expect(ByteSearch.scalarOffset(of: "ab", in: "a") == nil)
        #expect(ByteSearch.firstOffset(of: Array("aab".utf8), in: Array("aaab".utf8)) == 1)
    }

    @Test func keyTermWordsKeepInnerJoinersAndDropEdgeOnes() {
        let bytes = Array("-Pro-Russian 'bloggers' Zaporizhzhia’s counter-offensive, 40-km".utf8)
        #expect(KeyTermExtractor.wordByteRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            == ["Pro-Russian", "bloggers", "Zaporizhzhia’s", "counter-offensive", "40-km"])
    }

    @Test func keyTermsOfASCIIAndNonASCIITextAgree() throws {
        let extractor = try KeyTermExtractor.bundled()
        // The same words with and without a non-ASCII neighbour: the ASCII path must not differ.
        let ascii = extractor.terms(in: "Troops advanced towards the settlements of Sudzha")
        let mixed = extractor.terms(in: "Troops advanced towards the settlements of Sudzha — Курськ")
        #expect(Array(mixed.prefix(ascii.count)) == ascii)
        #expect(mixed.last == "курськ")
        #expect(extractor.terms(in: "ÉVACUATIONS continued") == extractor.terms(in: "évacuations continued"))
    }

    @Test func pairScoresStoreBothOrdersAsOnePairAndGrow() {
        var table = PairScores(capacity: 1)
        for i in 0..<1000 { table.set(i, i + 1, Double(i)) }
        table.set(5, 4, -1)
        #expect(table.count == 1000)
        #expect(table[4, 5] == -1)
        #expect(table[999, 1000] == 999)
        #expect(table[0, 2] == nil)
        #expect(table[1, 0] == 0)
    }

    @Test func continuationCuesAreLoadedFromTheirResource() throws {
        #expect(try !MentionSimilarity.bundledContinuationCues().isEmpty)
    }
}

@Suite struct StemFastPathTests {
    @Test func asciiAndCharacterStemmersAgree() {
        let words = ["advanced", "advancing", "advance", "settlements", "casualties", "buses", "boxes", "churches", "crashes",
                     "loss", "gas", "tries", "ring", "seeing", "fled", "used", "goes", "shelled", "drones", "evacuees", "dies"]
        for w in words { #expect(KeyTermExtractor.stem(w) == KeyTermExtractor.stemScalars(w), "\(w)") }
        #expect(KeyTermExtractor.stem("advanced") == "advanc")
        #expect(KeyTermExtractor.stem("casualties") == "casualty")
        #expect(KeyTermExtractor.stem("évacuées") == KeyTermExtractor.stemScalars("évacuées"))
    }
}

@Suite struct PackedKeyTableTests {
    @Test func findsEveryKeyAndMissesOthers() {
        // Dense keys: neighbours share high bits, so probes run into each other.
        var entries: [UInt64: LexEntry] = [:]
        for k in UInt64(1)...500 { entries[k * 7] = LexEntry(lex: .count(Int(k)), cue: .none, trigger: k % 2 == 0) }
        let table = PackedKeyTable(entries)
        for (k, e) in entries { #expect(table.value(k)?.lex == e.lex && table.value(k)?.trigger == e.trigger) }
        for k in UInt64(1)...500 where k % 7 != 0 { #expect(table.value(k) == nil) }
        #expect(TimeLexicon.entry(WordKey.of("august"))?.lex == .month(8))
        #expect(TimeLexicon.entry(WordKey.of("yesterday"))?.trigger == true)
        #expect(TimeLexicon.entry(WordKey.of("drones")) == nil)
    }

    @Test func keyTermDuplicatesAreDroppedAcrossASCIIAndNonASCIIWords() {
        let extractor = KeyTermExtractor(stopwords: [], variants: [:])
        #expect(extractor.terms(in: "Drones drones DRONES drone") == ["dron"])
        #expect(extractor.terms(in: "Ströme ströme Strömes") == ["ström"])
        #expect(extractor.terms(in: "attacks attacked Attacking") == ["attack"])
    }
}

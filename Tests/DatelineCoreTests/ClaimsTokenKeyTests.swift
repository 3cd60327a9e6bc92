import Testing
@testable import DatelineCore

/// Claims tokens carry their text packed (`ClaimsKey`) or interned (`ClaimsLongTexts`) instead
/// of a `String`: the packed comparisons must decide exactly as `String` does, and a clause's
/// tokens cut from its sentence's must be the clause's own tokenization.
@Suite struct ClaimsTokenKeyTests {
    private let texts = ["said", "Said", "s", "'s", "", "-", ",", "the", "thereof", "evacuat", "evacuated",
                         "sixteen-letters!", "seventeen-letters", "counteroffensive", "counteroffensives",
                         "café", "cafe\u{301}", "\u{37E}", ";", "ly", "kindly", "ing", "o'brien"]

    @Test func keysCompareAsStringsDo() {
        for a in texts {
            let ka = ClaimsKey(a)
            #expect(ka.fits == (a.utf8.count <= 16 && a.utf8.allSatisfy { $0 < 0x80 }), "\(a)")
            if ka.fits { #expect(ka.string == a) }
            for b in texts {
                let kb = ClaimsKey(b)
                guard ka.fits, kb.fits else { continue }
                #expect((ka == kb) == (a == b), "\(a) == \(b)")
                #expect(ka.hasPrefix(kb) == a.hasPrefix(b), "\(a) hasPrefix \(b)")
                #expect(ka.hasSuffix(kb) == a.hasSuffix(b), "\(a) hasSuffix \(b)")
            }
        }
    }

    @Test func longTextsKeepTheirOwnBytes() {
        // Canonically equal but differently written: each token gives back its own spelling.
        let decomposed = ClaimsTokenizer.tokenize("cafe\u{301}")[0]
        let composed = ClaimsTokenizer.tokenize("caf\u{E9}")[0]
        #expect(Array(decomposed.text.utf8) == Array("cafe\u{301}".utf8))
        #expect(Array(composed.text.utf8) == Array("caf\u{E9}".utf8))
        #expect(composed.fp == ClaimsToken.fingerprint(composed.text))
        #expect(decomposed.fp == ClaimsToken.fingerprint(decomposed.text))
    }

    @Test func canonicalKeyIsTheASCIIStringATextEquals() {
        // The Greek question mark is ";" as a `String`; a combining accent is not ASCII at all.
        #expect(ClaimsKey.canonical("\u{37E}") == ClaimsKey(";"))
        #expect(ClaimsKey.canonical("cafe\u{301}") == .none)
        #expect(ClaimsKey.canonical("seventeen-letters") == .none)
        #expect(ClaimsKey.canonical("said") == ClaimsKey("said"))
    }

    @Test func tokensGiveBackTheirTexts() {
        let tokens = ClaimsTokenizer.tokenize("Counterintelligence officers’ CAFÉ said “no” — O’Brien’s 1,200 U.S. troops")
        #expect(tokens.map(\.text) == ["counterintelligence", "officers", "'", "café", "said", "\"", "no", "\"", "-",
                                       "o'brien", "'s", "1,200", "u.s.", "troops"])
        for t in tokens {
            #expect(t.textCount == t.text.utf8.count, "\(t.text)")
            #expect(t.isShort == (t.text.utf8.count <= 16 && t.text.utf8.allSatisfy { $0 < 0x80 }), "\(t.text)")
            for literal in ["said", "'s", "\"", "-", "'", "no"] as [ClaimsKey] {
                #expect((t.key == literal) == (t.text == literal.string), "\(t.text)")
            }
            #expect(t.hasSuffix("rs") == t.text.hasSuffix("rs"), "\(t.text)")
        }
    }

    /// Words early in a long text are packed by the in-loop fast path, a lone word by the general
    /// one: both must give the same token.
    @Test func fastPathWordsAreTheGeneralPathsWords() {
        let sentence = "Ukraine's GENERAL Staff said Tuesday that Russian forces had shelled Sudzha, Kursk region, overnight again"
        let tokens = ClaimsTokenizer.tokenize(sentence)
        let bytes = Array(sentence.utf8)
        // (A possessive "'s" is a word only after a word.)
        for t in tokens where t.isWord && t.key != "'s" {
            let alone = ClaimsTokenizer.tokenize(String(decoding: bytes[t.byteStart..<t.byteEnd], as: UTF8.self))
            #expect(alone.count == 1)
            #expect(alone.first?.key == t.key && alone.first?.fp == t.fp && alone.first?.key3 == t.key3
                    && alone.first?.capitalized == t.capitalized && alone.first?.long == t.long, "\(t.text)")
        }
    }

    /// Every clause that starts and ends at token boundaries: when the cut is taken it equals
    /// tokenizing the clause; it is declined only where a fresh scan could differ.
    @Test func clauseTokensAreTheClausesOwnTokenization() {
        let sentences = [
            "Gladkov said 132,000 people were evacuated, and the U.S. embassy’s staff left.",
            "It said 1,2345 drones, 8.5 km; O'Brien's team 's left 15km away.",
            "“We will not,” said Peskov — the Kremlin's spokesman — on Monday.",
            "Residents of Sudzha fled, while the army's units advanced 10-12 km",
        ]
        for sentence in sentences {
            let tokens = ClaimsTokenizer.tokenize(sentence)
            let scalars = Array(sentence.unicodeScalars)
            var taken = 0
            for i in tokens.indices {
                for j in i..<tokens.count {
                    let range = tokens[i].start..<tokens[j].end
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[range])
                    let clause = String(view)
                    guard let cut = ClaimsTokenizer.clauseTokens(tokens, sentence: sentence, scalars: range, clause: clause)
                    else {
                        #expect(tokens[i].key == "'s", "declined: \(clause)")
                        continue
                    }
                    taken += 1
                    #expect(cut == ClaimsTokenizer.tokenize(clause), "\(clause)")
                }
            }
            #expect(taken > 0)
        }
    }

    @Test func clauseTokensDeclineTextsThatAreNotTheSentences() {
        let sentence = "Gladkov said the strike, and the army left."
        let tokens = ClaimsTokenizer.tokenize(sentence)
        // A range that ends inside a token, and a clause whose bytes differ from the sentence's.
        #expect(ClaimsTokenizer.clauseTokens(tokens, sentence: sentence, scalars: 0..<3, clause: "Gla") == nil)
        #expect(ClaimsTokenizer.clauseTokens(tokens, sentence: sentence, scalars: 0..<7, clause: "Gladkof") == nil)
        #expect(ClaimsTokenizer.clauseTokens(tokens, sentence: sentence, scalars: 0..<7, clause: "Gladkov")
                == ClaimsTokenizer.tokenize("Gladkov"))
    }
}

/// Number tokens are read from their packed digits: the value must be `Double` of the written
/// digits (commas dropped, space-separated thousands joined) in every case, including those the
/// packed reading hands back to the string parser (over 15 digits, two periods).
@Suite struct NumberReaderDigitsTests {
    private let reader = NumberReader(lexicon: try! FigureLexicon.load())

    @Test func digitsReadAsDoubleOfTheText() {
        let cases: [(String, String)] = [
            ("8.5", "8.5"), ("132,000", "132000"), ("0.1", "0.1"), ("3.14159", "3.14159"),
            ("123456789012345", "123456789012345"), ("1234567890123456", "1234567890123456"),
            ("9007199254740993", "9007199254740993"), ("0.123456789012345", "0.123456789012345"),
            ("200 000", "200000"), ("1 000 000", "1000000"), ("12 345.5", "12"), ("1,200.75", "1200.75"),
            ("007", "007"), ("2.675", "2.675"), ("1.1", "1.1"),
        ]
        for (written, parsed) in cases {
            let tokens = ClaimsTokenizer.tokenize(written + " people")
            let reading = reader.read(tokens, at: 0)
            #expect(reading?.value == Double(parsed), "\(written)")
            #expect(reading?.isDigits == true, "\(written)")
        }
        // Two periods: not a number, as `Double("1.2.3")` is nil.
        #expect(reader.read(ClaimsTokenizer.tokenize("1.2.3 km"), at: 0) == nil)
    }

    @Test func plainIntegersAreOnlyUnseparatedDigits() {
        func plain(_ s: String) -> Bool? { reader.read(ClaimsTokenizer.tokenize(s), at: 0)?.plainInteger }
        #expect(plain("2024") == true)
        #expect(plain("2,024") == false)
        #expect(plain("20.24") == false)
        #expect(plain("200 000") == false)
        #expect(plain("3 million") == false)
    }
}

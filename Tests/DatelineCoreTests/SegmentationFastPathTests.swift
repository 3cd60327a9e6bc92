import Testing
@testable import DatelineCore

/// The segmentation and clause stages read ASCII text in place and take the Unicode (String) way
/// only for other text: both ways must give the same answers.
@Suite struct SegmentationFastPathTests {
    let segmenter = try! TextSegmenter.bundled()

    func texts(_ body: String) -> [String] { segmenter.sentences(of: body).map(\.text) }

    @Test func cueGroupsAnswerWithTheLowestGroupFound() {
        let scanner = CueScanner(groups: [["photo:"], ["app", "s"]].map { $0.map { Array($0.utf8) } })
        func group(_ s: String) -> Int? {
            let text = ScalarText(s)
            let ascii = text.scalars.withUnsafeBufferPointer { scanner.firstGroup(inASCII: $0, 0..<text.count, wholeWordGroups: 0b10) }
            #expect(ascii == scanner.firstGroup(in: CueScanner.lowercasedBytes(s), wholeWordGroups: 0b10), "\(s)")
            return ascii
        }
        #expect(group("Get the APP. PHOTO: Reuters") == 0, "a later cue of a lower group wins")
        #expect(group("get the app") == 1)
        #expect(group("happy photographs") == nil, "whole words only in group 1; group 0 needs the colon")
        #expect(group("xphoto:y") == 0, "group 0 matches inside words")
        #expect(group("plan s") == 1, "a one-byte cue at the very end")
        #expect(group("") == nil)
    }

    @Test func theFourByteFilterOfLongCuesFindsThemAtEveryOffsetAndCase() {
        // Every cue has six bytes or more: ASCII text goes through the four-byte gram filter.
        let scanner = CueScanner(groups: [["credit:", "photo:"], ["newsletter", "app key"]].map { $0.map { Array($0.utf8) } })
        func group(_ s: String) -> Int? {
            let text = ScalarText(s)
            let ascii = text.scalars.withUnsafeBufferPointer { scanner.firstGroup(inASCII: $0, 0..<text.count, wholeWordGroups: 0b10) }
            #expect(ascii == scanner.firstGroup(in: CueScanner.lowercasedBytes(s), wholeWordGroups: 0b10), "\(s)")
            return ascii
        }
        for (cue, expected) in [("Photo:", 0), ("CREDIT:", 0), ("Newsletter", 1), ("app KEY", 1)] {
            for before in ["", "a ", "ab ", "abc ", "abcd "] {
                for after in ["", " z", " yz", " xyz."] {
                    #expect(group(before + cue + after) == expected, "\(before + cue + after)")
                }
            }
        }
        #expect(group("our newsletters") == nil, "group 1 only as a whole word")
        #expect(group("photo: and newsletter") == 0)
        #expect(group("the app keeps a photo") == nil)
        #expect(group("phot") == nil)
    }

    @Test func stopsAndLineBreaksAreFoundAtEveryOffsetOfTheFourScalarSkip() {
        // The splitters pass over four scalars at a time: a stop, a quote, a non-ASCII scalar or
        // a line break at any position within a block of four must still be seen.
        for pad in 0..<9 {
            let x = String(repeating: "x", count: pad)
            #expect(texts("Al\(x) left. Bo\(x) stayed! Cy\(x) asked? D\(x) \u{201C}quoted\u{201D} \u{E9}t\u{E9}.") ==
                    ["Al\(x) left.", "Bo\(x) stayed!", "Cy\(x) asked?", "D\(x) \u{201C}quoted\u{201D} \u{E9}t\u{E9}."], "\(pad)")
            let lines = segmenter.sentences(of: "Head\(x)\nSecond\(x) line.\u{2028}Third\(x).\r\nLast\(x).")
            #expect(lines.map(\.text) == ["Head\(x)", "Second\(x) line.", "Third\(x).", "Last\(x)."], "\(pad)")
            #expect(lines.map(\.paragraph) == [0, 1, 2, 3], "\(pad)")
        }
    }

    @Test func abbreviationsAreFoundWhateverTheCaseAndLeadingPunctuation() {
        #expect(texts("(GEN. Smith arrived on Friday.) Talks began.") == ["(GEN. Smith arrived on Friday.)", "Talks began."])
        #expect(texts("He met \"Dr. Brown at noon. Nothing followed.") == ["He met \"Dr. Brown at noon.", "Nothing followed."])
    }

    @Test func nonASCIIWordsBeforeAPeriodFollowTheUnicodeRules() {
        #expect(texts("É. Dupont wrote the report for the ministry.") == ["É. Dupont wrote the report for the ministry."],
                "an initial that is not ASCII")
        #expect(texts("The cafés closed. Ömer left.") == ["The cafés closed.", "Ömer left."])
        #expect(texts("Troops reached the U.S. The base was empty.") == ["Troops reached the U.S.", "The base was empty."])
        #expect(texts("Troops reached the U.S. Ämbassy staff left.") == ["Troops reached the U.S. Ämbassy staff left."])
    }

    @Test func quotationsClosedOutOfOrderAreStillMatched() {
        let body = "“Outer «inner. Still» quoted. End,” he said. Next one."
        #expect(texts(body) == ["“Outer «inner. Still» quoted. End,” he said.", "Next one."])
    }

    @Test func headlineWordCountIgnoresRunsOfSpaces() {
        let classifier = SentenceClassifier(boilerplateCues: [], captionCues: [])
        let thirteen = (1...13).map { "w\($0)" }.joined(separator: "   ")
        #expect(classifier.kind(ofParagraph: thirteen, index: 5) == .body)
        #expect(classifier.kind(ofParagraph: "  " + (1...12).map { "w\($0)" }.joined(separator: "  ") + " ", index: 5) == .headline)
        #expect(classifier.kind(ofParagraph: "Ça " + (1...12).map { "w\($0)" }.joined(separator: " "), index: 5) == .body)
    }
}

@Suite struct ClauseWordKindTests {
    let splitter = ClauseSplitter(primaryTime: { _ in nil })

    func clauses(_ sentence: String) -> [String] {
        let text = ScalarText(sentence)
        return splitter.clauses(of: text, range: 0..<text.count).map { text.string($0) }
    }

    @Test func cueWordsAreReadWhateverTheirCase() {
        #expect(clauses("Engineers are repairing the dam near the city, WHILE the mayor has ordered a curfew.")
            == ["Engineers are repairing the dam near the city", "WHILE the mayor has ordered a curfew."])
        #expect(clauses("Whereas the ministry said 40 villages were taken, the governor reported only 12.").count == 2)
    }

    @Test func nonASCIIWordsAreClassifiedToo() {
        #expect(clauses("Engineers are repairing the dam near Kyïv, while the mayor has ordered a curfew.")
            == ["Engineers are repairing the dam near Kyïv", "while the mayor has ordered a curfew."])
        // A long word that starts like a cue word is not one.
        let s = "Engineers are repairing the dam near the city, whilestanding the mayor has ordered a curfew."
        #expect(clauses(s) == [s])
    }

    @Test func wordsRunOverLettersDigitsApostrophesAndDigitGroupsOnly() {
        let text = ScalarText("Z'az09 `x@y[b{c 3,000.5 a,b a.b")
        let starts = ClauseSplitter.words(in: text, range: 0..<text.count).map(\.start)
        // Every other ASCII scalar ends a word: ` @ [ { , . between letters.
        #expect(starts == [0, 8, 10, 12, 14, 16, 24, 26, 28, 30])
    }

    @Test func everyListedWordHasItsKind() {
        for word in ClauseSplitter.auxiliaries { #expect(ClauseSplitter.kindTable.value(word).map { $0 & 1 } == 1, "\(word)") }
        for word in ClauseSplitter.speechParticiples {
            #expect(ClauseSplitter.Kinds(rawValue: ClauseSplitter.kindTable.value(word) ?? 0).contains(.speechParticiple), "\(word)")
        }
        #expect(ClauseSplitter.kindTable.value("whilst") == nil)
    }
}

import Testing
@testable import DatelineCore

/// The byte-level lexicon helpers (lookups and cue scans without building `String`s) answer
/// what the `String` code they replace answered.
@Suite struct ByteLexiconTests {
    @Test func byteKeyTableFindsExactlyItsKeys() {
        let words = (0..<500).map { "w\($0)" } + ["kursk", "the", "élan", ""]
        let table = ByteKeyTable(words.enumerated().map { ($0.element, $0.offset) })
        for (i, w) in words.enumerated() { #expect(table.value(Array(w.utf8)) == i, "\(w)") }
        for absent in ["kurs", "kursks", "Kursk", "w500", "elan", "th"] { #expect(table.value(absent) == nil, "\(absent)") }
        #expect(table.value(Array("xkurskx".utf8)[1..<6]) == words.firstIndex(of: "kursk"), "a slice is looked up by its own bytes")
    }

    @Test func byteKeyTableKeepsTheLastValueOfARepeatedKey() {
        let table = ByteKeyTable([("rouble", "ruble"), ("rouble", "rub"), ("tonne", "ton")])
        #expect(table.value("rouble") == "rub")
        #expect(table.value("tonne") == "ton")
    }

    @Test func byteKeyTableComparesBytesNotCanonicalEquivalence() {
        // "é" precomposed and decomposed are equal `String`s but different bytes.
        let table = ByteKeyTable(set: ["caf\u{E9}"])
        #expect(table.contains(Array("caf\u{E9}".utf8)))
        #expect(!table.contains(Array("cafe\u{301}".utf8)))
    }

    @Test func gazetteerByteLookupAlsoKnowsASCIISpellingsOfNonASCIIKeys() {
        // U+037E (Greek question mark) decomposes canonically to ";": as dictionary keys the two
        // spellings are one, so an ASCII query must find the entry under either.
        let entry = GazetteerEntry(name: "A;B", kind: .place, country: "XX", region: nil, population: 1,
                                   latitude: 0, longitude: 0, source: "test")
        let (_, table, keys) = Gazetteer.keyTables(["a\u{37E}b": .name, "kursk": [.name, .prefix]],
                                                   names: ["a\u{37E}b": [entry]], stems: [:], stoplist: [], capitals: [])
        #expect(table.value("a;b")?.info == .name)
        #expect(table.value("a\u{37E}b")?.info == .name)
        #expect(table.value("a;b").map { keys[Int($0.index)].names } == [entry])
        #expect(table.value("kursk")?.info == [.name, .prefix])
        #expect(table.value("kur") == nil)
    }

    @Test func byteKeyTableFindsEveryKeyAmongManyAndNoOther() {
        // Enough keys that probes pass over occupied slots of other keys (tag mismatches).
        let keys = (0..<5000).map { "k\($0)" }
        let table = ByteKeyTable(keys.enumerated().map { ($1, $0) })
        for (i, key) in keys.enumerated() { #expect(table.value(key) == i) }
        for absent in ["k5000", "k-1", "", "k12 ", "K1"] { #expect(table.value(absent) == nil, "\(absent)") }
    }

    @Test func cueScannerFindsCuesAnywhereOrAsWholeWords() {
        let scanner = CueScanner(["newsletter", "news", "app", "photo:", ""].map { Array($0.utf8) })
        func anywhere(_ s: String) -> Bool { scanner.occurs(in: Array(s.utf8), wholeWord: false) }
        func whole(_ s: String) -> Bool { scanner.occurs(in: Array(s.utf8), wholeWord: true) }
        #expect(anywhere("sign up to our newsletter"))
        #expect(anywhere("photo: reuters"))
        #expect(anywhere("happy"), "anywhere means inside words too")
        #expect(!whole("happy"))
        #expect(whole("get the app."))
        #expect(whole("app"), "a cue filling the whole text")
        #expect(whole("newsletters are news"), "a later whole-word occurrence counts when an earlier one does not")
        #expect(!whole("newsletters"))
        #expect(!anywhere("ne"), "a cue longer than the text")
        #expect(!anywhere(""))
    }

    @Test func cueScannerComparesEveryCueSharingAFirstByte() {
        // Cues are grouped by first byte in a flat table: every cue of a group must be tried.
        let scanner = CueScanner(["zebra", "subscribe", "sign up", "s", "podcast"].map { Array($0.utf8) })
        #expect(scanner.occurs(in: Array("please sign up".utf8), wholeWord: true))
        #expect(scanner.occurs(in: Array("a podcast".utf8), wholeWord: true))
        #expect(scanner.occurs(in: Array("plan s now".utf8), wholeWord: true), "a one-byte cue")
        #expect(!scanner.occurs(in: Array("signs upward".utf8), wholeWord: true))
    }

    @Test func lowercasedBytesMatchUnicodeLowercasing() {
        for text in ["PHOTO: Reuters", "Sign Up", "ÄRGER Über", "Zürich IS", "", "ΣΟΦΙΑ"] {
            #expect(CueScanner.lowercasedBytes(text) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    @Test func sentenceClassifierStillReadsCaptionsAndBoilerplate() {
        let classifier = SentenceClassifier(boilerplateCues: ["newsletter"], captionCues: ["photo:"])
        #expect(classifier.kind(ofParagraph: "PHOTO: Reuters", index: 3) == .caption)
        #expect(classifier.kind(ofParagraph: "Sign up for our Newsletter.", index: 3) == .boilerplate)
        #expect(classifier.kind(ofParagraph: "The newsletters were late.", index: 3) == .body)
    }

    @Test func keyTermsOfPossessivesVariantsAndNonASCIIWords() throws {
        let extractor = KeyTermExtractor(stopwords: ["the", "said"], variants: ["rouble": "ruble"])
        #expect(extractor.terms(in: "The Governor's roubles said") == ["governor", "roubl"])
        #expect(extractor.terms(in: "ROUBLE rouble's") == ["rubl"], "folded once the possessive is dropped")
        #expect(extractor.terms(in: "Attacks on 40 targets in 2024, T-90s") == ["attack", "target"])
        #expect(extractor.terms(in: "Ströme Ströme’s évacuées") == ["ström", KeyTermExtractor.stemScalars("évacuées")])
    }

    @Test func scalarTextDecodesEveryUTF8LengthAsTheScalarViewDoes() {
        for text in ["", "plain ASCII", "Zelenskyy’s — Курськ ÉCOLE 中文 😀 e\u{301} \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            #expect(ScalarText(text).scalars == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func anaphoricTimePrefilterPassesEveryPhraseItReads() {
        for phrase in ["A day earlier", "the PREVIOUS day", "two days later", "Hours later", "minutes after", "the day before"] {
            #expect(AnaphoricTime.mayHold("He said \(phrase), officials"))
            #expect(AnaphoricTime.find(in: "He said \(phrase), officials") != nil, "\(phrase)")
        }
        #expect(!AnaphoricTime.mayHold("Drones struck the depot at night"))
        #expect(!AnaphoricTime.mayHold("da y hou r minut"))
    }

    @Test func numbersWithSeparatorsReadAsBefore() throws {
        let figures = try FigureExtractor.bundled()
        #expect(figures.figures(in: "Some 132,000 people fled.").first?.value == 132_000)
        #expect(figures.figures(in: "Some 200 000 people fled.").first?.value == 200_000)
        #expect(figures.figures(in: "About 8.5 km of road.").first?.value == 8.5)
    }

    @Test func focusProximityIsMemoisedPerPointAndForgottenWhenAnchorsChange() {
        let sudzha = GazetteerEntry(name: "Sudzha", kind: .place, country: "RU", region: "Kursk Oblast", population: 5000,
                                    latitude: 51.19, longitude: 35.27, source: "test")
        let near = GeoFocus.Anchor(latitude: 51.7, longitude: 36.2, weight: 1)
        let far = GeoFocus.Anchor(latitude: 62.0, longitude: 129.7, weight: 1)
        var focus = GeoFocus(regionWeights: [:], countryWeights: [:], anchors: [near])
        let first = focus.proximity(of: sudzha)
        #expect(first > 0.5)
        #expect(focus.proximity(of: sudzha) == first)
        #expect(focus == GeoFocus(regionWeights: [:], countryWeights: [:], anchors: [near]), "the memo is not part of equality")
        // The index fingerprints a focus by reflection: the memo must not show.
        #expect(Mirror(reflecting: focus).children.map(\.label) == ["regionWeights", "countryWeights", "anchors"])
        #expect(String(describing: focus) == String(describing: GeoFocus(regionWeights: [:], countryWeights: [:], anchors: [near])))
        focus.anchors = [far]
        #expect(focus.proximity(of: sudzha) == GeoFocus(regionWeights: [:], countryWeights: [:], anchors: [far]).proximity(of: sudzha))
        #expect(focus.proximity(of: sudzha) < 0.01)
    }
}

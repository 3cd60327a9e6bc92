import Testing
@testable import DatelineCore

/// The key-term and clause stages read words straight from UTF-8 bytes; these tests hold them to
/// the plain rules they replace (the `String` way for key terms, the scalar reader for clauses) on
/// generated sentences that mix every kind of word and separator the readers treat specially.
@Suite struct ByteWordReaderTests {
    static let pieces = [
        "The", "the", "AND", "and", "And", "while", "While", "whereas", "although", "with", "who", "Which", "where", "when",
        "has", "had", "will", "been", "troops", "Troops'", "Russia's", "Russia’s", "governor's", "roubles", "ROUBLE",
        "advanced", "settlements", "counter-offensive", "-Pro-Russian", "'bloggers'", "40-km", "T-90s", "6th", "2024",
        "3,000", "8.5", "1,00", "Kyïv", "Zürich", "ÉVACUATIONS", "Курськ", "中文", "K\u{212A}", "e\u{301}te",
        "x’", "’tis", "don't", "said", "claiming", "around", "Sudzha", "whilestanding", "a", "I", "it",
    ]
    static let separators = [" ", " ", " ", ", ", "; ", " - ", " – ", "—", ": ", " (", ") ", "\u{00A0}", "-", "'", "’ ", ". ", " “", "” "]

    /// Deterministic sentences (a linear congruential generator: no seed to manage, same on every run).
    static func sentences(_ count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            // Some open with a quotation mark, as quoted speech does.
            var s = ["", "", "'", "\u{201C}"][next(4)]
            for _ in 0..<(2 + next(22)) { s += pieces[next(pieces.count)] + separators[next(separators.count)] }
            return s
        }
    }

    /// Key terms the plain way: each word as a lower-cased `String`, possessive dropped, folded,
    /// checked and stemmed, kept once.
    static func referenceTerms(_ text: String, stopwords: Set<String>, variants: [String: String]) -> [String] {
        let bytes = Array(text.utf8)
        var out: [String] = []
        for range in KeyTermExtractor.wordByteRanges(bytes) {
            var lower = String(decoding: bytes[range], as: UTF8.self).lowercased()
            if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
            if let folded = variants[lower] { lower = folded }
            guard lower.count >= 3, !stopwords.contains(lower), !lower.utf8.contains(where: { $0 &- 0x30 < 10 }) else { continue }
            let term = KeyTermExtractor.stem(lower)
            if !out.contains(term) { out.append(term) }
        }
        return out
    }

    @Test func keyTermsMatchThePlainStringRules() throws {
        let stopwords: Set<String> = ["the", "and", "said", "with", "has", "had", "will", "been", "who", "roubles"]
        let variants = ["rouble": "ruble", "roubles": "rubles", "kyïv": "kyiv", "troops": "soldiers", "t-90": "tank"]
        let extractor = KeyTermExtractor(stopwords: stopwords, variants: variants)
        let bundled = try KeyTermExtractor.bundled()
        for text in Self.sentences(400) {
            #expect(extractor.terms(in: text) == Self.referenceTerms(text, stopwords: stopwords, variants: variants), "\(text)")
            #expect(bundled.terms(in: text) == Self.referenceTerms(text, stopwords: bundled.stopwords, variants: bundled.variants), "\(text)")
        }
    }

    @Test func clauseWordsFromBytesAreTheScalarReadersWords() {
        for text in Self.sentences(400) {
            let scalars = ScalarText(text)
            let expected = ClauseSplitter.words(in: scalars, range: 0..<scalars.count)
            var utf8 = text
            let (words, count) = utf8.withUTF8 { ClauseSplitter.words(utf8: $0) }
            #expect(count == scalars.count)
            #expect(words.map(\.start) == expected.map(\.start), "\(text)")
            #expect(words.map(\.kinds.rawValue) == expected.map(\.kinds.rawValue), "\(text)")
            #expect(words.map { [$0.isCapitalised, $0.isNumber, $0.precededByComma, $0.precededBySemicolon] }
                == expected.map { [$0.isCapitalised, $0.isNumber, $0.precededByComma, $0.precededBySemicolon] }, "\(text)")
            // Byte offsets point at the same scalars.
            let prefixes = words.map { String(decoding: Array(text.utf8)[..<$0.byteStart], as: UTF8.self).unicodeScalars.count }
            #expect(prefixes == words.map(\.start), "\(text)")
        }
    }

    @Test func thePreTestNeverHidesACut() {
        let splitter = ClauseSplitter(primaryTime: { text in
            text.split(separator: " ").first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map(String.init)
        })
        var proven = 0, split = 0
        for text in Self.sentences(600) {
            #expect(splitter.clauses(of: text) == splitter.clausesFromWords(of: text), "\(text)")
            if splitter.clausesFromWords(of: text).count > 1 { split += 1 }
            var utf8 = text
            if utf8.withUTF8({ ClauseSplitter.holdsNoCue($0) }) {
                proven += 1
                #expect(splitter.clausesFromWords(of: text).count == 1, "\(text)")
            }
        }
        #expect(proven > 0 && split > 0, "the generated sentences include some the pre-test proves and some that split")
    }

    @Test func thePreTestLeavesEveryCueToTheRules() {
        let base = "Engineers are repairing the dam near the city"
        for tail in ["; the mayor has ordered a curfew", " AND the mayor has ordered a curfew", ", Which 2024 saw built",
                     ", with Kyiv claiming gains", " - while the mayor has ordered a curfew", " – the mayor has ordered a curfew"] {
            var s = base + tail
            #expect(!s.withUTF8 { ClauseSplitter.holdsNoCue($0) }, "\(tail)")
        }
        var initial = "Although " + base + ", the mayor has ordered a curfew"
        #expect(!initial.withUTF8 { ClauseSplitter.holdsNoCue($0) })
        // A single quotation mark opening a word is not part of it (British quotations): "'While".
        var quoted = "'While " + base + ", the mayor has ordered a curfew"
        #expect(!quoted.withUTF8 { ClauseSplitter.holdsNoCue($0) })
        var quotedAnd = base + " 'and the mayor has ordered a curfew"
        #expect(!quotedAnd.withUTF8 { ClauseSplitter.holdsNoCue($0) })
        var plain = base + ", officials said, and" + "rews were seen"
        #expect(plain.withUTF8 { ClauseSplitter.holdsNoCue($0) }, "\"andrews\" is no \"and\"")
    }
}

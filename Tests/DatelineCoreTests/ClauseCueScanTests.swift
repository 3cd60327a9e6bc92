import Testing
@testable import DatelineCore

/// The one-pass cue scan decides most sentences without the word list, including those whose only
/// cue is a relative word after a comma: it must count and place words as the word reader does and
/// give the same clauses as the full rules.
@Suite struct ClauseCueScanTests {
    /// ASCII only (the scan hands anything else to the full rules), rich in relative words, years,
    /// numbers with commas and points, and hyphens with and without spaces.
    static let pieces = [
        "The", "troops", "who", "Who", "which", "WHERE", "when", "whom", "2024", "1943", "3,000", "8.5", "1,00",
        "Russia's", "'the", "counter-offensive", "crossed", "border", "region", "battle", "of", "Kursk", "in", "on",
        "Aug", "6", "said", "has", "been", "it", "andrews", "withdrew", "whichever", "x'", "a",
    ]
    static let separators = [" ", " ", " ", " ", ", ", ",", " - ", "-", ". ", ": ", " (", ") ", " '"]

    static func sentences(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            var s = ""
            for _ in 0..<(2 + next(20)) { s += pieces[next(pieces.count)] + separators[next(separators.count)] }
            return s
        }
    }

    /// A year in the text is its time: clauses with different years split.
    let splitter = ClauseSplitter(primaryTime: { text in
        text.split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }.map(String.init)
    })

    @Test func theScanGivesTheFullRulesClauses() {
        var settledWithRelatives = 0, split = 0
        for text in Self.sentences(800) {
            #expect(splitter.clauses(of: text) == splitter.clausesFromWords(of: text), "\(text)")
            if splitter.clausesFromWords(of: text).count > 1 { split += 1 }
            var utf8 = text
            var relatives = ClauseSplitter.CueScan.Relatives()
            if utf8.withUTF8({ ClauseSplitter.CueScan.scan($0, relatives: &relatives) }) != nil && relatives.count > 0 {
                settledWithRelatives += 1
            }
        }
        #expect(settledWithRelatives > 50 && split > 5, "relative cues reach the scan, and some sentences split: \(settledWithRelatives), \(split)")
    }

    @Test func theScanCountsAndPlacesWordsAsTheReaderDoes() {
        var scanned = 0
        for text in Self.sentences(800) {
            var utf8 = text
            var relatives = ClauseSplitter.CueScan.Relatives()
            guard let count = utf8.withUTF8({ ClauseSplitter.CueScan.scan($0, relatives: &relatives) }) else { continue }
            scanned += 1
            let words = utf8.withUTF8 { ClauseSplitter.words(utf8: $0).words }
            #expect(count == words.count, "\(text)")
            // The relative words after a comma, each with its clause's end: the next word after a comma.
            let expected = words.indices.filter { words[$0].precededByComma && words[$0].kinds.contains(.relative) }.map { i in
                [i, words[i].byteStart, words[(i + 1)...].first(where: \.precededByComma)?.byteStart ?? text.utf8.count]
            }
            #expect((0..<relatives.count).map { [relatives[$0].0, relatives[$0].1, relatives[$0].2] } == expected, "\(text)")
        }
        #expect(scanned > 100)
    }

    @Test func everyOtherCueGoesToTheFullRules() {
        let base = "Engineers are repairing the dam near the city"
        for text in [base + "; the mayor has ordered a curfew", base + " and the mayor has ordered a curfew",
                     base + ", With Kyiv claiming gains", base + " - whereas the mayor has ordered a curfew",
                     "While " + base + ", the mayor has ordered a curfew", "'Although " + base + ", the mayor left",
                     base + " \u{2013} the mayor has ordered a curfew",
                     base + ", which 2024 saw, where 1943 did, when 2020 was"] {
            var utf8 = text
            var relatives = ClauseSplitter.CueScan.Relatives()
            #expect(utf8.withUTF8 { ClauseSplitter.CueScan.scan($0, relatives: &relatives) } == nil, "\(text)")
        }
        // A comma inside a number sets off nothing; a hyphen inside a word neither.
        var number = base + " 3,000 which 2024 saw self-made"
        var relatives = ClauseSplitter.CueScan.Relatives()
        #expect(number.withUTF8 { ClauseSplitter.CueScan.scan($0, relatives: &relatives) } == 14)
        #expect(relatives.count == 0)
    }
}

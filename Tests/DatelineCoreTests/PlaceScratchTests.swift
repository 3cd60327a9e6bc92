import Testing
@testable import DatelineCore

/// The matcher spells n-gram keys into room kept in the tokenized text's own allocation:
/// a name of the gazetteer's longest length must match wherever it stands, even as the whole text.
@Suite struct PlaceScratchTests {
    let long = GazetteerEntry(name: "Velyka Pysarivka Nova Sloboda", kind: .place, country: "UA", region: "Sumy Oblast",
                              population: 4000, latitude: 50.4, longitude: 35.5, source: "test")
    let short = GazetteerEntry(name: "Sudzha", kind: .place, country: "RU", region: "Kursk Oblast",
                               population: 5000, latitude: 51.2, longitude: 35.3, source: "test")

    @Test func longestNameMatchesAloneAtTheEndAndTwice() {
        let matcher = PlaceMatcher(gazetteer: Gazetteer(entries: [long, short]))
        #expect(matcher.gazetteer.maxTokens == 4)
        let alone = matcher.unambiguousPlaces(in: "Velyka Pysarivka Nova Sloboda")
        #expect(alone.map(\.entry) == [long])
        #expect(alone.map(\.start) == [0] && alone.map(\.end) == [29])
        let text = "Shelling hit Sudzha and Velyka Pysarivka Nova Sloboda, then Velyka Pysarivka Nova Sloboda"
        let found = matcher.unambiguousPlaces(in: text)
        #expect(found.map(\.entry) == [short, long, long])
        #expect(found.map(\.surface) == ["Sudzha", "Velyka Pysarivka Nova Sloboda", "Velyka Pysarivka Nova Sloboda"])
        #expect(found.last?.end == text.unicodeScalars.count)
        // A name cut short is no name.
        #expect(matcher.unambiguousPlaces(in: "Velyka Pysarivka Nova").isEmpty)
    }
}

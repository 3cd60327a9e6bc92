import Testing
@testable import DatelineCore

@Suite struct PlaceMatcherTests {
    let matcher: PlaceMatcher

    init() throws {
        matcher = PlaceMatcher(gazetteer: try Gazetteer.bundled())
    }

    func found(_ text: String, focus: GeoFocus = .none) -> [PlaceMention] {
        matcher.places(in: text, focus: focus)
    }

    func regions(_ text: String, focus: GeoFocus = .none) -> [String] {
        found(text, focus: focus).filter { $0.entry.kind != .country }.compactMap(\.entry.region)
    }

    @Test func offsetsRoundTrip() {
        let text = "“Shelling hit Kharkiv’s outskirts,” said Syniehubov; in Russia’s Kursk region, Sudja burned — and the Sudzha district too."
        let ms = found(text)
        #expect(ms.count >= 4)
        let scalars = Array(text.unicodeScalars)
        for m in ms {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(s) == m.surface)
        }
    }

    @Test func multiwordNames() {
        let ms = found("Fighting was reported near Russkoye Porechnoye and drones flew over Nizhny Novgorod overnight.")
        #expect(ms.map(\.surface) == ["Russkoye Porechnoye", "Nizhny Novgorod"])
        #expect(ms.map(\.entry.region) == ["Kursk Oblast", "Nizhny Novgorod Oblast"])
    }

    @Test(arguments: [
        "Troops pushed deeper into the Kursk region on Thursday.",
        "Troops pushed deeper into Russia's Kursk region on Thursday.",
        "Troops pushed deeper into Russia’s Kursk region on Thursday.",
        "Troops pushed deeper into the Russian region of Kursk on Thursday.",
        "Troops pushed deeper into Kursk oblast on Thursday.",
        "Troops pushed deeper into the Kursk Oblast on Thursday.",
    ])
    func regionPhrases(text: String) {
        let ms = found(text).filter { $0.entry.kind != .country }
        #expect(ms.count == 1)
        #expect(ms.first?.entry.kind == .region)
        #expect(ms.first?.entry.name == "Kursk Oblast")
    }

    @Test func listOfRegions() {
        let ms = found("Air defences downed drones over the Kursk, Voronezh, Belgorod, and Nizhny Novgorod regions, the ministry said.")
        #expect(ms.map(\.entry.name) == ["Kursk Oblast", "Voronezh Oblast", "Belgorod Oblast", "Nizhny Novgorod Oblast"])
        #expect(ms.allSatisfy { $0.entry.kind == .region })
        let after = found("Emergencies were declared in the regions of Bryansk and Belgorod.")
        #expect(after.map(\.entry.name) == ["Bryansk Oblast", "Belgorod Oblast"])
        #expect(after.allSatisfy { $0.entry.kind == .region })
    }

    @Test func districtsAndCities() {
        let d = found("Three villages in the Sudzha district were taken.")
        #expect(d.first?.surface == "Sudzha district")
        #expect(d.first?.entry.region == "Kursk Oblast")
        let c = found("The hub lies 70km northwest of Donetsk city.")
        #expect(c.first?.surface == "Donetsk city")
        #expect(c.first?.entry.kind == .place)
        #expect(c.first?.entry.region == "Donetsk Oblast")
    }

    @Test func possessives() {
        let ms = found("Belgorod's governor said Kursk's hospitals were full.")
        #expect(ms.map(\.surface) == ["Belgorod", "Kursk"])
        #expect(ms.map(\.entry.region) == ["Belgorod Oblast", "Kursk Oblast"])
        let typographic = found("Kharkiv’s mayor spoke.")
        #expect(typographic.first?.surface == "Kharkiv")
        #expect(typographic.first?.entry.region == "Kharkiv Oblast")
    }

    @Test func landmarks() {
        let ms = found("Guards were added at the Kursk nuclear power plant near the front.")
        #expect(ms.count == 1)
        #expect(ms.first?.surface == "Kursk nuclear power plant")
        #expect(ms.first?.entry.region == "Kursk Oblast")
    }

    @Test func countriesAreCountriesNotRegions() {
        let ms = found("Niger became the second African country after Mali to cut ties with Ukraine, not Russia.")
        #expect(ms.map(\.entry.name) == ["Niger", "Mali", "Ukraine", "Russia"])
        #expect(ms.allSatisfy { $0.entry.kind == .country && $0.entry.region == nil })
    }

    @Test func stoplistWordsAreNotPlaces() {
        #expect(found("Police said Progress was slow. Never again, said Vladimir Putin.").isEmpty)
        // The stoplisted city is still read as a region with a region word.
        #expect(regions("Drones hit the Vladimir region.") == ["Vladimir Oblast"])
    }

    @Test func lowercaseWordsDoNotStartAMatch() {
        // "bar" and "police" are lower-case here; "Bar" is a town in Vinnytsia Oblast.
        #expect(found("the police closed a bar near the border").isEmpty)
    }

    @Test func ambiguityResolvedBySentenceContext() {
        // Pokrovsk: Donetsk Oblast (UA, 60k) or Sakha Republic (RU, 10k).
        #expect(regions("Pokrovsk, a logistics hub in eastern Ukraine, was shelled.") == ["Donetsk Oblast"])
        #expect(regions("Floods hit Pokrovsk on the Lena river in Russia's far east, in Yakutia.")
            .contains("Sakha Republic"))
        // Donetsk: the Ukrainian city (900k) or a town in Rostov Oblast (51k).
        #expect(regions("Donetsk, a town in the Rostov region, lost power.").first == "Rostov Oblast")
        #expect(regions("Shelling hit Donetsk overnight.") == ["Donetsk Oblast"])
    }

    @Test func ambiguityResolvedByFocus() {
        // Korenevo: Kursk Oblast (6.2k) or Moscow Oblast (7.3k); no cue in the sentence.
        let text = "Fighting continued around Korenevo on Friday."
        #expect(regions(text) == ["Moscow Oblast"])
        let corpus = [
            "Ukrainian troops entered Sudzha.",
            "The governor of the Kursk region ordered evacuations from Glushkovo.",
        ]
        let focus = GeoFocus.from(corpus.map(matcher.unambiguousPlaces(in:)))
        #expect((focus.regionWeights["Kursk Oblast"] ?? 0) > 0.9)
        #expect(regions(text, focus: focus) == ["Kursk Oblast"])
    }

    /// The index keeps how often each entry is named: counted at once, the focus is bit for bit the
    /// one of naming each entry that many times.
    @Test func focusFromCountsEqualsFocusFromRepeatedNamings() {
        let passes = [
            "Ukrainian troops entered Sudzha and Sudzha again; the Kursk region governor spoke.",
            "Shelling hit Donetsk, Kharkiv and Sudzha.",
            "Kharkiv was quiet.",
        ].map(matcher.unambiguousPlaces(in:))
        var counts: [(GazetteerEntry, Int)] = []
        for place in passes.joined() {
            if let i = counts.firstIndex(where: { $0.0 == place.entry }) { counts[i].1 += 1 } else { counts.append((place.entry, 1)) }
        }
        #expect(counts.contains { $0.1 > 1 })
        #expect(GeoFocus.from(counts: counts) == GeoFocus.from(passes))
        #expect(Pipeline.focus(counts: counts, quantizeAbove: 3) == Pipeline.focus(passes, quantizeAbove: 3))
        #expect(Pipeline.focus(counts: counts, quantizeAbove: 3) != Pipeline.focus(counts: counts, quantizeAbove: 100))
    }

    @Test func focusFromExplicitWeights() {
        // Lyman: Donetsk Oblast (20k), Kharkiv Oblast (4k), Odesa Oblast (1.6k).
        let text = "Russian units attacked near Lyman."
        #expect(regions(text) == ["Donetsk Oblast"])
        let focus = GeoFocus(regionWeights: ["Kharkiv Oblast": 1], countryWeights: ["UA": 1])
        #expect(regions(text, focus: focus) == ["Kharkiv Oblast"])
    }

    @Test func unambiguousPassSkipsAmbiguousNames() {
        let ms = matcher.unambiguousPlaces(in: "Fighting near Korenevo and Sudzha; shelling of Donetsk.")
        #expect(ms.map(\.surface) == ["Sudzha", "Donetsk"])
    }

    @Test func seedSentencesResolve() {
        let text = "Telegram Channels affiliated with Russia’s Defence Ministry have claimed that Ukrainian troops are in control of three villages in the Sudzha district of Russia’s Kursk region, which borders the Sumy region of northeast Ukraine."
        let ms = found(text)
        #expect(ms.filter { $0.entry.kind == .region }.map(\.entry.name) == ["Kursk Oblast", "Sumy Oblast"])
        #expect(ms.contains { $0.surface == "Sudzha district" && $0.entry.region == "Kursk Oblast" })
    }
}

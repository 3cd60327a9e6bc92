import Foundation

/// Where a corpus is about: how often each region and country is named unambiguously,
/// and where (weighted points). Used to break ties between same-named places: an
/// article set about the Kursk incursion means Pokrovsk in Donetsk Oblast, not in Sakha.
public struct GeoFocus: Sendable, Hashable, CustomReflectable {
    public struct Anchor: Sendable, Hashable {
        public var latitude: Double
        public var longitude: Double
        public var weight: Double
    }

    /// Share of mentions per canonical region (sums to 1 unless empty).
    public var regionWeights: [String: Double]
    /// Share of mentions per ISO country code (sums to 1 unless empty).
    public var countryWeights: [String: Double]
    /// Weighted points of the mentioned places and regions (weights sum to 1 unless empty).
    public var anchors: [Anchor] { didSet { proximities = ProximityMemo() } }
    /// `proximity` per point, shared by copies until the anchors change.
    private var proximities = ProximityMemo()

    public static let none = GeoFocus(regionWeights: [:], countryWeights: [:])

    public init(regionWeights: [String: Double], countryWeights: [String: Double],
                anchors: [Anchor] = []) {
        self.regionWeights = regionWeights
        self.countryWeights = countryWeights
        self.anchors = anchors
    }

    /// Built from a first pass (`PlaceMatcher.unambiguousPlaces`) over each document or sentence.
    /// Each entry is counted first (`FocusEntryCounter`), then weighed once per distinct entry:
    /// the same focus, bit for bit, as weighing each naming (`from(counts:)`).
    public static func from(_ mentions: [[PlaceMention]]) -> GeoFocus {
        var counter = FocusEntryCounter()
        for list in mentions {
            for i in list.indices { counter.count(list[i].entry) }
        }
        return from(counts: counter.counts)
    }

    /// Built from how often each entry is named, in order of first naming (the index keeps counts,
    /// not every first pass). Weights are integer-valued sums, so `n` namings counted at once give
    /// the same focus, bit for bit, as naming the entry `n` times; of two entries with one name and
    /// region, the first gives the point.
    public static func from<S: Sequence>(counts: S) -> GeoFocus where S.Element == (GazetteerEntry, Int) {
        var regions: [String: Double] = [:]
        var countries: [String: Double] = [:]
        var points: [String: Anchor] = [:]
        for (entry, n) in counts {
            let weight = Double(n)
            countries[entry.country, default: 0] += weight
            guard entry.kind != .country, let region = entry.region else { continue }
            regions[region, default: 0] += weight
            var a = points[entry.name + "|" + region]
                ?? Anchor(latitude: entry.latitude, longitude: entry.longitude, weight: 0)
            a.weight += weight
            points[entry.name + "|" + region] = a
        }
        func normalised(_ d: [String: Double]) -> [String: Double] {
            let total = d.values.reduce(0, +)
            return total > 0 ? d.mapValues { $0 / total } : [:]
        }
        let total = points.values.reduce(0) { $0 + $1.weight }
        let anchors = points.keys.sorted().compactMap { k -> Anchor? in
            guard var a = points[k], total > 0 else { return nil }
            a.weight /= total
            return a
        }
        return GeoFocus(regionWeights: normalised(regions), countryWeights: normalised(countries),
                        anchors: anchors)
    }

    /// 0…1: how close an entry is to where the corpus is, exp(−distance/400 km) averaged
    /// over the anchors. A border-war corpus puts Donbas a few hundred km from Kursk and
    /// Yakutia thousands.
    func proximity(of e: GazetteerEntry) -> Double {
        guard e.kind != .country, !anchors.isEmpty, e.latitude != 0 || e.longitude != 0 else { return 0 }
        // The same few hundred ambiguous places come up in every article: the sum over all
        // anchors (a sine, cosine, arcsine and exponential each) is computed once per point.
        return proximities.value(latitude: e.latitude, longitude: e.longitude) { proximity(latitude: e.latitude, longitude: e.longitude) }
    }

    private func proximity(latitude: Double, longitude: Double) -> Double {
        // The cosines of the latitudes are the same for every pair: the point's once here, the
        // anchors' once per focus.
        let cosines = proximities.anchorCosines { anchors.map { cos($0.latitude * (Double.pi / 180)) } }
        let cosLatitude = cos(latitude * (Double.pi / 180))
        var sum = 0.0
        for (k, a) in anchors.enumerated() {
            sum += a.weight * exp(-GeoFocus.distanceKm(latitude, longitude, cosLatitude, a.latitude, a.longitude, cosines[k]) / 400)
        }
        return sum
    }

    /// The focus itself, not its memo, is what two focuses compare by, hash to and reflect
    /// as (the persistent index fingerprints the focus by reflection).
    public var customMirror: Mirror {
        Mirror(self, children: ["regionWeights": regionWeights, "countryWeights": countryWeights, "anchors": anchors],
               displayStyle: .struct)
    }

    // Equality and hashing: the three fields above.
    public static func == (a: GeoFocus, b: GeoFocus) -> Bool {
        a.regionWeights == b.regionWeights && a.countryWeights == b.countryWeights && a.anchors == b.anchors
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(regionWeights)
        hasher.combine(countryWeights)
        hasher.combine(anchors)
    }

    static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        return distanceKm(lat1, lon1, cos(lat1 * r), lat2, lon2, cos(lat2 * r))
    }

    /// The same with the cosines of both latitudes given (the same arithmetic, in the same order).
    static func distanceKm(_ lat1: Double, _ lon1: Double, _ cos1: Double,
                           _ lat2: Double, _ lon2: Double, _ cos2: Double) -> Double {
        let r = Double.pi / 180
        let dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r
        let h = sin(dlat / 2) * sin(dlat / 2) + cos1 * cos2 * sin(dlon / 2) * sin(dlon / 2)
        return 6371 * 2 * asin(min(1, sqrt(h)))
    }
}

import DatelineResources
import Foundation

public enum GazetteerError: Error, Sendable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missingFile(let f): return "gazetteer file not bundled: \(f)"
        case .unreadable(let f, let why): return "cannot read \(f): \(why)"
        }
    }
}

extension Gazetteer {
    private static let shared: Result<Gazetteer, GazetteerError> = {
        do { return .success(try load()) } catch let e as GazetteerError {
            return .failure(e)
        } catch {
            return .failure(.unreadable("gazetteer", "\(error)"))
        }
    }()

    /// The bundled gazetteer, loaded once per process (about 8,000 places).
    public static func bundled() throws -> Gazetteer {
        try shared.get()
    }

    private static func rows(_ file: String) throws -> [[Substring]] {
        guard let url = DatelineResources.url("gazetteer/\(file)") else {
            throw GazetteerError.missingFile(file)
        }
        do { return try TSV.rows(url) } catch {
            throw GazetteerError.unreadable(file, "\(error)")
        }
    }

    static func load() throws -> Gazetteer {
        // Places from GeoNames; each with the spellings it is known under.
        var places: [(entry: GazetteerEntry, aliases: [String])] = []
        for r in try rows("places.tsv") where r.count >= 7 {
            let alt = r[1].isEmpty ? [] : [String(r[1])]
            places.append((GazetteerEntry(
                name: String(r[0]), kind: .place, country: String(r[2]), region: String(r[3]),
                population: Int(r[4]) ?? 0, latitude: Double(r[5]) ?? 0, longitude: Double(r[6]) ?? 0,
                source: r.count > 7 ? String(r[7]) : "GeoNames"), alt))
        }
        mergeSupplement(try rows("supplement.tsv"), into: &places)

        // Regions: coordinates are the mean of their places, population their sum, so that
        // proximity and population can rank regions like places.
        var sums: [String: (lat: Double, lon: Double, n: Double, pop: Int)] = [:]
        for p in places where p.entry.kind == .place {
            let k = p.entry.region ?? ""
            var s = sums[k] ?? (0, 0, 0, 0)
            s.lat += p.entry.latitude; s.lon += p.entry.longitude; s.n += 1; s.pop += p.entry.population
            sums[k] = s
        }
        var named: [(GazetteerEntry, [String])] = places.map { ($0.entry, $0.aliases) }
        var stems: [String: [String]] = [:]
        for r in try rows("regions.tsv") where r.count >= 2 {
            let name = String(r[0])
            let s = sums[name] ?? (0, 0, 0, 0)
            let n = max(s.n, 1)
            let entry = GazetteerEntry(name: name, kind: .region, country: String(r[1]), region: name,
                                       population: s.pop, latitude: s.lat / n, longitude: s.lon / n,
                                       source: "GeoNames admin1; admin1-names.tsv")
            named.append((entry, TSV.list(r[safe: 3])))
            var st = TSV.list(r[safe: 2])
            if st.isEmpty, let derived = stem(of: name) { st = [derived] }
            stems[name] = st
        }
        var demonyms: [String: String] = [:]
        for r in try rows("countries.tsv") where r.count >= 2 {
            let code = String(r[0])
            let entry = GazetteerEntry(name: String(r[1]), kind: .country, country: code, region: nil,
                                       population: 0, latitude: 0, longitude: 0,
                                       source: "GeoNames countryInfo; country-names.tsv")
            named.append((entry, TSV.list(r[safe: 2])))
            for d in TSV.list(r[safe: 3]) { demonyms[d] = code }
        }
        let stop = try rows("stoplist.tsv").compactMap { $0.first.map(String.init) }
        let capitals = try rows("capitals.tsv").compactMap { $0.first.map(String.init) }
        return Gazetteer(named: named, stems: stems, demonyms: demonyms, stoplist: stop, capitals: capitals)
    }

    /// supplement.tsv: name, variants, country, region, lat, lon, source. A row naming a
    /// GeoNames place of the same region is merged into it (supplement spelling becomes
    /// canonical); otherwise it is a new entry. "@Town" coordinates borrow those of a
    /// GeoNames town of the same region.
    static func mergeSupplement(_ rows: [[Substring]],
                                into places: inout [(entry: GazetteerEntry, aliases: [String])]) {
        var byKey: [String: [Int]] = [:]
        for (i, p) in places.enumerated() {
            for n in [p.entry.name] + p.aliases { byKey[NameKey.ofName(n), default: []].append(i) }
        }
        for r in rows where r.count >= 7 {
            let name = String(r[0]), country = String(r[2]), region = String(r[3])
            let variants = TSV.list(r[1])
            let source = String(r[6])
            let keys = Set(([name] + variants).map(NameKey.ofName))
            let matches = Set(keys.flatMap { byKey[$0] ?? [] }).filter {
                places[$0].entry.country == country && places[$0].entry.region == region
            }
            if !matches.isEmpty {
                for i in matches.sorted() {
                    let old = places[i].entry.name
                    places[i].entry.name = name
                    places[i].entry.source += "; " + source
                    places[i].aliases += [old] + variants
                }
                continue
            }
            var lat = Double(r[4]) ?? 0, lon = Double(r[5]) ?? 0
            if r[4].hasPrefix("@") {
                let anchor = NameKey.ofName(String(r[4].dropFirst()))
                let best = (byKey[anchor] ?? []).filter { places[$0].entry.region == region }
                    .max { places[$0].entry.population < places[$1].entry.population }
                if let best { lat = places[best].entry.latitude; lon = places[best].entry.longitude }
            }
            let entry = GazetteerEntry(name: name, kind: .place, country: country, region: region,
                                       population: 0, latitude: lat, longitude: lon, source: source)
            places.append((entry, variants))
            for k in keys { byKey[k, default: []].append(places.count - 1) }
        }
    }
}

import DatelineResources
import Foundation

/// Names → places, regions and countries. Built from the generated GeoNames extract
/// (places.tsv, regions.tsv, countries.tsv) plus the curated supplement and stoplist;
/// all lookups go through `NameKey`, so spelling variants differing only in case,
/// diacritics, apostrophes or hyphens share one key.
public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry]
    /// Key → entries named so (places, regions by full name or alias, countries).
    let names: [String: [GazetteerEntry]]
    /// Key → regions for the words written before "region"/"oblast" ("kursk", "kharkov").
    let stems: [String: [GazetteerEntry]]
    /// Demonym key → country code ("russian" → RU); used as context, never as a mention.
    let demonyms: [String: String]
    /// `demonyms` by bytes, for ASCII words (see `asciiVariants`).
    let demonymBytes: ByteKeyTable<String>
    /// Keys never read as a place on their own (stoplist.tsv).
    let stoplist: Set<String>
    /// Capital cities (capitals.tsv): also names of governments, so read as places only in a
    /// locative phrase.
    let capitals: Set<String>
    /// What each key is (name, stem, proper prefix of a longer key) and where its data is:
    /// one hash lookup per n-gram step in the matcher's hot loop, none after it.
    let lookup: [String: KeyRef]
    /// `lookup` by bytes, for ASCII n-grams (`ByteKeyTable`).
    let lookupBytes: ByteKeyTable<KeyRef>
    /// `lookupBytes`' keys of up to eight bytes, packed (the first word of each n-gram).
    let shortKeys: ShortKeyTable<KeyRef>
    /// What the matcher asks of a key once found, indexed by `KeyRef.index`.
    let keys: [KeyData]

    struct KeyInfo: Sendable, OptionSet {
        let rawValue: UInt8
        static let name = KeyInfo(rawValue: 1)
        static let stem = KeyInfo(rawValue: 2)
        static let prefix = KeyInfo(rawValue: 4)
    }

    /// A key's kinds and its row in `keys` (plain values: a lookup retains nothing).
    struct KeyRef: Sendable {
        let info: KeyInfo
        let index: Int32
    }

    /// `names`, `stems`, `stoplist` and `capitals` as read for one key, each found once when
    /// the gazetteer is built instead of by hashing the key's `String` per match.
    struct KeyData: Sendable {
        let names: [GazetteerEntry]?
        let stems: [GazetteerEntry]?
        let stopword: Bool
        let capital: Bool
        /// The candidates of the name when no cue word qualifies it (`PlaceMatcher.distinct`).
        let distinctNames: [GazetteerEntry]
    }
    /// Longest key, in tokens.
    let maxTokens: Int
    let countriesByCode: [String: GazetteerEntry]

    /// Canonical first-level regions, sorted.
    public var regionNames: [String] {
        entries.filter { $0.kind == .region }.map(\.name).sorted()
    }

    /// For tests: entries are indexed under their own names, plus `aliases` (written as
    /// names, normalised here). Region stems are derived from region names
    /// ("Kursk Oblast" → "Kursk").
    public init(entries: [GazetteerEntry], aliases: [String: [GazetteerEntry]] = [:],
                demonyms: [String: String] = [:], stoplist: [String] = [], capitals: [String] = []) {
        var named: [(GazetteerEntry, [String])] = entries.map { ($0, []) }
        for (alias, targets) in aliases {
            for t in targets { named.append((t, [alias])) }
        }
        var stems: [String: [String]] = [:]
        for e in entries where e.kind == .region {
            if let stem = Gazetteer.stem(of: e.name) { stems[e.name, default: []].append(stem) }
        }
        self.init(named: named, stems: stems, demonyms: demonyms, stoplist: stoplist, capitals: capitals)
    }

    init(named: [(GazetteerEntry, [String])], stems stemNames: [String: [String]],
         demonyms demonymNames: [String: String], stoplist stopNames: [String], capitals capitalNames: [String] = []) {
        var names: [String: [GazetteerEntry]] = [:]
        var all: [GazetteerEntry] = []
        var seen = Set<GazetteerEntry>()
        var regionsByName: [String: GazetteerEntry] = [:]
        var countries: [String: GazetteerEntry] = [:]
        func add(_ key: String, _ e: GazetteerEntry) {
            guard !key.isEmpty else { return }
            var list = names[key, default: []]
            if !list.contains(e) { list.append(e) }
            names[key] = list
        }
        for (e, aliases) in named {
            if seen.insert(e).inserted { all.append(e) }
            if e.kind == .region { regionsByName[e.name] = e }
            if e.kind == .country { countries[e.country] = e }
            add(NameKey.ofName(e.name), e)
            for a in aliases { add(NameKey.ofName(a), e) }
        }
        var stems: [String: [GazetteerEntry]] = [:]
        for (region, list) in stemNames {
            guard let e = regionsByName[region] else { continue }
            for s in list {
                let key = NameKey.ofName(s)
                if !(stems[key]?.contains(e) ?? false) { stems[key, default: []].append(e) }
            }
        }
        var lookup: [String: KeyInfo] = [:]
        var maxTokens = 1
        for (keys, kind) in [(Array(names.keys), KeyInfo.name), (Array(stems.keys), KeyInfo.stem)] {
            for key in keys {
                lookup[key, default: []].insert(kind)
                let parts = key.split(separator: " ")
                maxTokens = max(maxTokens, parts.count)
                if parts.count > 1 {
                    for n in 1..<parts.count {
                        lookup[parts[0..<n].joined(separator: " "), default: []].insert(.prefix)
                    }
                }
            }
        }
        self.entries = all
        self.names = names
        self.stems = stems
        self.demonyms = Dictionary(demonymNames.map { (NameKey.ofName($0.key), $0.value) },
                                   uniquingKeysWith: { a, _ in a })
        self.demonymBytes = ByteKeyTable(Self.asciiVariants(of: self.demonyms))
        self.stoplist = Set(stopNames.map(NameKey.ofName))
        self.capitals = Set(capitalNames.map(NameKey.ofName))
        (self.lookup, self.lookupBytes, self.keys) = Self.keyTables(lookup, names: names, stems: stems,
                                                                    stoplist: self.stoplist, capitals: self.capitals)
        self.shortKeys = ShortKeyTable(Self.asciiVariants(of: self.lookup).map { $0.0 }, answersOf: self.lookupBytes)
        self.maxTokens = maxTokens
        self.countriesByCode = countries
    }

    /// Entries a name may refer to, by the gazetteer's normalised key.
    public func candidates(for name: String) -> [GazetteerEntry] {
        names[NameKey.ofName(name)] ?? []
    }

    /// Regions a stem written before "region"/"oblast" may refer to ("Kharkov" → Kharkiv Oblast).
    public func regions(forStem stem: String) -> [GazetteerEntry] {
        stems[NameKey.ofName(stem)] ?? []
    }

    public func country(code: String) -> GazetteerEntry? { countriesByCode[code] }

    /// `table`'s pairs, plus each non-ASCII key whose canonical decomposition is ASCII under that
    /// ASCII spelling: `String` keys compare by canonical equivalence, a `ByteKeyTable` by bytes.
    static func asciiVariants<V>(of table: [String: V]) -> [(String, V)] {
        var pairs = Array(table)
        for (key, value) in table where !key.utf8.allSatisfy({ $0 < 0x80 }) {
            let decomposed = key.decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { pairs.append((decomposed, value)) }
        }
        return pairs
    }

    /// `lookup` with each key's data, and the same keyed by bytes. `String` keys compare by
    /// canonical equivalence, bytes do not: a non-ASCII key whose decomposition is ASCII (a
    /// singleton such as U+037E) is also entered under that ASCII spelling, so an ASCII query
    /// finds exactly what the dictionary finds. Each key's data is read with that very `String`,
    /// so it is what the dictionaries would answer for the query.
    static func keyTables(_ lookup: [String: KeyInfo], names: [String: [GazetteerEntry]],
                          stems: [String: [GazetteerEntry]], stoplist: Set<String>, capitals: Set<String>)
        -> ([String: KeyRef], ByteKeyTable<KeyRef>, [KeyData]) {
        var data: [KeyData] = []
        func ref(_ key: String, _ info: KeyInfo) -> KeyRef {
            data.append(KeyData(names: names[key], stems: stems[key], stopword: stoplist.contains(key),
                                capital: capitals.contains(key), distinctNames: PlaceMatcher.distinct(names[key] ?? [])))
            return KeyRef(info: info, index: Int32(data.count - 1))
        }
        var byString: [String: KeyRef] = [:]
        var pairs: [(String, KeyRef)] = []
        for (key, info) in lookup {
            let r = ref(key, info)
            byString[key] = r
            pairs.append((key, r))
        }
        for (key, info) in lookup where !key.utf8.allSatisfy({ $0 < 0x80 }) {
            let decomposed = key.decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { pairs.append((decomposed, ref(decomposed, info))) }
        }
        return (byString, ByteKeyTable(pairs), data)
    }

    /// "Kursk Oblast" → "Kursk"; nil for names without a first-level suffix.
    static func stem(of regionName: String) -> String? {
        for suffix in [" Oblast", " Krai", " Kray", " Region", " Autonomous Okrug", " Province",
                       " Voivodeship", " County", " Republic"] where regionName.hasSuffix(suffix) {
            return String(regionName.dropLast(suffix.count))
        }
        return nil
    }
}

/// How often each entry is named, in order of first naming, counted by a cheap identity: a
/// corpus names the same few hundred entries thousands of times, and weighing each naming cost
/// four string-keyed dictionary updates and two string concatenations (`GeoFocus.from(counts:)`).
///
/// Entries count as one when the fields the focus reads (name, kind, country, region, point) are
/// equal: they add the same weights to the same keys, so their counts may be summed.
struct FocusEntryCounter {
    /// The fields the focus reads, hashed by the point alone (two words, no string hashed);
    /// compared in full on a hash hit (the strings of one gazetteer entry share their storage).
    private struct Identity: Hashable {
        let entry: GazetteerEntry

        static func == (a: Identity, b: Identity) -> Bool {
            a.entry.latitude == b.entry.latitude && a.entry.longitude == b.entry.longitude
                && a.entry.kind == b.entry.kind && a.entry.name == b.entry.name
                && a.entry.region == b.entry.region && a.entry.country == b.entry.country
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(entry.latitude)
            hasher.combine(entry.longitude)
        }
    }

    private var rows: [Identity: Int] = [:]
    /// Each distinct entry as first named, with its count.
    private(set) var counts: [(GazetteerEntry, Int)] = []

    mutating func count(_ entry: GazetteerEntry) {
        if let row = rows[Identity(entry: entry)] {
            counts[row].1 += 1
        } else {
            rows[Identity(entry: entry)] = counts.count
            counts.append((entry, 1))
        }
    }
}

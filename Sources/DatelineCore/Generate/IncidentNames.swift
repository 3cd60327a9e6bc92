/// Made-up proper names that belong to one generated incident: a commander's surname, a
/// battalion and an operation. Built from syllables (about 160,000 words), so that at 100k
/// articles a word still belongs to about one incident, and every outlet reporting the incident
/// repeats the same rare words. (With 5,712 words, each was shared by ~17 incidents at 100k and
/// the clustering graph grew one giant component.) Benchmark fixture only: nothing here is real.
struct IncidentNames: Sendable, Hashable {
    var commander: String
    var battalion: String
    var operation: String

    static let onsets = ["Bor", "Dan", "Hor", "Kal", "Lev", "Myk", "Ost", "Pav", "Rad", "Sav", "Tar", "Vol", "Yar", "Zar",
                         "Bil", "Hry", "Kry", "Mel", "Nes", "Pet", "Rom", "Stas", "Tym", "Zhur", "Drob", "Hlib", "Kuz", "Ser"]
    static let middles = ["a", "o", "y", "e", "i", "u", "ya", "ko", "ny", "ro", "vy", "sh", "ch", "dar", "len", "min", "bur"]
    static let endings = ["enko", "chuk", "ov", "ak", "yuk", "ych", "sky", "ets", "in", "ko", "iv", "uta"]
    static let adjectives = ["Amber", "Silent", "Northern", "Iron", "Crimson", "Hollow", "Swift", "Bitter", "Distant", "Frozen",
                             "Golden", "Hidden", "Last", "Broken", "Steady", "Quiet", "Burning", "Eastern", "Pale", "Rising"]
    static let nouns = ["Harvest", "Falcon", "Meadow", "Anvil", "Lantern", "Willow", "Thunder", "Orchard", "Harbour", "Ember",
                        "Glacier", "Compass", "Citadel", "Heron", "Bastion", "Furrow", "Kestrel", "Quarry", "Beacon", "Sable"]

    init(_ rng: inout SplitMix64) {
        func word() -> String {
            rng.pick(Self.onsets) + rng.pick(Self.middles) + rng.pick(Self.onsets).lowercased() + rng.pick(Self.endings)
        }
        commander = word()
        battalion = word()
        operation = rng.pick(Self.adjectives) + " " + rng.pick(Self.nouns) + " " + word()
    }
}

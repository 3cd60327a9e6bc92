/// Finds place names in text and resolves each to one gazetteer entry.
///
/// Matching: the text is tokenised once; every capitalised word starts a lookup of the
/// token n-grams (up to the gazetteer's longest name) by normalised key; the longest name
/// wins. The words around the name then say what it names (`PhraseCues`): a region
/// ("Kursk region", "region of Kursk", "Kursk and Belgorod regions"), a district around a
/// town ("Sudzha district") or a settlement ("Donetsk city", "town of Sudzha").
///
/// Resolution of same-named entries: see `Disambiguation` (sentence context, then corpus
/// focus, then population).
public struct PlaceMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Places named in `text`, resolved. Offsets in Unicode scalars of `text`.
    public func places(in text: String, focus: GeoFocus) -> [PlaceMention] {
        places(in: text, focus: focus, storage: TokenizerStorage())
    }

    /// The same, tokenised in `storage` (reused for each sentence of an article).
    func places(in text: String, focus: GeoFocus, storage: TokenizerStorage) -> [PlaceMention] {
        places(in: TokenizedText(text, scratchTokens: gazetteer.maxTokens, storage: storage), focus: focus, storage: storage)
    }

    private func places(in t: TokenizedText, focus: GeoFocus, storage: TokenizerStorage) -> [PlaceMention] {
        var found = storage.takeMatches()
        defer { storage.giveBack(&found) }
        findMatches(t, into: &found)
        // Read in place, not copied to locals: a copy still held when the arrays go back to
        // `storage` made the next text's `removeAll(keepingCapacity:)` allocate new ones.
        guard !found.matches.isEmpty else { return [] }
        var out: [PlaceMention] = []
        out.reserveCapacity(found.matches.count)
        // Most sentences name at most one place: no context needed to resolve them. (Loops, not
        // closures: a closure here copied the whole matcher per call.)
        var ambiguous = false
        for c in found.candidates where c.count > 1 { ambiguous = true; break }
        if !ambiguous {
            for index in found.matches.indices {
                if let e = found.candidates[index].first { out.append(mention(found.matches[index], e, t)) }
            }
            return out
        }
        let context = Disambiguation.Context(t, matches: found.matches, candidates: found.candidates, gazetteer: gazetteer)
        for index in found.matches.indices {
            if let best = Disambiguation.best(found.candidates[index], match: index, context: context, focus: focus) {
                out.append(mention(found.matches[index], best, t))
            }
        }
        return out
    }

    /// First pass over a corpus: only names with a single candidate (or a clear population
    /// winner, ≥10× the next), resolved without any context.
    public func unambiguousPlaces(in text: String) -> [PlaceMention] {
        var out: [PlaceMention] = []
        unambiguousPlaces(in: text, storage: TokenizerStorage(), into: &out)
        return out
    }

    /// The same, appended to `out` (an article's places in one array), tokenised in `storage`.
    func unambiguousPlaces(in text: String, storage: TokenizerStorage, into out: inout [PlaceMention]) {
        let t = TokenizedText(text, scratchTokens: gazetteer.maxTokens, storage: storage)
        var found = storage.takeMatches()
        defer { storage.giveBack(&found) }
        findMatches(t, into: &found)
        for index in found.matches.indices {
            if let e = Disambiguation.unambiguous(found.candidates[index]) { out.append(mention(found.matches[index], e, t)) }
        }
    }

    // MARK: - Matching

    enum Cue { case none, region, district, settlement }

    struct Match {
        var first: Int          // first token of the name
        var last: Int           // last token of the name
        var end: Int            // last token of the phrase (name + "region"/"district"/"city")
        var key: Int            // the name's row in `gazetteer.keys`
        var cue: Cue
        var plural = false
        /// Named as a village ("the village of X"): a town of 100,000 of that name is not it.
        var village = false
    }

    /// A text's matches and, at the same index, the entries each may name. Plain values, no
    /// candidates inside `Match`: a match is copied several times while it is found.
    struct Found {
        var matches: [Match] = []
        var candidates: [[GazetteerEntry]] = []
    }

    /// `t` must have been made with `scratchTokens: gazetteer.maxTokens`: an n-gram's key is at
    /// most its tokens' bytes plus a separator per token; a name has at most one name-or-stem
    /// n-gram per length.
    func matches(_ t: TokenizedText) -> Found {
        var found = Found()
        findMatches(t, into: &found)
        return found
    }

    /// The same into `found`'s arrays (emptied first, their room kept: `TokenizerStorage`).
    func findMatches(_ t: TokenizedText, into found: inout Found) {
        assert(t.spanScratch.count >= gazetteer.maxTokens, "TokenizedText made without the matcher's scratch room")
        let key = t.keyScratch, spans = t.spanScratch
        let tokens = t.tokens
        // Most texts name nothing: an empty array is not emptied again (the call is not free).
        if !found.matches.isEmpty {
            found.matches.removeAll(keepingCapacity: true)
            found.candidates.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalised else { i += 1; continue }
            // All n-grams from i that are names or stems, shortest first.
            var spanCount = 0
            // The n-gram's key as bytes while it is ASCII (looked up without a `String`; most
            // capitalised words are no name at all), as a `String` once it is not.
            var length = 0
            var k: String?
            var j = i
            while j < tokens.count, j - i < gazetteer.maxTokens, tokens[j].kind != .punctuation {
                let hit: Gazetteer.KeyRef?
                if j == i, let packed = t.shortKey(j) {
                    // Most capitalised words: short, letters only, no name. One probe; the key is
                    // spelt only if longer names may follow.
                    hit = gazetteer.shortKeys.value(packed)
                    if let hit, hit.info.contains(.prefix) { length = t.writeASCIIKey(j, to: key, at: 0)! }
                } else {
                    if k == nil {
                        let mark = length
                        if j > i { key[length] = UInt8(ascii: " "); length += 1 }
                        if let end = t.writeASCIIKey(j, to: key, at: length) {
                            length = end
                        } else {
                            length = mark
                            k = j == i ? t.key(j)
                                : String(decoding: UnsafeBufferPointer(rebasing: key[0..<length]), as: UTF8.self) + " " + t.key(j)
                        }
                    } else {
                        k = k! + " " + t.key(j)
                    }
                    if let k { hit = gazetteer.lookup[k] } else {
                        hit = gazetteer.lookupBytes.value(UnsafeBufferPointer(rebasing: key[0..<length]))
                    }
                }
                guard let ref = hit else { break }
                if !ref.info.isDisjoint(with: [.name, .stem]) { spans[spanCount] = (j, Int(ref.index)); spanCount += 1 }
                if !ref.info.contains(.prefix) { break }
                j += 1
            }
            var accepted: Match?
            for span in spans[0..<spanCount].reversed() {
                var m = Match(first: i, last: span.last, end: span.last, key: span.key, cue: .none)
                // Fields read in place: a copy of the key's data retained its three arrays.
                let hasStems = gazetteer.keys[m.key].stems != nil
                cue(&m, hasStems: hasStems, t)
                if m.cue == .none && gazetteer.keys[m.key].stopword { continue }
                if gazetteer.keys[m.key].names != nil || (hasStems && m.cue == .region) { accepted = m; break }
            }
            if let m = accepted {
                if !isMetonym(m, t) { found.matches.append(m) }
                i = m.end + 1
            } else {
                i += 1
            }
        }
        propagateListCues(&found.matches, t)
        for m in found.matches { found.candidates.append(candidates(m)) }
    }

    /// "Kyiv says", "Moscow's forces", "pressure on both Kyiv and Moscow": news English uses a
    /// capital's name for its government far more than for the city, so a capital counts as a
    /// place only where a word before it makes it a location: a locative preposition ("in Kyiv",
    /// "from Moscow") or a verb of attack or movement ("struck Kyiv", "reached Moscow"). In a
    /// list ("in Kyiv and Moscow") the word before the list decides.
    private func isMetonym(_ m: Match, _ t: TokenizedText) -> Bool {
        guard m.cue == .none, gazetteer.keys[m.key].capital else { return false }
        let tokens = t.tokens
        var before = m.first - 1
        if before >= 0, t.cue(before).contains(.listJoiner) {
            // Skip the joiner and the list item before it.
            before -= 1
            while before >= 0, tokens[before].kind == .word, tokens[before].isCapitalised { before -= 1 }
        }
        guard before >= 0, tokens[before].kind == .word else { return true }
        return t.cue(before).isDisjoint(with: [.cityLocative, .cityVerb])
    }

    /// Reads the words after and before a name.
    private func cue(_ m: inout Match, hasStems: Bool, _ t: TokenizedText) {
        let tokens = t.tokens
        let next = m.last + 1
        if next < tokens.count, tokens[next].kind == .word {
            let w = t.cue(next)
            if w.contains(.region), hasStems {
                m.cue = .region; m.end = next; m.plural = w.contains(.pluralRegion); return
            }
            if w.contains(.district) { m.cue = .district; m.end = next; return }
            if w.contains(.city) { m.cue = .settlement; m.end = next; return }
        }
        if m.first >= 2, tokens[m.first - 1].kind == .word, t.cue(m.first - 1).contains(.of),
           tokens[m.first - 2].kind == .word {
            let w = t.cue(m.first - 2)
            if w.contains(.region), hasStems {
                m.cue = .region; m.plural = w.contains(.pluralRegion)
            } else if w.contains(.settlement) {
                m.cue = .settlement
                m.village = w.contains(.village)
            } else if w.contains(.district) {
                m.cue = .district
            }
        }
    }

    /// "the Kursk, Voronezh, Belgorod, and Nizhny Novgorod regions": a plural region word
    /// makes every name of the list before it a region; "the regions of Kursk and
    /// Belgorod": every name of the list after it.
    private func propagateListCues(_ ms: inout [Match], _ t: TokenizedText) {
        func joined(_ a: Match, _ b: Match) -> Bool {
            guard a.end + 1 < b.first else { return false }
            for i in (a.end + 1)..<b.first where !t.cue(i).contains(.listJoiner) { return false }
            return true
        }
        func isStem(_ m: Match) -> Bool { gazetteer.keys[m.key].stems != nil }
        guard ms.count > 1 else { return }
        for n in ms.indices where ms[n].cue == .region && ms[n].plural {
            let suffixed = ms[n].end > ms[n].last
            if suffixed {
                var p = n - 1
                while p >= 0, ms[p].cue == .none, isStem(ms[p]), joined(ms[p], ms[p + 1]) {
                    ms[p].cue = .region; p -= 1
                }
            } else {
                var q = n + 1
                while q < ms.count, ms[q].cue == .none, isStem(ms[q]), joined(ms[q - 1], ms[q]) {
                    ms[q].cue = .region; q += 1
                }
            }
        }
    }

    /// Entries the phrase may name, by its cue; duplicates (same name, kind and region) and
    /// regions shadowed by their own same-named city ("Moscow") are dropped.
    func candidates(_ m: Match) -> [GazetteerEntry] {
        let data = gazetteer.keys[m.key]
        var list: [GazetteerEntry]
        switch m.cue {
        case .region:
            let named = data.names ?? []
            let stems = data.stems ?? []
            list = stems.isEmpty ? named.filter { $0.kind == .region } : stems
            if list.isEmpty { list = named }
        case .district, .settlement:
            let named = data.names ?? []
            list = named.filter { $0.kind == .place }
            if list.isEmpty { list = named }
            if m.village { list = list.filter { $0.population <= PhraseCues.villagePopulation } }
        case .none:
            return data.distinctNames
        }
        return Self.distinct(list)
    }

    /// `list` without duplicates (same name, kind and region: the more populous is kept) and
    /// without regions shadowed by their own same-named city ("Moscow").
    static func distinct(_ list: [GazetteerEntry]) -> [GazetteerEntry] {
        guard list.count > 1 else { return list }
        var out: [GazetteerEntry] = []
        for e in list {
            if let k = out.firstIndex(where: {
                $0.kind == e.kind && $0.name == e.name && $0.region == e.region && $0.country == e.country
            }) {
                if e.population > out[k].population { out[k] = e }
            } else {
                out.append(e)
            }
        }
        let placeRegions = Set(out.filter { $0.kind == .place }.compactMap(\.region))
        if out.count > 1 {
            out.removeAll { $0.kind == .region && placeRegions.contains($0.name) }
        }
        return out
    }

    private func mention(_ m: Match, _ e: GazetteerEntry, _ t: TokenizedText) -> PlaceMention {
        var entry = e
        if m.cue == .district && e.kind == .place {
            // The district around a town: same region, named after the town.
            entry = GazetteerEntry(name: e.name + " District", kind: .place, country: e.country,
                                   region: e.region, population: 0, latitude: e.latitude,
                                   longitude: e.longitude, source: "district named after \(e.name) (\(e.source))")
        }
        return PlaceMention(surface: t.surface(m.first, m.end), entry: entry,
                            start: t.scalarOffset(t.tokens[m.first].lo), end: t.scalarOffset(t.tokens[m.end].hi))
    }
}

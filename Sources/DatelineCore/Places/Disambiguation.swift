import Foundation

/// Chooses among same-named entries ("Pokrovsk": Donetsk Oblast or Sakha; "Donetsk":
/// Ukraine's city or Rostov Oblast's town). The order, from strongest to weakest:
///
/// 1. Sentence context: another name in the same text that resolves unambiguously to the
///    candidate's region (+20); the candidate's country written as a location ("in
///    Ukraine", "eastern Ukraine", "Russia's Kursk region", "the Russian town of") (+10);
///    the country merely named or its demonym used (+1: "Russian forces advanced on
///    Pokrovsk" names the actor, not the place).
/// 2. Corpus focus (`GeoFocus`): 8 × the region's share of unambiguous mentions,
///    4 × proximity to the mentioned places (exp(−km/400)), 2 × the country's share.
/// 3. Population: log10(population + 10), so 10× the people is worth one point.
/// Ties keep the gazetteer's order. A sentence cue outweighs any focus; a strong focus
/// outweighs a population ratio below about 10⁸.
enum Disambiguation {
    struct Context {
        /// Regions named unambiguously in the text, with the matches that name them (a
        /// match is no context for itself: "Donetsk" must not vote for its own reading).
        var regions: [String: Set<Int>] = [:]
        var locativeCountries: Set<String> = []
        var namedCountries: Set<String> = []

        /// The gazetteer is borrowed: taken as an owned argument, it made every resolution copy
        /// the whole matcher, ambiguous or not.
        init(_ t: TokenizedText, matches: [PlaceMatcher.Match], candidates: [[GazetteerEntry]], gazetteer: borrowing Gazetteer) {
            let tokens = t.tokens
            for (index, m) in matches.enumerated() {
                guard let e = Disambiguation.unambiguous(candidates[index]) else { continue }
                if e.kind == .country {
                    namedCountries.insert(e.country)
                    let after = m.end + 1 < tokens.count && tokens[m.end + 1].kind == .possessive
                    if t.cue(m.first - 1).contains(.locativeBefore) || after {
                        locativeCountries.insert(e.country)
                    }
                } else if let r = e.region {
                    regions[r, default: []].insert(index)
                }
            }
            for (i, token) in tokens.enumerated() where token.kind == .word && token.isCapitalised {
                guard let code = Disambiguation.demonym(i, t, gazetteer) else { continue }
                namedCountries.insert(code)
                for j in (i + 1)...(i + 3) {
                    if t.cue(j).contains(.placeNoun) {
                        locativeCountries.insert(code)
                        break
                    }
                }
            }
        }
    }

    /// The country whose demonym word `i` is: by its bytes when ASCII, else by its `String` key.
    static func demonym(_ i: Int, _ t: TokenizedText, _ gazetteer: borrowing Gazetteer) -> String? {
        let token = t.tokens[i]
        guard token.isASCII else { return gazetteer.demonyms[t.key(i)] }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: token.hi - token.lo)
        defer { buffer.deallocate() }
        let n = t.writeASCIIKey(i, to: buffer, at: 0)!
        return gazetteer.demonymBytes.value(UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }

    static func score(_ e: GazetteerEntry, match: Int, context: Context, focus: GeoFocus) -> Double {
        var s = log10(Double(max(e.population, 0)) + 10)
        if let r = e.region {
            if let sources = context.regions[r], !sources.subtracting([match]).isEmpty { s += 20 }
            s += 8 * (focus.regionWeights[r] ?? 0)
        }
        if context.locativeCountries.contains(e.country) { s += 10 }
        if context.namedCountries.contains(e.country) { s += 1 }
        s += 4 * focus.proximity(of: e)
        s += 2 * (focus.countryWeights[e.country] ?? 0)
        return s
    }

    static func best(_ candidates: [GazetteerEntry], match: Int, context: Context,
                     focus: GeoFocus) -> GazetteerEntry? {
        guard candidates.count > 1 else { return candidates.first }
        var best: GazetteerEntry?
        var bestScore = -Double.infinity
        for c in candidates {
            let s = score(c, match: match, context: context, focus: focus)
            if s > bestScore { best = c; bestScore = s }
        }
        return best
    }

    /// The single candidate, or one with at least 10× the population of every other.
    static func unambiguous(_ candidates: [GazetteerEntry]) -> GazetteerEntry? {
        guard candidates.count > 1 else { return candidates.first }
        let sorted = candidates.sorted { $0.population > $1.population }
        let top = sorted[0].population, second = sorted[1].population
        return top > 0 && top >= second * 10 ? sorted[0] : nil
    }
}

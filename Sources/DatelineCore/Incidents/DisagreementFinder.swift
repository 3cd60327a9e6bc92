/// Within one incident, figures for the same quantity whose values differ between sources
/// (74 vs 28 settlements; one to two kilometres vs one to two miles; 200,000 vs 132,000 evacuated),
/// read with their qualifiers ("more than 8%" does not contradict "8.5%").
enum DisagreementFinder {
    static func disagreements(in mentions: [Mention], outlets: [String: String]) -> [Disagreement] {
        // One mention is one article and one claimant: its figures cannot conflict (see below).
        guard mentions.count > 1 else { return [] }
        // Figures by quantity and unit, as (mention, figure) indices: claims are built only for
        // what is reported, and the few keys of an incident are found by comparing, not hashing.
        // Each carries its range, read from its qualifier once, not once per comparison.
        // Its source too, as numbers (-1: no claimant named): claims are compared by source pair
        // by pair, and comparing the strings was two fifths of finding disagreements.
        typealias Claim = (mention: Int, figure: Int, range: FigureRange, article: Int, claimant: Int)
        var keys: [String] = []
        var figures: [[Claim]] = []
        var articles = Numbering(), claimants = Numbering()
        for i in mentions.indices {
            var source: (article: Int, claimant: Int)?
            for k in mentions[i].figures.indices where mentions[i].figures[k].quantity != "count" {
                let key = mentions[i].figures[k].quantity + "\u{1F}" + mentions[i].figures[k].unit
                if source == nil { source = (articles.number(mentions[i].articleID), claimants.number(mentions[i].attribution.claimant)) }
                let claim = (i, k, FigureRange(mentions[i].figures[k]), source!.article, source!.claimant)
                if let slot = keys.firstIndex(of: key) {
                    figures[slot].append(claim)
                } else {
                    keys.append(key)
                    figures.append([claim])
                }
            }
        }
        func article(_ c: Claim) -> Int { c.article }
        func claimant(_ c: Claim) -> Int { c.claimant }
        // The two figures have the same value (`FigureRange.agrees`).
        func sameValue(_ a: Claim, _ b: Claim) -> Bool { a.range.agrees(with: b.range) }
        var result: [Disagreement] = []
        for slot in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            // Distinct values, one claim kept per (source, value).
            var kept: [Claim] = []
            for c in figures[slot] where !kept.contains(where: { article($0) == article(c) && claimant($0) == claimant(c) && sameValue($0, c) }) {
                kept.append(c)
            }
            // Two values conflict when they cannot both hold and come from different sources: other
            // articles, or two named claimants in one article ("Zelenskyy: 74; the governor: 28").
            // One source giving two numbers is usually counting two things. (Both tests are
            // symmetric: each pair is tried once, sources before values, the cheaper first.)
            let conflicting = kept.indices.contains { i in
                let a = kept[i]
                return kept[(i + 1)...].contains { b in
                    (article(a) != article(b) || (claimant(a) >= 0 && claimant(b) >= 0 && claimant(a) != claimant(b)))
                        && !sameValue(a, b)
                }
            }
            guard conflicting else { continue }
            let claims = kept.map { c in
                let mention = mentions[c.mention]
                return FigureClaim(articleID: mention.articleID, outlet: outlets[mention.articleID] ?? mention.articleID,
                                   claimant: mention.attribution.claimant, side: mention.attribution.side, figure: mention.figures[c.figure])
            }
            let parts = keys[slot].split(separator: "\u{1F}", omittingEmptySubsequences: false)
            result.append(Disagreement(quantity: String(parts[0]), unit: String(parts.count > 1 ? parts[1] : ""), claims: claims))
        }
        return result
    }

    /// Numbers for strings, equal for equal strings (as `==` decides); -1 for nil. A string like
    /// the last one asked for (mentions of one article mostly follow one another) is not looked
    /// up; the few strings of most incidents are found by comparing, not hashing.
    struct Numbering {
        private var few: [String] = []
        private var known: [String: Int] = [:]
        private var last: (string: String, number: Int)?

        mutating func number(_ string: String?) -> Int {
            guard let string else { return -1 }
            if let last, last.string == string { return last.number }
            let number: Int
            if let k = few.firstIndex(of: string) {
                number = k
            } else if few.count < 8 {
                number = few.count
                few.append(string)
            } else {
                // Mostly new: inserted outright, one hash (a string met before is put back).
                var found = few.count + known.count
                if let old = known.updateValue(found, forKey: string) { known[string] = old; found = old }
                number = found
            }
            last = (string, number)
            return number
        }
    }
}

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
        typealias Claim = (mention: Int, figure: Int, range: FigureRange)
        var keys: [String] = []
        var figures: [[Claim]] = []
        for i in mentions.indices {
            for k in mentions[i].figures.indices where mentions[i].figures[k].quantity != "count" {
                let key = mentions[i].figures[k].quantity + "\u{1F}" + mentions[i].figures[k].unit
                let claim = (i, k, FigureRange(mentions[i].figures[k]))
                if let slot = keys.firstIndex(of: key) {
                    figures[slot].append(claim)
                } else {
                    keys.append(key)
                    figures.append([claim])
                }
            }
        }
        func article(_ c: Claim) -> String { mentions[c.mention].articleID }
        func claimant(_ c: Claim) -> String? { mentions[c.mention].attribution.claimant }
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
                    (article(a) != article(b) || (claimant(a) != nil && claimant(b) != nil && claimant(a) != claimant(b)))
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
}

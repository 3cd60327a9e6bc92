/// Within one incident, figures for the same quantity whose values differ between sources
/// (74 vs 28 settlements; one to two kilometres vs one to two miles; 200,000 vs 132,000 evacuated),
/// read with their qualifiers ("more than 8%" does not contradict "8.5%").
enum DisagreementFinder {
    static func disagreements(in mentions: [Mention], outlets: [String: String]) -> [Disagreement] {
        var byQuantity: [String: [FigureClaim]] = [:]
        for mention in mentions {
            for figure in mention.figures where figure.quantity != "count" {
                let claim = FigureClaim(articleID: mention.articleID, outlet: outlets[mention.articleID] ?? mention.articleID,
                                        claimant: mention.attribution.claimant, side: mention.attribution.side, figure: figure)
                byQuantity[figure.quantity + "\u{1F}" + figure.unit, default: []].append(claim)
            }
        }
        var result: [Disagreement] = []
        for (key, claims) in byQuantity.sorted(by: { $0.key < $1.key }) {
            // Distinct values, one claim kept per (source, value).
            var kept: [FigureClaim] = []
            for claim in claims where !kept.contains(where: { $0.articleID == claim.articleID && $0.claimant == claim.claimant && MentionSimilarity.sameValue($0.figure, claim.figure) }) {
                kept.append(claim)
            }
            // Two values conflict when they cannot both hold and come from different sources: other
            // articles, or two named claimants in one article ("Zelenskyy: 74; the governor: 28").
            // One source giving two numbers is usually counting two things.
            let conflicting = kept.contains { a in
                kept.contains { b in
                    !MentionSimilarity.sameValue(a.figure, b.figure)
                        && (a.articleID != b.articleID || (a.claimant != nil && b.claimant != nil && a.claimant != b.claimant))
                }
            }
            guard conflicting else { continue }
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            result.append(Disagreement(quantity: String(parts[0]), unit: String(parts.count > 1 ? parts[1] : ""), claims: kept))
        }
        return result
    }
}

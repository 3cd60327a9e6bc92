import Testing
@testable import DatelineCore

/// `IncidentClusterer.agglomerate` keeps each group's members as a linked list; it must merge
/// exactly as the rule written with an array of members per group, scores added in the same order.
@Suite struct AverageLinkageTests {
    /// The rule: members by root as arrays, absorbed groups emptied; groups sorted at the end.
    private static func byArrays(_ ordered: [IncidentClusterer.MergeOrder], scores: PairScores, dates: [MentionDates],
                                 threshold: Double, similarity: MentionSimilarity) -> [[Int]] {
        var parent = Array(dates.indices)
        var members = dates.indices.map { [$0] }
        func find(_ x: Int) -> Int { parent[x] == x ? x : find(parent[x]) }
        for pair in ordered {
            let ra = find(pair.a), rb = find(pair.b)
            guard ra != rb else { continue }
            var total = 0.0
            var forbidden = false
            outer: for i in members[ra] {
                for j in members[rb] {
                    if let s = scores[i, j] { total += s }
                    else if !similarity.compatibleDates(dates[i], dates[j]) { forbidden = true; break outer }
                }
            }
            guard !forbidden, total / Double(members[ra].count * members[rb].count) >= threshold else { continue }
            parent[rb] = ra
            members[ra] += members[rb]
            members[rb] = []
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func linkedMembersMergeAsArraysOfMembers() {
        var rng = SplitMix64(seed: 21)
        let similarity = MentionSimilarity(documentFrequency: [:], mentionCount: 1, anchor: nil, continuationCues: [])
        var merges = 0
        for round in 0..<200 {
            let count = Int.random(in: 1...40, using: &rng)
            let base = CalendarDate(iso: "2024-08-06")!
            let dates = (0..<count).map { _ in
                MentionDates(value: Int.random(in: 0..<5, using: &rng) == 0 ? nil : .day(base.adding(days: Int.random(in: 0...4, using: &rng))),
                             reported: Bool.random(using: &rng), background: false)
            }
            var pairs: [IncidentClusterer.ScoredPair] = []
            var scores = PairScores()
            for a in 0..<count {
                for b in (a + 1)..<count where Int.random(in: 0..<3, using: &rng) == 0 {
                    // Scores of a few distinct values: ties are broken by indices in merge order.
                    let score = Double(Int.random(in: -4...12, using: &rng)) / 4
                    pairs.append(.init(a: a, b: b, score: score))
                    scores.set(a, b, score)
                }
            }
            var ordered = pairs.filter { $0.score >= 0.5 }.map(IncidentClusterer.MergeOrder.init)
            IncidentClusterer.MergeOrder.sort(&ordered)
            let linked = IncidentClusterer.agglomerate(ordered, scores: scores, dates: dates, threshold: 1, similarity: similarity)
            let arrays = Self.byArrays(ordered, scores: scores, dates: dates, threshold: 1, similarity: similarity)
            #expect(linked == arrays, "round \(round)")
            merges += count - linked.count
        }
        // The rounds merged groups of several members, not only pairs.
        #expect(merges > 500)
    }
}

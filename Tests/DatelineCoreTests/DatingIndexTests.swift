import Testing
@testable import DatelineCore

/// Choosing an incident's date counts votes in sorted runs and lets a lone mention date itself:
/// it must choose as the rule first written, with votes counted in a dictionary, does.
@Suite struct DatingIndexTests {
    typealias F = MentionFixtures

    /// The rule as first written: rank, then (among the best ranked) most votes, earliest start, first.
    static func datingIndex(_ mentions: [Mention]) -> Int {
        func rank(_ time: TimeExpression) -> Int {
            guard let value = time.value else { return 9 }
            let precision = switch value.granularity { case .day: 0; case .week: 1; case .interval, .month: 2; case .year: 3 }
            return (time.basis == .reported ? 4 : 0) + precision
        }
        var votes: [TimeValue: Int] = [:]
        for m in mentions { if let v = m.time.value { votes[v, default: 0] += 1 } }
        let best = mentions.map { rank($0.time) }.min()!
        var chosen: Int?
        for j in mentions.indices where rank(mentions[j].time) == best {
            guard let c = chosen else { chosen = j; continue }
            let a = mentions[j].time.value, b = mentions[c].time.value
            let va = a.map { votes[$0]! } ?? 0, vb = b.map { votes[$0]! } ?? 0
            if va != vb { if va > vb { chosen = j }; continue }
            if let sa = a?.start, let sb = b?.start, sa != sb, sa < sb { chosen = j }
        }
        return chosen!
    }

    static func randomGroup(_ rng: inout SplitMix64) -> [Mention] {
        let days = ["2024-08-12", "2024-08-13", "2024-08-14"].map(F.day)
        let granularities: [Granularity] = [.day, .week, .month, .year, .interval]
        let bases: [DateBasis] = [.explicit, .resolved, .reported]
        return (0..<(1 + rng.int(12))).map { k in
            var m = F.mention(["a", "b"][rng.int(2)], "m\(k)", start: k)
            if rng.int(6) == 0 {
                m.time.value = nil
            } else {
                let start = days[rng.int(days.count)]
                let end = rng.int(3) == 0 ? days[2] : start
                m.time.value = TimeValue(start: start, end: end, granularity: granularities[rng.int(3) == 0 ? rng.int(5) : 0])
            }
            m.time.basis = bases[rng.int(3)]
            return m
        }
    }

    @Test func votesCountMentionsOfEachValue() {
        var rng = SplitMix64(seed: 29)
        for _ in 0..<2_000 {
            let group = Self.randomGroup(&rng)
            let expected = group.map { m in m.time.value.map { v in group.filter { $0.time.value == v }.count } ?? 0 }
            #expect(IncidentBuilder.votes(group) == expected)
        }
    }

    @Test func datesAreChosenAsByTheRule() {
        let builder = IncidentBuilder(anchor: nil, outlets: [:])
        var rng = SplitMix64(seed: 31)
        for _ in 0..<5_000 {
            let group = Self.randomGroup(&rng)
            #expect(builder.datingIndex(group) == Self.datingIndex(group))
        }
    }
}

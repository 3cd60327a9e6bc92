import Testing
@testable import DatelineCore

/// Timeline ordering's cheaper steps must give what the plain ones give.
@Suite struct TimelineFastPathTests {
    typealias F = MentionFixtures

    @Test func sourceCountsAgreeWithTheSetOfArticles() {
        let articles = ["a", "b", "c", "é", "e\u{301}", "a "]
        var rng = SplitMix64(seed: 17)
        for _ in 0..<3_000 {
            let mentions = (0..<rng.int(12)).map { _ in F.mention(articles[rng.int(articles.count)], "x") }
            #expect(Incident.sourceCount(mentions) == Set(mentions.map(\.articleID)).count)
        }
    }

    @Test func permutingInPlaceEqualsMappingTheOrder() {
        var rng = SplitMix64(seed: 19)
        for _ in 0..<1_000 {
            let items = (0..<rng.int(30)).map { "item\($0)" }
            let order = items.indices.shuffled(using: &rng)
            var permuted = items
            Timeline.permute(&permuted, by: order)
            #expect(permuted == order.map { items[$0] })
        }
    }
}

/// The timeline's packed sort key orders as the rule does, field by field.
@Suite struct TimelineKeyTests {
    @Test func packedKeysOrderAsTheRule() {
        var rng = SplitMix64(seed: 23)
        let days = [CalendarDate(year: 1, month: 1, day: 1)!, CalendarDate(year: 9999, month: 12, day: 31)!,
                    CalendarDate(year: 1969, month: 12, day: 31)!, CalendarDate(year: 1970, month: 1, day: 1)!,
                    CalendarDate(year: 2024, month: 8, day: 6)!, CalendarDate(year: 2024, month: 8, day: 7)!]
        let granularities: [Granularity] = [.day, .week, .month, .interval, .year]
        func key() -> Timeline.Key {
            Timeline.Key(background: rng.chance(0.5), undated: rng.chance(0.5), start: days[rng.int(days.count)],
                         granularity: granularities[rng.int(granularities.count)], reported: rng.chance(0.5),
                         sources: [0, 1, 2, 3, 1_000_000][rng.int(5)], id: ["ev-1", "ev-2", "é", "e\u{301}"][rng.int(4)])
        }
        for _ in 0..<20_000 {
            let a = key(), b = key()
            let packedBefore = a.packed != b.packed ? a.packed < b.packed : a.id < b.id
            #expect(packedBefore == Timeline.Key.before(a, b))
        }
    }
}

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

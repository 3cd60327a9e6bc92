import Testing
@testable import DatelineCore

/// The incident builder's cheaper ways to the same values must give what the rules as first
/// written give.
@Suite struct IncidentBuilderFastPathTests {
    typealias F = MentionFixtures

    /// The id as first written: the hash of the interpolated string, hex-formatted and padded.
    static func stableID(_ first: Mention) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(first.articleID)#\(first.span.start)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash & 0xFFFF_FFFF, radix: 16)
        return "ev-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    @Test func stableIDsAgreeWithTheInterpolatedString() {
        let articles = ["", "a", "kyiv-independent-2024-08-14-001", "élan", "a#b", "x y", "🇺🇦", String(repeating: "long", count: 20)]
        var rng = SplitMix64(seed: 3)
        for _ in 0..<5_000 {
            let start = [0, 1, 9, 10, -1, -123, Int.max, Int.min, rng.int(1_000_000), rng.int(100) - 50][rng.int(10)]
            let m = F.mention(articles[rng.int(articles.count)] + String(rng.int(50)), "text", start: 0)
            var moved = m
            moved.span.start = start
            #expect(IncidentBuilder.stableID(moved) == Self.stableID(moved))
        }
    }

    @Test func theQuoteTestAgreesWithHasPrefix() {
        let texts = ["", "\"", "\"quoted\" he said", "\u{201C}quoted\u{201D}", "\u{201D}closing", "\u{2019}s", "e\u{301}", "\"\u{301}x",
                     "\u{201C}\u{301}x", "plain", "\u{2014} dash", "'single'", "\r\n\"", "\u{201C}"]
        for text in texts {
            #expect(IncidentBuilder.opensWithQuote(text) == (text.hasPrefix("\u{201C}") || text.hasPrefix("\"")), "\(text.debugDescription)")
        }
    }

    /// The majority as first written, counted in a dictionary.
    static func majorityType(_ mentions: [Mention]) -> String {
        var counts: [String: Int] = [:]
        for m in mentions where m.type != "other" { counts[m.type, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "other"
    }

    @Test func majorityTypesAgreeWithTheDictionaryCount() {
        let types = ["other", "strike", "advance", "evacuation", "Strike", "strike ", "é", "e\u{301}"]
        var rng = SplitMix64(seed: 9)
        for _ in 0..<2_000 {
            let group = (0..<rng.int(9)).map { _ in F.mention("a", "x", type: types[rng.int(types.count)]) }
            #expect(IncidentBuilder.majorityType(group) == Self.majorityType(group))
        }
    }

    /// Sorting indices into all mentions orders the incident's mentions as sorting copies of them
    /// did, same positions (mentions of one article and start) included; and shared terms counted
    /// by clustering's ids pick the headline that counting the group's own strings does.
    @Test func incidentsFromIndicesAreThoseFromCopies() {
        let builder = IncidentBuilder(anchor: F.day("2024-08-06"), outlets: ["a": "Alpha", "b": "Beta"])
        var rng = SplitMix64(seed: 13)
        let words = ["drone", "depot", "fire", "kursk", "border"]
        let all = (0..<40).map { k in
            let terms = (0..<(1 + rng.int(4))).map { _ in words[rng.int(words.count)] }
            return F.mention(["a", "b", "c"][rng.int(3)], "\(k) " + terms.joined(separator: " "), date: ["2024-08-12", "2024-08-14"][rng.int(2)],
                             type: ["strike", "other"][rng.int(2)], terms: terms, start: rng.int(4))
        }
        // Terms counted by the ids clustering interned, as the pipeline does.
        let similarity = MentionSimilarity(mentions: all, anchor: F.day("2024-08-06"), continuationCues: F.continuationCues)
        var terms = IncidentClusterer().clustering(all, similarity: similarity).terms
        for _ in 0..<300 {
            let group = (0..<(1 + rng.int(6))).map { _ in rng.int(all.count) }
            let copied = group.map { all[$0] }
            let incident = builder.incident(from: group, of: all, terms: &terms)
            #expect(incident.mentions == copied.sorted { ($0.articleID, $0.span.start) < ($1.articleID, $1.span.start) })
            #expect(incident == builder.incident(from: copied))
        }
    }
}

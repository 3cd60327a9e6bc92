import Testing
@testable import DatelineCore

/// Clustering's fast paths give what their general rules give: the ASCII byte paths of the
/// continuation tests, and posting keys as interned ids.
@Suite struct ClusteringFastPathTests {
    typealias F = MentionFixtures

    /// Pieces that meet every branch: cues and their case variants, letters, non-letters, CR/LF,
    /// non-ASCII letters, a combining mark, a non-ASCII cue look-alike (Kelvin sign).
    private static let pieces = ["additionally", "Additionally", "IN ADDITION", "in addition", "also", "Also", "he added",
                                 "she also", "the ministry added", "he", "She", "they", "IT", "it", "its", "hes",
                                 " ", "  ", ",", ".", "-", "'", "’", "1", "x", "Z", "s", "ly", "\r\n", "\r", "\n", "é", "É",
                                 "\u{301}", "\u{212A}", "Ж", "said", "the governor", "", "abcdefghijklmnopqrstuvwx"]

    private static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    @Test func continuationOpeningsOfTheBytePathFollowTheCharacterRule() throws {
        let cues = ContinuationCues(try MentionSimilarity.bundledContinuationCues())
        var texts = Self.randomTexts(count: 20_000, seed: 8)
        // Cues ending exactly at, just before and past the 24th character, then a letter or not.
        for cue in cues.cues {
            for pad in 0...26 {
                let head = String(repeating: " ", count: max(0, pad - cue.count)) + cue
                texts += [head, head + "s", head + ",", head + "é", head + "\u{301}", head + "\r\n", head.uppercased() + "x"]
            }
        }
        for text in texts {
            #expect(cues.opens(text) == cues.opensByCharacters(text), "\(text.debugDescription)")
        }
        #expect(cues.opens("Additionally, 100 soldiers"))
        #expect(!cues.opens("Alsomething else"))
        #expect(cues.opens("also"))
    }

    @Test func nonASCIICuesAreLeftToTheCharacterRule() {
        // "K" (Kelvin sign) is canonically "K": bytes would miss what the rule finds.
        let cues = ContinuationCues(["\u{212A}yiv said", "also"])
        for text in ["kyiv said so", "Kyiv said", "also, he", "Kyiv saidx"] {
            #expect(cues.opens(text) == cues.opensByCharacters(text), "\(text)")
        }
    }

    @Test func pronounLedCuesOfTheBytePathFollowTheCharacterRule() {
        var cues = Self.randomTexts(count: 20_000, seed: 9)
        cues += ["he said", " He said", "  she", "they", "It's", "its", "i t", "", " ", "he\r\nsaid", "he\rsaid", "he\u{301} said",
                 "HE", "\u{212A}", "she’s", "said he"]
        for cue in cues {
            #expect(ContinuationCues.isPronounLed(cue) == ContinuationCues.isPronounLedByCharacters(cue), "\(cue.debugDescription)")
        }
        #expect(ContinuationCues.isPronounLed(" He said"))
        #expect(!ContinuationCues.isPronounLed("said he"))
    }

    @Test func postingKeyIDsAreThePostingKeys() {
        var rng = SplitMix64(seed: 10)
        let words = ["troop", "advanc", "kyiv", "#settlements", "café", "cafe\u{301}", "sudzha", "x"]
        let quantities = ["count", "settlements", "casualties", "percent", "killed"]
        var mentions: [Mention] = []
        for i in 0..<500 {
            let terms = (0..<Int.random(in: 0...6, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            let figures = (0..<Int.random(in: 0...3, using: &rng)).map { _ in F.figure(quantities.randomElement(using: &rng)!, 1) }
            mentions.append(F.mention("a\(i % 7)", "text", figures: figures, terms: terms))
        }
        let similarity = MentionSimilarity(mentions: mentions, anchor: nil, continuationCues: F.continuationCues)
        var profiler = MentionProfiler()
        for m in mentions {
            let profile = profiler.profile(m, for: similarity)
            let ids = profiler.postingKeyIDs(of: profile)
            #expect(ids.map { profiler.strings[Int($0)] }.sorted() == IncidentClusterer.postingKeys(m).sorted())
        }
    }
}

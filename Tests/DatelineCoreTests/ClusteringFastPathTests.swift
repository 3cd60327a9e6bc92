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
            var ids: [Int32] = [7]
            profiler.appendPostingKeyIDs(of: profile, to: &ids)
            ids.removeFirst()
            #expect(ids.map { profiler.strings[Int($0)] }.sorted() == IncidentClusterer.postingKeys(m).sorted())
        }
    }

    /// The rule `compatibleDates` follows, on `CalendarDate`s (it runs on day numbers).
    private static func compatibleByCalendar(_ sim: MentionSimilarity, _ a: Mention, _ b: Mention) -> Bool {
        guard let va = a.time.value, let vb = b.time.value else { return true }
        if sim.isBackground(a) != sim.isBackground(b) { return false }
        func within(_ value: TimeValue, _ report: CalendarDate) -> Bool {
            value.start <= report && value.end >= report.adding(days: -sim.reportedLookback)
        }
        switch (a.time.basis == .reported, b.time.basis == .reported) {
        case (false, false):
            if va.granularity == .day && vb.granularity == .day { return abs(va.start.days(until: vb.start)) <= 1 }
            return va.start <= vb.end.adding(days: 1) && vb.start <= va.end.adding(days: 1)
        case (true, true): return abs(va.start.days(until: vb.start)) <= sim.reportedSpread
        case (true, false): return within(vb, va.start)
        case (false, true): return within(va, vb.start)
        }
    }

    @Test func datesCompareOnDayNumbersAsOnCalendarDates() {
        var rng = SplitMix64(seed: 11)
        func randomValue() -> TimeValue? {
            let day = F.day("2023-12-20").adding(days: Int.random(in: 0...80, using: &rng))
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return nil
            case 1: return .week(containing: day)
            case 2: return .month(year: day.year, month: day.month)
            case 3: return TimeValue(start: day, end: day.adding(days: Int.random(in: 0...20, using: &rng)), granularity: .interval)
            default: return .day(day)
            }
        }
        var mentions: [Mention] = []
        for i in 0..<300 {
            var m = F.mention("a\(i % 5)", "text", sentence: i)
            m.time = TimeExpression(value: randomValue(), basis: DateBasis.allCases.randomElement(using: &rng)!, phrase: "", start: 0, end: 0)
            mentions.append(m)
        }
        let sim = MentionSimilarity(mentions: mentions, anchor: F.day("2024-01-01"), continuationCues: F.continuationCues)
        var profiler = MentionProfiler()
        let profiles = mentions.map { profiler.profile($0, for: sim) }
        for i in mentions.indices {
            for j in mentions.indices {
                #expect(sim.compatibleDates(profiles[i].dates, profiles[j].dates) == Self.compatibleByCalendar(sim, mentions[i], mentions[j]))
                let (va, vb) = (mentions[i].time.value, mentions[j].time.value)
                let sameDay = va != nil && va?.granularity == .day && va == vb
                let (a, b) = (profiles[i].dates, profiles[j].dates)
                #expect((a.dated && b.dated && a.isDay && b.isDay && a.firstDay == b.firstDay && a.lastDay == b.lastDay) == sameDay)
            }
        }
    }

    /// The rule `sharedTermWeight` follows: each of `a`'s terms in order, added if `b` has it.
    private static func sharedTermWeightInOrder(_ a: MentionProfile, _ b: MentionProfile) -> Double {
        var ids = Array(repeating: Int32(0), count: a.termWeights.count)
        for term in a.sortedTerms { ids[MentionProfile.termPosition(term)] = MentionProfile.termID(term) }
        let other = Set(b.sortedTerms.map(MentionProfile.termID))
        var shared = 0.0
        for (id, w) in zip(ids, a.termWeights) where other.contains(id) { shared += w }
        return shared
    }

    @Test func sharedTermWeightsOfTheSortedWalkFollowTheRule() {
        var rng = SplitMix64(seed: 12)
        let words = (0..<40).map { "w\($0)" }
        var mentions: [Mention] = []
        for i in 0..<300 {
            // Mostly short lists with repeats, some past the 64 positions of one word of bits.
            let count = i % 10 == 0 ? Int.random(in: 60...80, using: &rng) : Int.random(in: 0...12, using: &rng)
            mentions.append(F.mention("a", "text", terms: (0..<count).map { _ in words.randomElement(using: &rng)! }))
        }
        let sim = MentionSimilarity(mentions: mentions, anchor: nil, continuationCues: F.continuationCues)
        var profiler = MentionProfiler()
        let profiles = mentions.map { profiler.profile($0, for: sim) }
        for a in profiles {
            for b in profiles {
                // Bit-identical sums: the same weights added in the same order.
                #expect(sim.sharedTermWeight(a, b).bitPattern == Self.sharedTermWeightInOrder(a, b).bitPattern)
            }
        }
    }

    @Test func sharedTermWeightsOfThePositionMasksAreTheSortedWalks() {
        var rng = SplitMix64(seed: 14)
        // "#settlements" is a term here and a figure's posting key too: masks read terms only.
        let words = (0..<40).map { "w\($0)" } + ["#settlements", "café", "cafe\u{301}"]
        var mentions: [Mention] = []
        for i in 0..<300 {
            // Mostly short lists with repeats; some of exactly 64 terms (the last that fit) and past.
            let count = i % 10 == 0 ? Int.random(in: 60...80, using: &rng) : i % 10 == 1 ? 64 : Int.random(in: 0...12, using: &rng)
            let figures = i % 3 == 0 ? [F.figure("settlements", 3)] : []
            mentions.append(F.mention("a", "text", figures: figures, terms: (0..<count).map { _ in words.randomElement(using: &rng)! }))
        }
        let sim = MentionSimilarity(mentions: mentions, anchor: nil, continuationCues: F.continuationCues)
        var profiler = MentionProfiler()
        let profiles = mentions.map { profiler.profile($0, for: sim) }
        var postingKeys = IncidentClusterer.PostingKeys()
        for profile in profiles { postingKeys.append { profiler.appendPostingKeyIDs(of: profile, to: &$0) } }
        var masks = TermPositionMasks(termIDs: profiler.strings.count)
        for (i, a) in profiles.enumerated() {
            // Loaded afresh for each, after a mention of any length (what the last one set is cleared).
            #expect(masks.load(a) == (a.termWeights.count <= 64))
            guard a.termWeights.count <= 64 else { continue }
            for (j, b) in profiles.enumerated() {
                let shared = postingKeys.ids.withUnsafeBufferPointer {
                    masks.sharedTermWeight(a, distinctTermsOf: UnsafeBufferPointer(rebasing: $0[postingKeys.terms(of: j)]))
                }
                #expect(shared.bitPattern == sim.sharedTermWeight(a, b).bitPattern, "\(i) \(j)")
            }
        }
    }

    /// Profiles read from terms interned once for the whole corpus score as profiles that
    /// intern their own terms: same terms, weights, and scores to the bit.
    @Test func profilesOfPreInternedTermsAreThoseOfInterningOnes() {
        var rng = SplitMix64(seed: 15)
        let words = ["troop", "advanc", "kyiv", "#settlements", "café", "cafe\u{301}", "sudzha", "x", "a-very-long-key-term-indeed"]
        var mentions: [Mention] = []
        for i in 0..<300 {
            let terms = (0..<Int.random(in: 0...8, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            let figures = i % 4 == 0 ? [F.figure("settlements", Double(i % 3))] : []
            mentions.append(F.mention("a\(i % 9)", "text", sentence: i % 5, regions: i % 3 == 0 ? ["Kursk"] : [], figures: figures, terms: terms))
        }
        let terms = InternedTerms(mentions)
        let sim = MentionSimilarity(terms: terms, anchor: nil, continuationCues: F.continuationCues)
        #expect(sim.idf == MentionSimilarity(mentions: mentions, anchor: nil, continuationCues: F.continuationCues).idf)
        var own = MentionProfiler(), shared = MentionProfiler(terms: terms)
        let owned = mentions.map { own.profile($0, for: sim) }
        let read = mentions.indices.map { shared.profile(mentions[$0], termIDs: terms[$0], for: sim) }
        for i in mentions.indices {
            #expect(owned[i].termWeights.map(\.bitPattern) == read[i].termWeights.map(\.bitPattern))
            #expect(owned[i].sortedTerms.map { own.strings[Int(MentionProfile.termID($0))] }.sorted()
                    == read[i].sortedTerms.map { shared.strings[Int(MentionProfile.termID($0))] }.sorted())
            for j in mentions.indices where j % 7 == i % 7 {
                #expect(sim.score(owned[i], owned[j])?.bitPattern == sim.score(read[i], read[j])?.bitPattern, "\(i) \(j)")
            }
        }
    }

    @Test func internedIDsAreEqualExactlyForEqualStrings() {
        var rng = SplitMix64(seed: 13)
        let pieces = ["a", "b", "Z", "\0", "é", "e\u{301}", "\u{212A}", "K", "ж", "😀", " ", "ab", "abcdefg"]
        // Every length around the packed forms' edges (0, 1–3, 4–7, 8, 9–15, 16+), many
        // strings (the byte cache grows), equivalent spellings (NFC/NFD, Kelvin sign).
        var strings = (0..<5_000).map { _ in
            (0..<Int.random(in: 0...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
        strings += (0...20).map { String(repeating: "x", count: $0) } + (0...20).map { String(repeating: "x", count: $0) + "\0" }
        var interner = StringInterner()
        var reference: [String: Int32] = [:]
        for s in strings + strings.reversed() {
            let id = interner.id(s)
            if let known = reference[s] { #expect(id == known, "\(s.debugDescription)") } else { reference[s] = id }
            #expect(interner.strings[Int(id)] == s)
        }
        #expect(interner.count == reference.count)
        #expect(interner.id("cafe\u{301}") == interner.id("café"))
    }
}

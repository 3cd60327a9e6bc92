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
        var profiles = MentionProfiles()
        for m in mentions {
            profiler.append(m, for: similarity, to: &profiles)
            var ids: [Int32] = [7]
            profiles.withProfiles { profiler.appendPostingKeyIDs(of: $0[$0.count - 1], to: &ids) }
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
        let dates = profiler.profiles(mentions, for: sim).dates
        for i in mentions.indices {
            for j in mentions.indices {
                #expect(sim.compatibleDates(dates[i], dates[j]) == Self.compatibleByCalendar(sim, mentions[i], mentions[j]))
                let (va, vb) = (mentions[i].time.value, mentions[j].time.value)
                let sameDay = va != nil && va?.granularity == .day && va == vb
                let (a, b) = (dates[i], dates[j])
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
        profiler.profiles(mentions, for: sim).withProfiles { profiles in
            for i in 0..<profiles.count {
                for j in 0..<profiles.count {
                    let (a, b) = (profiles[i], profiles[j])
                    // Bit-identical sums: the same weights added in the same order.
                    #expect(sim.sharedTermWeight(a, b).bitPattern == Self.sharedTermWeightInOrder(a, b).bitPattern)
                }
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
        let table = profiler.profiles(mentions, for: sim)
        var postingKeys = IncidentClusterer.PostingKeys()
        table.withProfiles { profiles in
            for i in 0..<profiles.count { postingKeys.append { profiler.appendPostingKeyIDs(of: profiles[i], to: &$0) } }
        }
        var masks = TermPositionMasks(termIDs: profiler.strings.count)
        table.withProfiles { profiles in
            for i in 0..<profiles.count {
                let a = profiles[i]
                // Loaded afresh for each, after a mention of any length (what the last one set is cleared).
                #expect(masks.load(a) == (a.termWeights.count <= 64))
                guard a.termWeights.count <= 64 else { continue }
                for j in 0..<profiles.count {
                    let shared = postingKeys.ids.withUnsafeBufferPointer {
                        masks.sharedTermWeight(a, distinctTermsOf: UnsafeBufferPointer(rebasing: $0[postingKeys.terms(of: j)]))
                    }
                    #expect(shared.bitPattern == sim.sharedTermWeight(a, profiles[j]).bitPattern, "\(i) \(j)")
                }
            }
        }
    }

    /// A row of a corpus's table reads as the same mention profiled alone: its lists hold its own
    /// terms, figures and regions, whatever the mentions profiled before and after it.
    @Test func profilesInOneTableAreTheMentionsProfiledAlone() {
        var rng = SplitMix64(seed: 16)
        let words = ["troop", "advanc", "kyiv", "sudzha", "x", "a-very-long-key-term-indeed"]
        let quantities = ["count", "settlements", "percent"]
        var mentions: [Mention] = []
        for i in 0..<300 {
            let terms = (0..<Int.random(in: 0...8, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            let figures = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                F.figure(quantities.randomElement(using: &rng)!, Double(Int.random(in: 1...9, using: &rng)))
            }
            let regions = Array(["Kursk", "Belgorod", "Sumy"].shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng)))
            var m = F.mention("a\(i % 9)", i % 4 == 0 ? "He added that it went on." : "text", sentence: i % 5,
                              date: i % 6 == 0 ? "2023-05-01" : "2024-08-1\(i % 10)", basis: i % 3 == 0 ? .reported : .resolved,
                              regions: regions, claimant: i % 2 == 0 ? "Governor \(i % 3)" : nil, side: Side.allCases[i % 4],
                              figures: figures, type: ["other", "strike", "advance"][i % 3], terms: terms)
            if i % 7 == 0 { m.time = TimeExpression(value: nil, basis: .reported, phrase: "", start: 0, end: 0) }
            mentions.append(m)
        }
        let sim = MentionSimilarity(mentions: mentions, anchor: F.day("2024-08-06"), continuationCues: F.continuationCues)
        var profiler = MentionProfiler()
        let table = profiler.profiles(mentions, for: sim)
        table.withProfiles { rows in
            #expect(rows.count == mentions.count)
            for i in mentions.indices {
                // The same profiler: every string has its id already, so ids compare.
                var alone = MentionProfiles()
                profiler.append(mentions[i], for: sim, to: &alone)
                alone.withProfiles { one in
                    let (a, b) = (rows[i], one[0])
                    #expect(Array(a.sortedTerms) == Array(b.sortedTerms))
                    #expect(a.termWeights.map(\.bitPattern) == b.termWeights.map(\.bitPattern))
                    #expect(a.termWeight.bitPattern == b.termWeight.bitPattern && a.termCount == mentions[i].keyTerms.count)
                    #expect(a.figures.map { [$0.quantity, $0.unit] } == b.figures.map { [$0.quantity, $0.unit] })
                    #expect(a.figures.count == mentions[i].figures.count)
                    #expect(Array(a.regionIDs) == Array(b.regionIDs) && a.regionIDs.count == mentions[i].regions.count)
                    #expect(a.claimant == b.claimant && (a.claimant < 0) == (mentions[i].attribution.claimant == nil))
                    #expect(a.side == b.side && a.type == b.type && a.isOtherType == b.isOtherType && a.article == b.article)
                    #expect(a.sentenceIndex == b.sentenceIndex && a.continues == b.continues)
                    #expect(a.dates.firstDay == b.dates.firstDay && a.dates.lastDay == b.dates.lastDay && a.dates.dated == b.dates.dated
                            && a.dates.reported == b.dates.reported && a.dates.background == b.dates.background)
                    #expect(sim.evidence(a, rows[(i + 1) % rows.count]).bitPattern == sim.evidence(b, rows[(i + 1) % rows.count]).bitPattern)
                }
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
        let ownedTable = own.profiles(mentions, for: sim)
        let readTable = shared.profiles(mentions, terms: terms, for: sim)
        ownedTable.withProfiles { owned in
            readTable.withProfiles { read in
                for i in mentions.indices {
                    #expect(owned[i].termWeights.map(\.bitPattern) == read[i].termWeights.map(\.bitPattern))
                    #expect(owned[i].sortedTerms.map { own.strings[Int(MentionProfile.termID($0))] }.sorted()
                            == read[i].sortedTerms.map { shared.strings[Int(MentionProfile.termID($0))] }.sorted())
                    for j in mentions.indices where j % 7 == i % 7 {
                        #expect(sim.score(owned[i], owned[j])?.bitPattern == sim.score(read[i], read[j])?.bitPattern, "\(i) \(j)")
                    }
                }
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

import Foundation

/// How alike two mentions are as reports of one incident, and whether they can be one at all.
///
/// Evidence adds up: shared rare words (IDF-weighted), the same figure, the same region, the
/// same claimant, the same type, the same resolved day. Contrary evidence subtracts: different
/// regions, claimants of opposite sides, different types, and two passages of one article
/// (an article rarely reports one incident twice, unless the sentences are adjacent).
/// Dates that cannot be the same incident forbid the pair outright.
struct MentionSimilarity: Sendable {
    struct Weights: Sendable {
        var terms = 2.4
        var sameFigure = 1.4
        var sameQuantity = 0.35
        var sharedRegion = 0.35
        var disjointRegions = -0.8
        var sameClaimant = 0.35
        var opposedSides = -0.7
        var sameType = 0.35
        var differentType = -0.25
        var sameResolvedDay = 0.35
        var sameArticle = -0.55
        var sameSentence = -0.9
        var adjacentInArticle = 0.45
        var continuation = 0.9
        var counterClaim = 0.9
        /// "another 59,000" against "200,000": a new count on top of the earlier one, not a
        /// disagreement about it.
        var increment = -0.5
    }

    var weights = Weights()
    /// Inverse document frequency of each key term over the corpus's mentions.
    private(set) var idf: [String: Double]
    /// How `idf` turns a count into a weight (the corpus size, possibly bucketed).
    private let idfCorpus: Double
    private let quantizesCounts: Bool
    let anchor: CalendarDate?
    /// Days before a report date in which an undated event may have happened.
    let reportedLookback = 7
    /// Most days between two report dates that may still describe one undated incident.
    let reportedSpread = 3

    /// Openings that continue the previous passage ("Additionally, …", "He added …").
    let continuationCues: ContinuationCues

    init(mentions: [Mention], anchor: CalendarDate?, continuationCues: [String],
         quantizeAbove: Int = CorpusStatistics.defaultQuantizeAbove) {
        self.init(terms: InternedTerms(mentions), anchor: anchor, continuationCues: continuationCues, quantizeAbove: quantizeAbove)
    }

    /// The same from the mentions' terms interned already (clustering's profiler reads them too).
    init(terms: InternedTerms, anchor: CalendarDate?, continuationCues: [String],
         quantizeAbove: Int = CorpusStatistics.defaultQuantizeAbove) {
        // Each term's count and the last mention that counted it, by interned id: a repeat
        // within a mention is then seen without building a set per mention.
        var counts = Array(repeating: 0, count: terms.interner.count), last = Array(repeating: -1, count: terms.interner.count)
        for i in 0..<terms.count {
            for id in terms[i] where last[Int(id)] != i {
                counts[Int(id)] += 1
                last[Int(id)] = i
            }
        }
        let df = Dictionary(uniqueKeysWithValues: zip(terms.interner.strings, counts))
        self.init(documentFrequency: df, mentionCount: terms.count, anchor: anchor,
                  continuationCues: continuationCues,
                  quantizeAbove: quantizeAbove)
    }

    /// From corpus-wide counts (the persistent index re-clusters part of a corpus with the
    /// whole corpus's statistics). Only the terms of the mentions to be scored are needed.
    init(documentFrequency df: [String: Int], mentionCount: Int, anchor: CalendarDate?,
         continuationCues: [String],
         quantizeAbove: Int = CorpusStatistics.defaultQuantizeAbove) {
        self.continuationCues = ContinuationCues(continuationCues)
        let quantize = mentionCount >= quantizeAbove
        let n = quantize ? CorpusStatistics.bucket(mentionCount) : Double(max(mentionCount, 1))
        quantizesCounts = quantize
        idfCorpus = n
        idf = df.mapValues { Self.weight(count: $0, corpus: n, quantize: quantize) }
        self.anchor = anchor
    }

    private static func weight(count: Int, corpus n: Double, quantize: Bool) -> Double {
        log((n + 1) / (quantize ? CorpusStatistics.bucket(count) : Double(count))) + 0.1
    }

    /// Adds the weights of terms not seen yet: the same as building anew with the merged counts
    /// (each weight depends only on its own count and the corpus size), without redoing the others.
    mutating func learn(documentFrequency df: [String: Int]) {
        for (term, count) in df where idf[term] == nil {
            idf[term] = Self.weight(count: count, corpus: idfCorpus, quantize: quantizesCounts)
        }
    }

    func isBackground(_ m: Mention) -> Bool { isBackground(m.time.value) }

    /// Whether a mention of this date is background: it ended before the anchor.
    func isBackground(_ value: TimeValue?) -> Bool {
        guard let anchor, let value else { return false }
        return value.end < anchor
    }

    /// Nil when the two cannot describe the same incident.
    func score(_ a: Mention, _ b: Mention) -> Double? {
        var profiler = MentionProfiler()
        return profiler.profiles([a, b], for: self).withProfiles { score($0[0], $0[1]) }
    }

    /// `score` of two mentions' profiles (from one profiler): what clustering calls per pair.
    func score(_ a: MentionProfile, _ b: MentionProfile) -> Double? {
        guard compatibleDates(a.dates, b.dates) else { return nil }
        return evidence(a, b)
    }

    /// `score` of two profiles whose dates are compatible (clustering tests the dates apart).
    func evidence(_ a: MentionProfile, _ b: MentionProfile) -> Double {
        evidence(a, b, sharedTermWeight: sharedTermWeight(a, b))
    }

    /// `evidence` given `sharedTermWeight(a, b)`, which clustering finds its own way
    /// (`TermPositionMasks`).
    func evidence(_ a: MentionProfile, _ b: MentionProfile, sharedTermWeight shared: Double) -> Double {
        var s = weights.terms * termOverlap(a, b, sharedTermWeight: shared)
        s += figureScore(a.figures, b.figures)
        if !a.regionIDs.isEmpty && !b.regionIDs.isEmpty {
            s += a.sharesRegion(with: b) ? weights.sharedRegion : weights.disjointRegions
        }
        if a.claimant >= 0, a.claimant == b.claimant { s += weights.sameClaimant }
        if (a.side == .ukrainian && b.side == .russian) || (a.side == .russian && b.side == .ukrainian) { s += weights.opposedSides }
        if !a.isOtherType && !b.isOtherType {
            s += a.type == b.type ? weights.sameType : weights.differentType
        }
        let da = a.dates, db = b.dates
        if !da.reported, !db.reported, da.dated, db.dated, da.isDay, db.isDay, da.firstDay == db.firstDay, da.lastDay == db.lastDay {
            s += weights.sameResolvedDay
        }
        if a.article == b.article {
            if a.sentenceIndex == b.sentenceIndex {
                // "While Zelenskyy said 74 settlements…, the governor reported 28": clauses of one
                // sentence counting the same thing are counter-claims about one incident.
                s += sharesQuantity(a.figures, b.figures) ? weights.counterClaim : weights.sameSentence
            }
            else {
                s += weights.sameArticle
                if abs(a.sentenceIndex - b.sentenceIndex) == 1 {
                    s += weights.adjacentInArticle
                    let later = a.sentenceIndex > b.sentenceIndex ? a : b
                    let earlier = a.sentenceIndex > b.sentenceIndex ? b : a
                    let sameSpeaker = later.claimant < 0 || later.claimant == earlier.claimant
                    if sameSpeaker && later.continues { s += weights.continuation }
                }
            }
        }
        return s
    }

    /// Opens with a continuation cue, or is attributed by a pronoun ("…,” he said): either way
    /// it goes on with the passage before it.
    func continues(_ m: Mention) -> Bool {
        continues(text: m.span.text, cue: m.attribution.cue, claimed: m.attribution.claimant != nil)
    }

    /// `continues` of a mention's text and attribution cue (`claimed`: a claimant is named).
    func continues(text: String, cue: String?, claimed: Bool) -> Bool {
        if let cue, claimed, ContinuationCues.isPronounLed(cue) { return true }
        return continuationCues.opens(text)
    }

    static let incrementQualifiers: Set<String> = ["another", "an additional", "a further", "another further"]

    /// Throws when the resource is missing or unreadable, like every other lexicon (it used to
    /// fall back to no cues without a word).
    static func bundledContinuationCues() throws -> [String] {
        try LexiconFile(resource: "lexicons/continuation-cues.tsv").words
    }

    func compatibleDates(_ a: Mention, _ b: Mention) -> Bool {
        var profiler = MentionProfiler()
        let dates = profiler.profiles([a, b], for: self).dates
        return compatibleDates(dates[0], dates[1])
    }

    /// On days since the epoch: every `CalendarDate` is a real day, so their order and
    /// differences are those of the day numbers.
    func compatibleDates(_ a: MentionDates, _ b: MentionDates) -> Bool {
        guard a.dated, b.dated else { return true }
        if a.background != b.background { return false }
        switch (a.reported, b.reported) {
        case (false, false):
            if a.isDay && b.isDay { return abs(b.firstDay - a.firstDay) <= 1 }
            return a.firstDay <= b.lastDay + 1 && b.firstDay <= a.lastDay + 1
        case (true, true):
            return abs(b.firstDay - a.firstDay) <= reportedSpread
        case (true, false):
            return within(b, reportDay: a.firstDay)
        case (false, true):
            return within(a, reportDay: b.firstDay)
        }
    }

    private func within(_ dated: MentionDates, reportDay: Int) -> Bool {
        dated.firstDay <= reportDay && dated.lastDay >= reportDay - reportedLookback
    }

    /// `termOverlap` of two profiles' key terms, summed in the same order (so bit-identical),
    /// given `sharedTermWeight(a, b)`.
    func termOverlap(_ a: MentionProfile, _ b: MentionProfile, sharedTermWeight shared: Double) -> Double {
        guard a.termCount > 0, b.termCount > 0 else { return 0 }
        return shared / max(min(a.termWeight, b.termWeight), 6.0)
    }

    /// The weights of `a`'s terms that `b` has, added in `a`'s order: the two sorted id lists
    /// are walked together, the shared positions of `a` kept as bits, and their weights added
    /// in position order (a binary search per term was most of the pair's cost). One word of
    /// bits holds the positions of all but the longest mentions.
    func sharedTermWeight(_ a: MentionProfile, _ b: MentionProfile) -> Double {
        var shared = 0.0
        let weights = a.termWeights
        if weights.count <= 64 {
            var bits: UInt64 = 0
            Self.forEachSharedPosition(a, b) { bits |= 1 << UInt64($0) }
            Self.add(weights, at: bits, from: 0, to: &shared)
        } else {
            var bits = [UInt64](repeating: 0, count: (weights.count + 63) / 64)
            Self.forEachSharedPosition(a, b) { bits[$0 / 64] |= 1 << UInt64($0 % 64) }
            for (k, word) in bits.enumerated() { Self.add(weights, at: word, from: k * 64, to: &shared) }
        }
        return shared
    }

    /// The positions in `a`'s order of the terms `b` has (each of `a`'s repeats too), by id.
    @inline(__always)
    private static func forEachSharedPosition(_ a: MentionProfile, _ b: MentionProfile, _ body: (Int) -> Void) {
        let other = b.sortedTerms
        var j = 0
        for term in a.sortedTerms {
            let id = MentionProfile.termID(term)
            while j < other.count && MentionProfile.termID(other[j]) < id { j += 1 }
            if j == other.count { return }
            if MentionProfile.termID(other[j]) == id { body(MentionProfile.termPosition(term)) }
        }
    }

    /// Adds `weights[base + k]` for each bit k set in `word`, lowest first.
    @inline(__always)
    static func add(_ weights: UnsafeBufferPointer<Double>, at word: UInt64, from base: Int, to shared: inout Double) {
        var word = word
        while word != 0 {
            shared += weights[base + word.trailingZeroBitCount]
            word &= word - 1
        }
    }

    /// Shared weight over the smaller side's weight: 1 when one mention's words are all in the other.
    func termOverlap(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let setB = Set(b)
        var shared = 0.0, wa = 0.0, wb = 0.0
        for t in a { let w = idf[t] ?? 1; wa += w; if setB.contains(t) { shared += w } }
        for t in b { wb += idf[t] ?? 1 }
        // Dampen very short mentions so two words in common are not a match on their own.
        return shared / max(min(wa, wb), 6.0)
    }

    /// `figureScore` of two mentions' figures (profiled by one profiler, as clustering does).
    func figureScore(_ a: [Figure], _ b: [Figure]) -> Double {
        var profiler = MentionProfiler()
        let profiledA = a.map { profiler.figure($0) }
        let profiledB = b.map { profiler.figure($0) }
        return profiledA.withUnsafeBufferPointer { a in profiledB.withUnsafeBufferPointer { b in figureScore(a, b) } }
    }

    /// The same figure on both sides is evidence; the same quantity with another value is weak
    /// evidence, or contrary when one of the two is an increment ("another 59,000").
    func figureScore(_ a: UnsafeBufferPointer<ProfiledFigure>, _ b: UnsafeBufferPointer<ProfiledFigure>) -> Double {
        var best = 0.0
        var increment = false
        for fa in a where fa.isScored {
            for fb in b where fb.quantity == fa.quantity && fb.unit == fa.unit {
                if fa.range.agrees(with: fb.range) { best = max(best, weights.sameFigure); continue }
                // Different values: a disagreement about one count, unless one is an increment.
                if fa.isIncrement != fb.isIncrement { increment = true } else { best = max(best, weights.sameQuantity) }
            }
        }
        return best == 0 && increment ? weights.increment : best
    }

    func sharesQuantity(_ a: UnsafeBufferPointer<ProfiledFigure>, _ b: UnsafeBufferPointer<ProfiledFigure>) -> Bool {
        a.contains { fa in !fa.isCount && b.contains { $0.quantity == fa.quantity && $0.unit == fa.unit } }
    }

    static func isIncrement(_ f: Figure) -> Bool {
        guard let q = f.qualifier?.lowercased() else { return false }
        return incrementQualifiers.contains(q)
    }
}

/// The values a figure admits once its qualifier is read.
struct FigureRange {
    var low: Double
    var high: Double
    /// The figure's own upper value, which sets the tolerance.
    let upper: Double

    static let atLeast: Set<String> = ["more than", "over", "at least", "upwards of", "well over", "just over", "in excess of"]
    static let atMost: Set<String> = ["fewer than", "less than", "under", "up to", "at most", "as many as", "as much as", "just under"]
    static let nearlyBelow: Set<String> = ["nearly", "almost", "close to", "just under"]
    static let approximately: Set<String> = ["about", "around", "roughly", "approximately", "some", "an estimated"]

    init(_ f: Figure) {
        low = f.value
        high = f.upper
        upper = f.upper
        guard let q = f.qualifier?.lowercased(), let bound = Self.bounds[q] else { return }
        // Bounded: "more than 100" reports 117, not 5,000; "over 132,000" is not "nearly 200,000".
        switch bound {
        case .atLeast: high = f.upper * 1.2
        case .nearlyBelow: low = f.value * 0.9
        case .atMost: low = f.value * 0.5
        case .approximately: low = f.value * 0.9; high = f.upper * 1.1
        }
    }

    /// What a qualifier does to the range: the first of the sets above that holds it, in this
    /// order ("just under" is nearly below). One lookup: a hash per set tested cost more than
    /// the rest of reading a figure.
    enum Bound: CaseIterable { case atLeast, nearlyBelow, atMost, approximately }

    static let bounds: [String: Bound] = {
        var table: [String: Bound] = [:]
        for bound in Bound.allCases {
            for q in qualifiers(bound) where table[q] == nil { table[q] = bound }
        }
        return table
    }()

    static func qualifiers(_ bound: Bound) -> Set<String> {
        switch bound {
        case .atLeast: atLeast
        case .nearlyBelow: nearlyBelow
        case .atMost: atMost
        case .approximately: approximately
        }
    }

    /// Two figures have the same value: equal within 5% of the larger, or the ranges their
    /// qualifiers allow overlap ("more than 8%" agrees with "8.5%", "nearly 200,000" with
    /// "200,000", "about 100" with "over 100").
    func agrees(with other: FigureRange) -> Bool {
        let tolerance = 0.05 * max(abs(upper), abs(other.upper), 1e-9)
        return low <= other.high + tolerance && other.low <= high + tolerance
    }
}

/// Turns a group of mentions into an incident: its date, regions, places, headline, type,
/// disagreements and stable id.
struct IncidentBuilder: Sendable {
    let anchor: CalendarDate?
    let outlets: [String: String]
    let published: [String: CalendarDate]

    func incident(from group: [Mention]) -> Incident {
        // Mentions in reading order: by article, then position.
        let mentions = group.sorted { ($0.articleID, $0.span.start) < ($1.articleID, $1.span.start) }
        let dated = datingIndex(mentions)
        let time = mentions[dated].time
        var value = time.value ?? TimeValue.day(CalendarDate(year: 1970, month: 1, day: 1)!)
        let background = time.value != nil && anchor.map { value.end < $0 } == true
        // A week or span that straddles the anchor ("last week" when the anchor is a Tuesday)
        // lies in the timeline only from the anchor on: the corpus says nothing began earlier.
        if let anchor, !background, value.start < anchor, value.end >= anchor, value.granularity != .day {
            value.start = anchor
        }

        var regions: [String] = []
        for m in mentions { for r in m.regions where !regions.contains(r) { regions.append(r) } }
        var fromContext = false
        if regions.isEmpty {
            var counts: [String: Int] = [:]
            for m in mentions { for r in m.contextRegions { counts[r, default: 0] += 1 } }
            if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
                regions = [best.key]
                fromContext = true
            }
        }
        var places: [String] = []
        for m in mentions {
            for p in m.places where p.entry.kind == .place && !places.contains(p.entry.name) { places.append(p.entry.name) }
        }
        return Incident(
            id: Self.stableID(mentions[0]), time: value, basis: time.value == nil ? .reported : time.basis, datedBy: dated,
            background: background, undated: time.value == nil, regions: regions, regionsFromContext: fromContext, places: places,
            headline: Self.headline(mentions), type: Self.majorityType(mentions), mentions: mentions,
            disagreements: DisagreementFinder.disagreements(in: mentions, outlets: outlets))
    }

    /// The mention whose date is best: stated or resolved before report dates, finer before
    /// coarser, then the value most mentions agree on, then the earliest.
    func datingIndex(_ mentions: [Mention]) -> Int {
        func rank(_ m: Mention) -> Int {
            guard m.time.value != nil else { return 9 }
            let basis = m.time.basis == .reported ? 4 : 0
            let precision: Int
            switch m.time.value!.granularity {
            case .day: precision = 0
            case .week: precision = 1
            case .interval: precision = 2
            case .month: precision = 2
            case .year: precision = 3
            }
            return basis + precision
        }
        var votes: [TimeValue: Int] = [:]
        for m in mentions { if let v = m.time.value { votes[v, default: 0] += 1 } }
        return mentions.indices.min { i, j in
            let a = mentions[i], b = mentions[j]
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            let va = a.time.value.map { votes[$0] ?? 0 } ?? 0, vb = b.time.value.map { votes[$0] ?? 0 } ?? 0
            if va != vb { return va > vb }
            let sa = a.time.value?.start, sb = b.time.value?.start
            if let sa, let sb, sa != sb { return sa < sb }
            return i < j
        } ?? 0
    }

    /// Extractive: the passage that shares most words with the others (the most typical
    /// report), preferring the outlet's own voice and moderate length; trimmed at a word.
    static func headline(_ mentions: [Mention]) -> String {
        let shared = sharedTermCounts(mentions)
        func score(_ i: Int) -> Double {
            let m = mentions[i]
            var s = Double(shared[i])
            let length = m.span.text.count
            if length < 40 { s -= 2 }
            if length > 220 { s -= 1 }
            if m.attribution.side == .outlet { s += 0.5 }
            if m.span.text.hasPrefix("\u{201C}") || m.span.text.hasPrefix("\"") { s -= 1 }
            return s
        }
        let scores = mentions.indices.map(score)
        var best = 0  // the first of the best, as `max(by:)` picks
        for i in scores.indices where scores[best] < scores[i] { best = i }
        return HeadlineText.trim(mentions[best].span.text, limit: 160)
    }

    /// For each mention, the key terms it shares with every other mention, summed over those
    /// others (mentions equal to it not counted): Σ over its distinct terms of how many other
    /// mentions hold the term. Counted from each term's mention count, not pair by pair — an
    /// incident of n mentions cost n² set intersections (8 million for a 2,840-mention one).
    static func sharedTermCounts(_ mentions: [Mention]) -> [Int] {
        guard mentions.count > 1 else { return mentions.map { _ in 0 } }
        let terms = mentions.map { Set($0.keyTerms) }
        var holders: [String: Int] = [:]
        for set in terms { for t in set { holders[t, default: 0] += 1 } }
        var shared = terms.map { set in set.reduce(0) { $0 + holders[$1]! - 1 } }
        // A mention equal to another is not one of its "others": take back what it shared with
        // its copies (all of its terms, once per copy). Equal mentions share article and start.
        var byPosition: [PositionKey: [Int]] = [:]
        for (i, m) in mentions.enumerated() { byPosition[PositionKey(article: m.articleID, start: m.span.start), default: []].append(i) }
        for group in byPosition.values where group.count > 1 {
            for i in group {
                let copies = group.filter { $0 != i && mentions[$0] == mentions[i] }.count
                shared[i] -= copies * terms[i].count
            }
        }
        return shared
    }

    private struct PositionKey: Hashable {
        var article: String
        var start: Int
    }

    static func majorityType(_ mentions: [Mention]) -> String {
        var counts: [String: Int] = [:]
        for m in mentions where m.type != "other" { counts[m.type, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "other"
    }

    /// `ev-` and eight hex digits of an FNV-1a hash of the first mention's article and offset.
    static func stableID(_ first: Mention) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(first.articleID)#\(first.span.start)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash & 0xFFFF_FFFF, radix: 16)
        return "ev-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Turns a group of mentions into an incident: its date, regions, places, headline, type,
/// disagreements and stable id.
struct IncidentBuilder: Sendable {
    let anchor: CalendarDate?
    let outlets: [String: String]

    func incident(from group: [Mention]) -> Incident {
        var terms = SharedTermCounter(group)
        return incident(from: Array(group.indices), of: group, terms: &terms)
    }

    /// The incident of the mentions of `all` that `group` indexes (`terms` counts the terms of
    /// `all`). Only the group's mentions are copied, once, into reading order (by article, then
    /// position): copying them out and then sorting the copies cost a copy and a release of
    /// every mention more.
    func incident(from group: [Int], of all: [Mention], terms: inout SharedTermCounter) -> Incident {
        // The same comparisons on the same sequence as sorting the mentions: the same order.
        let order = group.count < 2 ? group
            : group.sorted { (all[$0].articleID, all[$0].span.start) < (all[$1].articleID, all[$1].span.start) }
        let mentions = order.map { all[$0] }
        // A lone mention heads its incident without scoring (most incidents have one).
        return incident(inReadingOrder: mentions, sharedTerms: mentions.count > 1 ? terms.counts(mentions, at: order) : [0])
    }

    /// `sharedTerms`: `sharedTermCounts(mentions)`.
    private func incident(inReadingOrder mentions: [Mention], sharedTerms: [Int]) -> Incident {
        let dated = datingIndex(mentions)
        let time = mentions[dated].time
        var value = time.value ?? TimeValue.day(CalendarDate(year: 1970, month: 1, day: 1)!)
        let background = time.value != nil && anchor.map { value.end < $0 } == true
        // A week or span that straddles the anchor ("last week" when the anchor is a Tuesday)
        // lies in the timeline only from the anchor on: the corpus says nothing began earlier.
        if let anchor, !background, value.start < anchor, value.end >= anchor, value.granularity != .day {
            value.start = anchor
        }

        // Walked by index: iterating the mentions copied each one.
        var regions: [String] = []
        for i in mentions.indices { for r in mentions[i].regions where !regions.contains(r) { regions.append(r) } }
        var fromContext = false
        if regions.isEmpty, let best = Self.mostFrequent(mentions.indices.lazy.flatMap { mentions[$0].contextRegions }) {
            regions = [best]
            fromContext = true
        }
        var places: [String] = []
        for i in mentions.indices {
            for k in mentions[i].places.indices {
                let entry = mentions[i].places[k].entry
                if entry.kind == .place && !places.contains(entry.name) { places.append(entry.name) }
            }
        }
        return Incident(
            id: Self.stableID(article: mentions[0].articleID, start: mentions[0].span.start), time: value,
            basis: time.value == nil ? .reported : time.basis, datedBy: dated,
            background: background, undated: time.value == nil, regions: regions, regionsFromContext: fromContext, places: places,
            headline: Self.headline(mentions, sharedTerms: sharedTerms), type: Self.majorityType(mentions), mentions: mentions,
            disagreements: DisagreementFinder.disagreements(in: mentions, outlets: outlets))
    }

    /// The mention whose date is best: stated or resolved before report dates, finer before
    /// coarser, then the value most mentions agree on, then the earliest.
    func datingIndex(_ mentions: [Mention]) -> Int {
        // A lone mention dates its incident (as the rule below finds, ranking it alone).
        guard mentions.count > 1 else { return 0 }
        // From the value and basis only: passing the whole time expression copied its phrase.
        func rank(_ value: TimeValue?, _ basis: DateBasis) -> Int {
            guard let value else { return 9 }
            let basis = basis == .reported ? 4 : 0
            let precision: Int
            switch value.granularity {
            case .day: precision = 0
            case .week: precision = 1
            case .interval: precision = 2
            case .month: precision = 2
            case .year: precision = 3
            }
            return basis + precision
        }
        // The rank decides alone unless several share the best with different values: only then
        // are votes counted (tied on one value, they tie on votes and start too: the first wins).
        var best = Int.max, first = 0, tied = 0, oneValue = true
        for i in mentions.indices {
            let r = rank(mentions[i].time.value, mentions[i].time.basis)
            if r < best {
                (best, first, tied, oneValue) = (r, i, 1, true)
            } else if r == best {
                tied += 1
                if oneValue && mentions[i].time.value != mentions[first].time.value { oneValue = false }
            }
        }
        guard tied > 1 && !oneValue else { return first }
        let votes = Self.votes(mentions)
        // Among the best ranked: most votes, then the earliest start, then the first.
        func before(_ i: Int, _ j: Int) -> Bool {
            let a = mentions[i].time.value, b = mentions[j].time.value
            let va = votes[i], vb = votes[j]
            if va != vb { return va > vb }
            if let sa = a?.start, let sb = b?.start, sa != sb { return sa < sb }
            return i < j
        }
        var chosen = first
        for j in (first + 1)..<mentions.count where rank(mentions[j].time.value, mentions[j].time.basis) == best && before(j, chosen) {
            chosen = j
        }
        return chosen
    }

    /// For each mention, how many mentions have its time value (0 when it has none). Counted in
    /// runs of the values sorted, equal values side by side: hashing every `TimeValue` into a
    /// dictionary of votes cost four fifths of choosing the date.
    static func votes(_ mentions: [Mention]) -> [Int] {
        func granularityOrder(_ g: Granularity) -> Int {
            switch g { case .day: 0; case .week: 1; case .month: 2; case .year: 3; case .interval: 4 }
        }
        // Any total order in which equal values are side by side.
        func precedes(_ a: TimeValue, _ b: TimeValue) -> Bool {
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return granularityOrder(a.granularity) < granularityOrder(b.granularity)
        }
        let dated = mentions.indices.filter { mentions[$0].time.value != nil }
            .sorted { precedes(mentions[$0].time.value!, mentions[$1].time.value!) }
        var votes = [Int](repeating: 0, count: mentions.count)
        var runStart = 0
        while runStart < dated.count {
            let value = mentions[dated[runStart]].time.value
            var runEnd = runStart + 1
            while runEnd < dated.count, mentions[dated[runEnd]].time.value == value { runEnd += 1 }
            for k in runStart..<runEnd { votes[dated[k]] = runEnd - runStart }
            runStart = runEnd
        }
        return votes
    }

    /// Extractive: the passage that shares most words with the others (the most typical
    /// report), preferring the outlet's own voice and moderate length; trimmed at a word.
    static func headline(_ mentions: [Mention]) -> String {
        headline(mentions, sharedTerms: sharedTermCounts(mentions))
    }

    /// `sharedTerms`: `sharedTermCounts(mentions)`.
    static func headline(_ mentions: [Mention], sharedTerms: [Int]) -> String {
        HeadlineText.trim(mentions[typicalIndex(mentions, sharedTerms: sharedTerms)].span.text, limit: 160)
    }

    /// The headline's passage: the first of the best scores (as `max(by:)` picks). A lone mention
    /// is its own without scoring.
    static func typicalIndex(_ mentions: [Mention], sharedTerms shared: [Int]) -> Int {
        guard mentions.count > 1 else { return 0 }
        func score(_ i: Int) -> Double {
            let text = mentions[i].span.text
            var s = Double(shared[i])
            let length = HeadlineText.characterCount(text)
            if length < 40 { s -= 2 }
            if length > 220 { s -= 1 }
            if mentions[i].attribution.side == .outlet { s += 0.5 }
            if opensWithQuote(text) { s -= 1 }
            return s
        }
        let scores = mentions.indices.map(score)
        var best = 0
        for i in scores.indices where scores[best] < scores[i] { best = i }
        return best
    }

    /// Whether the passage opens with a quotation mark, straight or curly. Only the first byte is
    /// looked at unless it can begin one (`hasPrefix` walked the text's first `Character`).
    static func opensWithQuote(_ text: String) -> Bool {
        let first = text.utf8.first
        guard first == 0x22 || first == 0xE2 else { return false }  // `"`, and the lead byte of U+201C
        return text.hasPrefix("\u{201C}") || text.hasPrefix("\"")
    }

    /// For each mention, the key terms it shares with every other mention, summed over those
    /// others (mentions equal to it not counted): Σ over its distinct terms of how many other
    /// mentions hold the term. Counted from each term's mention count, not pair by pair — an
    /// incident of n mentions cost n² set intersections (8 million for a 2,840-mention one).
    /// The mentions are in reading order (as `incident(from:)` sorts them): equal ones adjacent.
    static func sharedTermCounts(_ mentions: [Mention]) -> [Int] {
        var counter = SharedTermCounter(mentions)
        return counter.counts(mentions, at: Array(mentions.indices))
    }

    /// The most frequent type other than "other", ties to the first in string order.
    static func majorityType(_ mentions: [Mention]) -> String {
        // A lone mention's type is its majority ("other" included): most incidents have one.
        if mentions.count == 1 { return mentions[0].type }
        return mostFrequent(mentions.indices.lazy.map { mentions[$0].type }.filter { $0 != "other" }) ?? "other"
    }

    /// The most frequent of `values`, ties to the first in string order; nil when there are none.
    /// Counted in a list, the first value apart: an incident has few distinct ones (mostly one),
    /// and a dictionary cost a hash each.
    static func mostFrequent(_ values: some Sequence<String>) -> String? {
        var first: (value: String, count: Int)?
        var others: [(value: String, count: Int)] = []
        for v in values {
            if first == nil {
                first = (v, 1)
            } else if first!.value == v {
                first!.count += 1
            } else if let k = others.firstIndex(where: { $0.value == v }) {
                others[k].count += 1
            } else {
                others.append((v, 1))
            }
        }
        guard let first else { return nil }
        guard !others.isEmpty else { return first.value }
        return ([first] + others).max { $0.count != $1.count ? $0.count < $1.count : $0.value > $1.value }!.value
    }

    /// `ev-` and eight hex digits of an FNV-1a hash of the first mention's article and offset
    /// (`"\(articleID)#\(start)"`, hashed as it is written, without building the string).
    static func stableID(_ first: Mention) -> String {
        stableID(article: first.articleID, start: first.span.start)
    }

    /// The same from the article id and offset (no copy of the mention).
    static func stableID(article: String, start: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var article = article
        article.withUTF8 { for byte in $0 { add(byte) } }
        add(UInt8(ascii: "#"))
        // The offset's decimal digits, most significant first, as `description` writes them.
        if start < 0 { add(UInt8(ascii: "-")) }
        var rest = start.magnitude
        var power: UInt = 1
        while rest / power >= 10 { power *= 10 }
        while power > 0 {
            add(UInt8(ascii: "0") + UInt8(rest / power))
            rest %= power
            power /= 10
        }
        return String(unsafeUninitializedCapacity: 11) { id in
            _ = id.initialize(from: "ev-".utf8)
            for k in 0..<8 {
                let digit = UInt8(truncatingIfNeeded: hash >> UInt64(28 - 4 * k)) & 0xF
                id[3 + k] = digit < 10 ? 0x30 + digit : 0x57 + digit  // lower-case, as `String(_:radix:)`
            }
            return 11
        }
    }
}

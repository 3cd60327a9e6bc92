/// What `MentionSimilarity.score` needs of one mention, computed once per mention: clustering
/// scores each mention against many others, and copying `Mention` values (a dozen retains each)
/// and re-hashing their strings for every pair was most of its time. Strings are interned to
/// integers by a `MentionProfiler`; only profiles from one profiler may be compared.
struct MentionProfile {
    /// Key-term ids in the mention's order, with their IDF weights, and the ids sorted for lookup.
    var termIDs: [Int32]
    var termWeights: [Double]
    var sortedTermIDs: [Int32]
    /// Sum of `termWeights`, added in order (so it is bit-identical to summing on the fly).
    var termWeight: Double
    var figures: [Figure]
    var regionIDs: [Int32]
    /// -1 when no claimant is named.
    var claimant: Int32
    var side: Side
    var type: Int32
    var isOtherType: Bool
    var reported: Bool
    var value: TimeValue?
    var background: Bool
    var article: Int32
    var sentenceIndex: Int
    var continues: Bool

    func hasTerm(_ id: Int32) -> Bool {
        var low = 0, high = sortedTermIDs.count
        while low < high {
            let mid = (low + high) / 2
            if sortedTermIDs[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < sortedTermIDs.count && sortedTermIDs[low] == id
    }

    func sharesRegion(with other: MentionProfile) -> Bool {
        regionIDs.contains { other.regionIDs.contains($0) }
    }
}

/// Builds `MentionProfile`s, interning every string it meets (terms, regions, claimants, types,
/// article ids share one table: ids are only ever compared within one kind).
struct MentionProfiler {
    private var ids: [String: Int32] = [:]

    mutating func id(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(ids.count)
        ids[string] = id
        return id
    }

    mutating func profile(_ m: Mention, for similarity: MentionSimilarity) -> MentionProfile {
        let termIDs = m.keyTerms.map { id($0) }
        let termWeights = m.keyTerms.map { similarity.idf[$0] ?? 1 }
        var total = 0.0
        for w in termWeights { total += w }
        return MentionProfile(
            termIDs: termIDs, termWeights: termWeights, sortedTermIDs: termIDs.sorted(), termWeight: total,
            figures: m.figures, regionIDs: m.regions.map { id($0) }, claimant: m.attribution.claimant.map { id($0) } ?? -1,
            side: m.attribution.side, type: id(m.type), isOtherType: m.type == "other", reported: m.time.basis == .reported,
            value: m.time.value, background: similarity.isBackground(m), article: id(m.articleID),
            sentenceIndex: m.sentenceIndex, continues: similarity.continues(m))
    }
}

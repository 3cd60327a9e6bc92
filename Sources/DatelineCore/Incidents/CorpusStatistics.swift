import Foundation

/// The corpus-wide numbers clustering depends on, and how they are rounded on large corpora.
///
/// IDF is `log((n + 1) / df)`: exact, every article added or removed moves every score a little,
/// so no part of a large corpus could be re-clustered alone. Above `defaultQuantizeAbove`
/// mentions, `n` and each `df` are rounded to quarter-octave buckets (exact below 16), which
/// changes an IDF by at most ±0.09 and only when a count crosses a bucket boundary. Below the
/// threshold (every hand-made corpus, the embedded one) the numbers are exact, as before.
public enum CorpusStatistics {
    public static let defaultQuantizeAbove = 4096

    /// The bucketed value of a count: itself below 16, else 2^(k/4) for the nearest k.
    public static func bucket(_ count: Int) -> Double {
        let x = max(count, 1)
        if x < 16 { return Double(x) }
        return pow(2, (4 * log2(Double(x))).rounded() / 4)
    }
}

/// Whether two mentions are linked in the clustering graph: they share a posting key and score
/// at least half the merge threshold. Incidents never span two connected components of this
/// graph, which is what lets the index re-cluster only the components a change touches.
/// Single-threaded: it profiles each mention once, under the caller's key for it.
public struct MentionLinker {
    var similarity: MentionSimilarity
    let minimum: Double
    private var profiler = MentionProfiler()
    private var profiles = MentionProfiles()
    /// The row of `profiles` of each key.
    private var rows: [Int64: Int] = [:]

    init(similarity: MentionSimilarity, minimum: Double) {
        self.similarity = similarity
        self.minimum = minimum
    }

    /// Counts of posting keys met since the linker was made (a search that discovers the corpus
    /// as it goes). Keys already known keep their weight, so profiles made earlier stay valid.
    public mutating func learn(postingCounts: [String: Int]) {
        similarity.learn(documentFrequency: postingCounts)
    }

    /// `a` and `b` are identified by `keyA`/`keyB` (stable for the linker's life, e.g. a row id);
    /// the counts of their posting keys must have been learned before either is first linked.
    public mutating func linked(_ a: Mention, key keyA: Int64, _ b: Mention, key keyB: Int64) -> Bool {
        let (rowA, rowB) = (row(a, keyA), row(b, keyB))
        return linked(rowA, rowB)
    }

    /// Profiles `m` under `key` ahead of `linked(key:key:)` (a caller can then drop the mention).
    public mutating func profile(_ m: Mention, key: Int64) {
        _ = row(m, key)
    }

    /// Whether two mentions profiled earlier are linked.
    public func linked(key keyA: Int64, key keyB: Int64) -> Bool {
        guard let a = rows[keyA], let b = rows[keyB] else { preconditionFailure("linked(key:key:) before profile(_:key:)") }
        return linked(a, b)
    }

    private func linked(_ a: Int, _ b: Int) -> Bool {
        guard let s = profiles.withProfiles({ similarity.score($0[a], $0[b]) }) else { return false }
        return s >= minimum
    }

    private mutating func row(_ m: Mention, _ key: Int64) -> Int {
        if let hit = rows[key] { return hit }
        profiler.append(m, for: similarity, to: &profiles)
        rows[key] = profiles.count - 1
        return profiles.count - 1
    }
}

extension Pipeline {
    /// The posting lists a mention is in (a key term once, `#quantity` once per figure): their
    /// lengths over the corpus are the statistics clustering needs.
    public static func postingKeys(of mention: Mention) -> [String] {
        IncidentClusterer.postingKeys(mention)
    }

    /// Posting lists longer than this propose no pairs.
    public var maximumPostings: Int { clusterer.maximumPostings }

    /// Whether the statistics of a corpus of `mentionCount` mentions are bucketed.
    public func quantizesStatistics(mentionCount: Int) -> Bool { mentionCount >= quantizeStatisticsAbove }

    /// `postingCounts` must hold the corpus-wide count of every posting key of the mentions
    /// that will be compared.
    public func linker(postingCounts: [String: Int], mentionCount: Int, anchor: CalendarDate?) -> MentionLinker {
        MentionLinker(similarity: MentionSimilarity(documentFrequency: postingCounts, mentionCount: mentionCount, anchor: anchor,
                                                    continuationCues: continuationCues,
                                                    quantizeAbove: quantizeStatisticsAbove),
                      minimum: clusterer.threshold * 0.5)
    }

    /// Incidents of a part of the corpus that is a union of connected components of the
    /// clustering graph, with the whole corpus's statistics: the same incidents a full run
    /// gives for these mentions. `mentions` in corpus order.
    public func incidents(fromPart mentions: [Mention], postingCounts: [String: Int], mentionCount: Int,
                          info: CorpusInfo, articles: [Article]) -> [Incident] {
        let similarity = MentionSimilarity(documentFrequency: postingCounts, mentionCount: mentionCount, anchor: info.anchor,
                                           continuationCues: continuationCues,
                                           quantizeAbove: quantizeStatisticsAbove)
        return incidents(mentions, clustering: clusterer.clustering(mentions, similarity: similarity, postingCounts: postingCounts),
                         info: info, articles: articles)
    }
}

/// Groups mentions into incidents by average-linkage agglomeration over a sparse graph.
///
/// Candidate pairs come from an inverted index (mentions sharing a key term or a figure), so
/// the work grows with the pairs that could match, not with the square of the corpus. Pairs are
/// visited from most to least similar; two groups join when every cross pair is date-compatible
/// and the mean similarity over all cross pairs (missing pairs count as 0) reaches the threshold.
struct IncidentClusterer: Sendable {
    var threshold = 1.0
    /// Terms in more mentions than this are too common to propose pairs (they still score).
    var maximumPostings = 400

    /// `postingCounts`: corpus-wide posting-list lengths, when `mentions` is only part of the
    /// corpus (a term too common corpus-wide must not propose pairs inside the part).
    func cluster(_ mentions: [Mention], similarity: MentionSimilarity, postingCounts: [String: Int]? = nil) -> [[Int]] {
        var profiler = MentionProfiler()
        let profiles = mentions.map { profiler.profile($0, for: similarity) }
        let (scores, ordered) = candidateScores(mentions, profiles, similarity, postingCounts: postingCounts)
        var parent = Array(mentions.indices)
        // Members of each group, by root; absorbed groups are left empty.
        var members: [[Int]] = mentions.indices.map { [$0] }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for pair in ordered {
            let ra = find(pair.a), rb = find(pair.b)
            guard ra != rb else { continue }
            var total = 0.0
            var forbidden = false
            outer: for i in members[ra] {
                for j in members[rb] {
                    if let s = scores[i, j] { total += s }
                    else if !similarity.compatibleDates(profiles[i], profiles[j]) { forbidden = true; break outer }
                }
            }
            guard !forbidden, total / Double(members[ra].count * members[rb].count) >= threshold else { continue }
            parent[rb] = ra
            members[ra] += members[rb]
            members[rb] = []
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The posting lists a mention is in: each distinct key term, and `#quantity` once per
    /// figure (not counts).
    static func postingKeys(_ m: Mention) -> [String] {
        var keys = Array(Set(m.keyTerms))
        for figure in m.figures where figure.quantity != "count" { keys.append("#" + figure.quantity) }
        return keys
    }

    /// A candidate pair (`a < b`) and its score.
    struct ScoredPair {
        let a: Int, b: Int
        let score: Double
    }

    /// Scores of every pair that shares a key term or a figure quantity (incompatible pairs are
    /// absent), and the pairs scoring at least half the threshold, most similar first (ties by
    /// indices). Each pair is found from its lower mention, de-duplicated by a stamp per partner
    /// instead of a set of pairs.
    func candidateScores(_ mentions: [Mention], _ profiles: [MentionProfile], _ similarity: MentionSimilarity,
                         postingCounts: [String: Int]? = nil) -> (PairScores, [ScoredPair]) {
        var listIDs: [String: Int] = [:]
        var keys: [String] = []
        var lists: [[Int]] = []
        var listsOf: [[Int]] = Array(repeating: [], count: mentions.count)
        for (i, m) in mentions.enumerated() {
            for key in Self.postingKeys(m) {
                let id = listIDs[key] ?? { listIDs[key] = lists.count; keys.append(key); lists.append([]); return lists.count - 1 }()
                lists[id].append(i)
                listsOf[i].append(id)
            }
        }
        let proposes = lists.indices.map { lists[$0].count > 1 && (postingCounts?[keys[$0]] ?? lists[$0].count) <= maximumPostings }
        var scores = PairScores(capacity: mentions.count * 4)
        var ordered: [ScoredPair] = []
        var stamp = Array(repeating: -1, count: mentions.count)
        for a in mentions.indices {
            for id in listsOf[a] where proposes[id] {
                // Lists are in mention order: the partners above `a` are at the end.
                for b in lists[id].reversed() {
                    if b <= a { break }
                    if stamp[b] == a { continue }
                    stamp[b] = a
                    guard let s = similarity.score(profiles[a], profiles[b]) else { continue }
                    scores.set(a, b, s)
                    if s >= threshold * 0.5 { ordered.append(ScoredPair(a: a, b: b, score: s)) }
                }
            }
        }
        ordered.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        return (scores, ordered)
    }
}

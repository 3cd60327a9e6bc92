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
        let scores = candidateScores(mentions, similarity, postingCounts: postingCounts)
        var parent = Array(mentions.indices)
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: mentions.indices.map { ($0, [$0]) })
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        let ordered = scores.filter { $0.value >= threshold * 0.5 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (pair, _) in ordered {
            let ra = find(pair.a), rb = find(pair.b)
            guard ra != rb, let ga = members[ra], let gb = members[rb] else { continue }
            var total = 0.0
            var forbidden = false
            outer: for i in ga {
                for j in gb {
                    if let s = scores[PairKey(i, j)] { total += s }
                    else if !similarity.compatibleDates(mentions[i], mentions[j]) { forbidden = true; break outer }
                }
            }
            guard !forbidden, total / Double(ga.count * gb.count) >= threshold else { continue }
            parent[rb] = ra
            members[ra] = ga + gb
            members[rb] = nil
        }
        return members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The posting lists a mention is in: each distinct key term, and `#quantity` once per
    /// figure (not counts).
    static func postingKeys(_ m: Mention) -> [String] {
        var keys = Array(Set(m.keyTerms))
        for figure in m.figures where figure.quantity != "count" { keys.append("#" + figure.quantity) }
        return keys
    }

    struct PairKey: Hashable, Comparable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
        static func < (l: PairKey, r: PairKey) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }

    /// Scores of every pair that shares a key term or a figure quantity; incompatible pairs are absent.
    func candidateScores(_ mentions: [Mention], _ similarity: MentionSimilarity, postingCounts: [String: Int]? = nil) -> [PairKey: Double] {
        var postings: [String: [Int]] = [:]
        for (i, m) in mentions.enumerated() {
            for key in Self.postingKeys(m) { postings[key, default: []].append(i) }
        }
        var candidates: Set<PairKey> = []
        for (key, list) in postings where list.count > 1 && (postingCounts?[key] ?? list.count) <= maximumPostings {
            for x in 0..<list.count { for y in (x + 1)..<list.count { candidates.insert(PairKey(list[x], list[y])) } }
        }
        var scores: [PairKey: Double] = [:]
        for pair in candidates {
            if let s = similarity.score(mentions[pair.a], mentions[pair.b]) { scores[pair] = s }
        }
        return scores
    }
}

extension IncidentClusterer {
    /// Average-linkage agglomeration over scored pairs: pairs are visited in merge order; two
    /// groups join when every cross pair is date-compatible and the mean score over all cross
    /// pairs (pairs without a score count as 0) reaches the threshold. Returns each group's members
    /// ascending, groups in order of their first member.
    ///
    /// The members of each group are a linked list in order of joining (`next`, with `last` and
    /// `size` kept by root): an array per mention was as many allocations, and each merge appended
    /// one to another. Cross pairs are visited in that order, so the scores add up as they did.
    static func agglomerate(_ ordered: [MergeOrder], scores: PairScores, dates: [MentionDates], threshold: Double,
                            similarity: MentionSimilarity) -> [[Int]] {
        let count = dates.count
        var parent = Array(0..<count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var next = [Int](repeating: -1, count: count), last = Array(0..<count), size = [Int](repeating: 1, count: count)
        for pair in ordered {
            let ra = find(pair.a), rb = find(pair.b)
            guard ra != rb else { continue }
            var total = 0.0
            var forbidden = false
            var i = ra
            outer: while i >= 0 {
                var j = rb
                while j >= 0 {
                    if let s = scores[i, j] { total += s }
                    else if !similarity.compatibleDates(dates[i], dates[j]) { forbidden = true; break outer }
                    j = next[j]
                }
                i = next[i]
            }
            guard !forbidden, total / Double(size[ra] * size[rb]) >= threshold else { continue }
            parent[rb] = ra
            next[last[ra]] = rb
            last[ra] = last[rb]
            size[ra] += size[rb]
        }
        var groups: [[Int]] = [], groupOfRoot = [Int](repeating: -1, count: count)
        for x in 0..<count {
            let root = find(x)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = groups.count
                groups.append([])
                groups[groups.count - 1].reserveCapacity(size[root])
            }
            groups[groupOfRoot[root]].append(x)
        }
        return groups
    }
}

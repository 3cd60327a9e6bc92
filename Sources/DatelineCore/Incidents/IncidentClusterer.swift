/// Groups mentions into incidents by average-linkage agglomeration over a sparse graph
/// (`agglomerate`).
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
        clustering(mentions, similarity: similarity, postingCounts: postingCounts).groups
    }

    /// `cluster`'s groups, and the mentions' terms as clustering interned them (building the
    /// incidents counts shared terms by these ids). `terms`: the mentions' terms, when interned
    /// already (for the statistics).
    func clustering(_ mentions: [Mention], similarity: MentionSimilarity, terms: InternedTerms? = nil,
                    postingCounts: [String: Int]? = nil) -> (groups: [[Int]], terms: SharedTermCounter) {
        var profiler = terms.map(MentionProfiler.init(terms:)) ?? MentionProfiler()
        let profiles = profiler.profiles(mentions, terms: terms, for: similarity)
        var postingKeys = PostingKeys()
        profiles.withProfiles { profiles in
            for i in 0..<profiles.count { postingKeys.append { profiler.appendPostingKeyIDs(of: profiles[i], to: &$0) } }
        }
        let (scores, ordered) = candidateScores(profiles, postingKeys: postingKeys, keys: profiler.strings, similarity,
                                                postingCounts: postingCounts)
        let groups = Self.agglomerate(ordered, scores: scores, dates: profiles.dates, threshold: threshold, similarity: similarity)
        return (groups, SharedTermCounter(postingKeys, idCount: profiler.strings.count))
    }

    /// The posting lists a mention is in: each distinct key term, and `#quantity` once per
    /// figure (not counts). Clustering uses the same keys as ids (`MentionProfiler.appendPostingKeyIDs`).
    static func postingKeys(_ m: Mention) -> [String] {
        var keys = Array(Set(m.keyTerms))
        for figure in m.figures where figure.quantity != "count" { keys.append("#" + figure.quantity) }
        return keys
    }

    /// The posting key ids of each mention, in one array (an array per mention was as many
    /// allocations to make and free): its distinct terms first, then its figures' keys.
    struct PostingKeys {
        private(set) var ids: [Int32] = []
        private var ends: [Int] = []
        private var termEnds: [Int] = []

        /// Adds the next mention's keys, which `write` appends, returning how many are terms.
        mutating func append(_ write: (inout [Int32]) -> Int) {
            let terms = write(&ids)
            termEnds.append((ends.last ?? 0) + terms)
            ends.append(ids.count)
        }

        subscript(_ mention: Int) -> ArraySlice<Int32> {
            ids[start(mention)..<ends[mention]]
        }

        /// Where the distinct term ids of `mention` lie in `ids`.
        func terms(of mention: Int) -> Range<Int> { start(mention)..<termEnds[mention] }

        private func start(_ mention: Int) -> Int { mention == 0 ? 0 : ends[mention - 1] }

        var count: Int { ends.count }
    }

    /// A candidate pair (`a < b`) and its score.
    struct ScoredPair {
        let a: Int, b: Int
        let score: Double
    }

    /// Sorts `pairs[start...]` (pairs of one lower mention) by partner: by insertion when they
    /// are few (most mentions have a handful of partners), else by the standard sort.
    private static func sortByPartner(_ pairs: inout [ScoredPair], from start: Int) {
        pairs.withUnsafeMutableBufferPointer { pairs in
            guard pairs.count - start <= 16 else { pairs[start...].sort { $0.b < $1.b }; return }
            for i in start..<pairs.count {
                let pair = pairs[i]
                var j = i
                while j > start && pair.b < pairs[j - 1].b { pairs[j] = pairs[j - 1]; j -= 1 }
                pairs[j] = pair
            }
        }
    }

    /// Scores of every pair that shares a posting key (incompatible pairs are absent), and the
    /// pairs scoring at least half the threshold, most similar first (ties by indices). Each pair
    /// is found from its lower mention, de-duplicated by a stamp per partner instead of a set of
    /// pairs. `postingKeys[i]`: the key ids of mention `i` (`keys[id]` is the key).
    func candidateScores(_ profiles: MentionProfiles, postingKeys: PostingKeys, keys: [String],
                         _ similarity: MentionSimilarity, postingCounts: [String: Int]? = nil) -> (PairScores, [MergeOrder]) {
        // Posting lists in one array (an array per key was as many allocations), each in mention
        // order: list `id` is `members[starts[id]..<starts[id + 1]]`.
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for id in postingKeys.ids { starts[Int(id) + 1] += 1 }
        for id in keys.indices { starts[id + 1] += starts[id] }
        var members = [Int32](repeating: 0, count: postingKeys.ids.count)
        var next = starts
        for i in 0..<postingKeys.count {
            for id in postingKeys[i] { members[next[Int(id)]] = Int32(i); next[Int(id)] += 1 }
        }
        let proposes = keys.indices.map { id in
            let count = starts[id + 1] - starts[id]
            return count > 1 && (postingCounts?[keys[id]] ?? count) <= maximumPostings
        }
        var compatible: [ScoredPair] = []
        var stamp = Array(repeating: Int32(-1), count: profiles.count)
        var masks = TermPositionMasks(termIDs: keys.count)
        // Partners read in place from the table: no retain or copy per pair.
        profiles.withProfiles { profiles in
            let dates = profiles.dates
            // Stamps written in place: through the array, each write checked its uniqueness.
            stamp.withUnsafeMutableBufferPointer { stamp in
                postingKeys.ids.withUnsafeBufferPointer { keyIDs in
                    for a in 0..<profiles.count {
                        let profileA = profiles[a], datesA = dates[a]
                        let masked = masks.load(profileA)
                        let found = compatible.count
                        // In order of indices (the lists are walked downwards), which lets the
                        // merge order's sort skip most of its buckets.
                        defer { Self.sortByPartner(&compatible, from: found) }
                        for id in postingKeys[a] where proposes[Int(id)] {
                            // Lists are in mention order: the partners above `a` are at the end.
                            for b in members[starts[Int(id)]..<starts[Int(id) + 1]].reversed() {
                                if b <= a { break }
                                if stamp[Int(b)] == a { continue }
                                stamp[Int(b)] = Int32(a)
                                // Dates first, from the dense array: most pairs end here (`score` tests them first too).
                                guard similarity.compatibleDates(datesA, dates[Int(b)]) else { continue }
                                let profileB = profiles[Int(b)]
                                let shared = masked
                                    ? masks.sharedTermWeight(profileA, distinctTermsOf: UnsafeBufferPointer(rebasing: keyIDs[postingKeys.terms(of: Int(b))]))
                                    : similarity.sharedTermWeight(profileA, profileB)
                                let s = similarity.evidence(profileA, profileB, sharedTermWeight: shared)
                                compatible.append(ScoredPair(a: a, b: Int(b), score: s))
                            }
                        }
                    }
                }
            }
        }
        // Sized from the pairs found: a guess per mention zeroed megabytes it never used.
        var scores = PairScores(capacity: compatible.count)
        for pair in compatible { scores.set(pair.a, pair.b, pair.score) }
        var ordered: [MergeOrder] = []
        ordered.reserveCapacity(compatible.count)
        for pair in compatible where pair.score >= threshold * 0.5 { ordered.append(MergeOrder(pair)) }
        MergeOrder.sort(&ordered)
        return (scores, ordered)
    }
}

/// `IncidentBuilder.sharedTermCounts` incident by incident, from each mention's distinct key
/// terms as ids: the ids clustering interned already (its posting keys), or the counter's own.
/// Counting holders in a table by id, cleared after each incident, replaced a `String`-keyed
/// dictionary per incident that hashed every term of every mention again (a twelfth of
/// clustering and building on the 1k corpus).
struct SharedTermCounter {
    /// The distinct term ids of every mention, flat; mention `i`'s end at `ends[i]`.
    private var ids: [Int32] = []
    private var ends: [Int] = []
    /// How many mentions of the current incident hold each id: all zero between incidents.
    private var holders: [Int32]

    /// Interning the mentions' terms itself.
    init(_ mentions: [Mention]) {
        var interner = StringInterner()
        var lastHolder: [Int] = []
        for i in mentions.indices {
            for term in mentions[i].keyTerms {
                let id = interner.id(term)
                if Int(id) == lastHolder.count { lastHolder.append(-1) }
                guard lastHolder[Int(id)] != i else { continue }
                lastHolder[Int(id)] = i
                ids.append(id)
            }
            ends.append(ids.count)
        }
        holders = Array(repeating: 0, count: interner.count)
    }

    /// From clustering's posting keys: the term ids among them are each mention's distinct
    /// terms, interned by the clustering's profiler, all below `idCount`.
    init(_ postingKeys: IncidentClusterer.PostingKeys, idCount: Int) {
        ids.reserveCapacity(postingKeys.ids.count)
        ends.reserveCapacity(postingKeys.count)
        for i in 0..<postingKeys.count {
            ids += postingKeys.ids[postingKeys.terms(of: i)]
            ends.append(ids.count)
        }
        holders = Array(repeating: 0, count: idCount)
    }

    private func terms(_ mention: Int) -> Range<Int> { Self.terms(mention, ends: ends) }

    private static func terms(_ mention: Int, ends: [Int]) -> Range<Int> { (mention == 0 ? 0 : ends[mention - 1])..<ends[mention] }

    /// `IncidentBuilder.sharedTermCounts` of `mentions` (in reading order), which are the
    /// counter's mentions at `indices`: for each, Σ over its distinct terms of how many others
    /// hold the term, mentions equal to it not counted.
    mutating func counts(_ mentions: [Mention], at indices: [Int]) -> [Int] {
        guard mentions.count > 1 else { return mentions.map { _ in 0 } }
        var shared: [Int] = []
        shared.reserveCapacity(indices.count)
        let ends = self.ends
        func terms(_ mention: Int) -> Range<Int> { Self.terms(mention, ends: ends) }
        ids.withUnsafeBufferPointer { ids in
            holders.withUnsafeMutableBufferPointer { holders in
                for i in indices { for id in ids[terms(i)] { holders[Int(id)] += 1 } }
                for i in indices {
                    var sum = 0
                    for id in ids[terms(i)] { sum += Int(holders[Int(id)]) - 1 }
                    shared.append(sum)
                }
                for i in indices { for id in ids[terms(i)] { holders[Int(id)] = 0 } }
            }
        }
        // A mention equal to another is not one of its "others": take back what it shared with
        // its copies (all of its terms, once per copy). Equal mentions share article and start,
        // so in reading order they lie in one run of such.
        var runStart = 0
        while runStart < mentions.count {
            var runEnd = runStart + 1
            while runEnd < mentions.count, mentions[runEnd].span.start == mentions[runStart].span.start,
                  mentions[runEnd].articleID == mentions[runStart].articleID { runEnd += 1 }
            if runEnd - runStart > 1 {
                for i in runStart..<runEnd {
                    let copies = (runStart..<runEnd).filter { $0 != i && mentions[$0] == mentions[i] }.count
                    shared[i] -= copies * terms(indices[i]).count
                }
            }
            runStart = runEnd
        }
        return shared
    }
}

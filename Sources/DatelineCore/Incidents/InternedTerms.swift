/// Every key term of a corpus's mentions interned once, in the mentions' order (repeats kept):
/// the corpus statistics count them and clustering's profiler reads them, where each used to
/// intern every term again (two probes of the interner a term, a tenth of clustering at 10k).
struct InternedTerms {
    private(set) var interner = StringInterner()
    /// The term ids of every mention, flat; mention `i`'s end at `ends[i]`.
    private(set) var ids: [Int32] = []
    private var ends: [Int] = []

    init(_ mentions: [Mention]) {
        ids.reserveCapacity(mentions.count * 8)
        ends.reserveCapacity(mentions.count)
        for i in mentions.indices {
            for term in mentions[i].keyTerms { ids.append(interner.id(term)) }
            ends.append(ids.count)
        }
    }

    var count: Int { ends.count }

    /// Mention `i`'s term ids, in its order.
    subscript(_ mention: Int) -> ArraySlice<Int32> {
        ids[(mention == 0 ? 0 : ends[mention - 1])..<ends[mention]]
    }
}

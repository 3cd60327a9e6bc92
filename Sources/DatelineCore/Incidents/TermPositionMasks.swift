/// `MentionSimilarity.sharedTermWeight` of one mention against many partners, as clustering
/// scores them: the positions of each of the mention's key terms as bits, by term id, so a
/// partner's shared positions are one table read per distinct term of the partner (walking the
/// two sorted id lists together, a branch per step, was a seventh of clustering). Mentions of
/// more than 64 terms do not fit one word of bits: the caller falls back on the walk.
struct TermPositionMasks {
    /// Bit k of `masks[id]`: position k of the loaded mention's terms has term `id`.
    private var masks: [UInt64]
    /// The ids set in `masks`, cleared when the next mention is loaded.
    private var loaded: [Int32] = []

    /// `termIDs`: one more than the largest term id of the profiles to compare.
    init(termIDs: Int) {
        masks = Array(repeating: 0, count: termIDs)
    }

    /// Makes `a` the mention the next `sharedTermWeight` calls are about. False, and nothing
    /// loaded, when it has more than 64 terms.
    mutating func load(_ a: MentionProfile) -> Bool {
        for id in loaded { masks[Int(id)] = 0 }
        loaded.removeAll(keepingCapacity: true)
        guard a.termCount <= 64 else { return false }
        for term in a.sortedTerms {
            let id = MentionProfile.termID(term)
            masks[Int(id)] |= 1 << UInt64(MentionProfile.termPosition(term))
            loaded.append(id)
        }
        return true
    }

    /// `sharedTermWeight(a, b)` of the loaded mention `a` and a partner given by its distinct
    /// term ids: the same weights added in the same order (`a`'s), so bit-identical.
    func sharedTermWeight(_ a: MentionProfile, distinctTermsOf b: UnsafeBufferPointer<Int32>) -> Double {
        var bits: UInt64 = 0
        masks.withUnsafeBufferPointer { masks in
            for id in b { bits |= masks[Int(id)] }
        }
        var shared = 0.0
        MentionSimilarity.add(a.termWeights, at: bits, from: 0, to: &shared)
        return shared
    }
}

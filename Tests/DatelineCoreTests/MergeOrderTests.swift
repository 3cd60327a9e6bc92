import Testing
@testable import DatelineCore

/// Clustering visits candidate pairs in the order of their packed `MergeOrder` keys: the same
/// order as the rule (score descending, then the indices), and the same from its own sort.
@Suite struct MergeOrderTests {
    typealias Pair = IncidentClusterer.ScoredPair
    typealias Key = IncidentClusterer.MergeOrder

    /// The rule, on the pairs themselves.
    private static func before(_ x: Pair, _ y: Pair) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    /// Many ties (a few scores, few indices), signs, zeros of both signs, extremes.
    private static func randomPairs(count: Int, seed: UInt64) -> [Pair] {
        var rng = SplitMix64(seed: seed)
        let special: [Double] = [0, -0.0, 0.5, -0.5, 1, 1e-300, -1e-300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                 .infinity, -.infinity, 2.25, 0.4999999999999999]
        return (0..<count).map { _ in
            let score = Bool.random(using: &rng) ? special.randomElement(using: &rng)! : Double.random(in: -3...6, using: &rng)
            let a = Int.random(in: 0..<(Bool.random(using: &rng) ? 5 : 1 << 31), using: &rng)
            return Pair(a: a, b: a + Int.random(in: 1...9, using: &rng), score: score)
        }
    }

    @Test func keysCompareAsTheRule() {
        let pairs = Self.randomPairs(count: 3_000, seed: 21)
        for (x, y) in zip(pairs, pairs.shuffled()) {
            #expect((Key(x) < Key(y)) == Self.before(x, y), "\(x) \(y)")
            #expect((Key(y) < Key(x)) == Self.before(y, x), "\(y) \(x)")
        }
        let key = Key(Pair(a: 7, b: 1 << 31, score: 1))
        #expect(key.a == 7 && key.b == 1 << 31)
    }

    @Test func sortGivesTheRulesOrder() {
        // Sizes around the insertion sort's cut-off, and large ones with many equal scores.
        for (n, seed) in [(0, 1), (1, 2), (2, 3), (16, 4), (17, 5), (40, 6), (1_000, 7), (50_000, 8)] {
            // Distinct pairs, as clustering has (each pair found once).
            var seen = Set<[Int]>()
            let pairs = Self.randomPairs(count: n, seed: UInt64(seed)).filter { seen.insert([$0.a, $0.b]).inserted }
            var keys = pairs.map(Key.init)
            Key.sort(&keys)
            let expected = pairs.sorted(by: Self.before).map { [$0.a, $0.b] }
            #expect(keys.map { [$0.a, $0.b] } == expected, "n = \(n)")
        }
        // Already sorted and reversed: the median of three keeps these fast, and they stay right.
        var keys = (0..<5_000).map { Key(Pair(a: $0, b: $0 + 1, score: 1)) }
        Key.sort(&keys)
        #expect(keys.map(\.a) == Array(0..<5_000))
        keys.reverse()
        Key.sort(&keys)
        #expect(keys.map(\.a) == Array(0..<5_000))
    }
}

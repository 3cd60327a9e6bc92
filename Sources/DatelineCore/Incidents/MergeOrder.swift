extension IncidentClusterer {
    /// A scored pair's place in merge order (score descending, then `a`, then `b`) as one
    /// 128-bit integer. Every pair has its own key, so any sort gives the one order: a bucket
    /// sort on the scores' high bits, then a quicksort within buckets. The standard library's
    /// stable merge sort of `ScoredPair`s by that rule (merging runs more than comparing) was a
    /// tenth of clustering; a quicksort of all the keys four fifths of that; an LSD radix sort
    /// on their bytes more than either.
    struct MergeOrder: Comparable {
        let score: UInt64
        let indices: UInt64

        init(_ pair: ScoredPair) {
            // IEEE order as unsigned order: negatives' bits reversed, positives' sign bit set
            // (`+ 0.0` makes -0 into +0, which compares equal to it). Then flipped: descending.
            let bits = (pair.score + 0.0).bitPattern
            score = ~(bits >> 63 == 1 ? ~bits : bits | 1 << 63)
            indices = UInt64(pair.a) << 32 | UInt64(pair.b)
        }

        var a: Int { Int(indices >> 32) }
        var b: Int { Int(indices & 0xFFFF_FFFF) }

        @inline(__always)
        static func < (x: Self, y: Self) -> Bool { x.score != y.score ? x.score < y.score : x.indices < y.indices }

        /// Ascending: the keys dealt into about as many buckets as there are keys by their
        /// scores' offset from the lowest (whose top bits spread them), each bucket then sorted
        /// by `sort(_:_:_:depth:)` unless in order already. Most buckets hold a key or two, or
        /// keys of one score, so this costs a few passes over the keys, where a quicksort of all
        /// of them compared each some 20 times. Fastest when the keys come in order of indices
        /// (an insertion sort of each bucket instead did not pay: buckets mix scores).
        static func sort(_ keys: inout [MergeOrder]) {
            let n = keys.count
            guard n > 64 else {
                keys.withUnsafeMutableBufferPointer { sort($0, 0, $0.count, depth: 2 * 6) }
                return
            }
            var lowest = UInt64.max, highest = UInt64.min
            for key in keys { lowest = min(lowest, key.score); highest = max(highest, key.score) }
            let bucketBits = min(16, Int.bitWidth - n.leadingZeroBitCount)
            let shift = UInt64(max(0, (UInt64.bitWidth - (highest - lowest).leadingZeroBitCount) - bucketBits))
            var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
            for key in keys { starts[Int((key.score - lowest) >> shift) + 1] += 1 }
            for b in 0..<(1 << bucketBits) { starts[b + 1] += starts[b] }
            var next = starts
            keys = [MergeOrder](unsafeUninitializedCapacity: n) { dealt, count in
                for key in keys {
                    let b = Int((key.score - lowest) >> shift)
                    dealt.initializeElement(at: next[b], to: key)
                    next[b] += 1
                }
                count = n
                var depth = 0
                var m = n
                while m > 1 { depth += 2; m /= 2 }
                // Dealt in their order: a bucket of one score (most, on a dense corpus) is in
                // order already when the keys came in order of their indices.
                for b in 0..<(1 << bucketBits) where starts[b + 1] - starts[b] > 1 {
                    if (starts[b] + 1..<starts[b + 1]).allSatisfy({ dealt[$0 - 1] < dealt[$0] }) { continue }
                    sort(dealt, starts[b], starts[b + 1], depth: depth)
                }
            }
        }

        private static func sort(_ keys: UnsafeMutableBufferPointer<MergeOrder>, _ low: Int, _ high: Int, depth: Int) {
            var low = low, high = high, depth = depth
            while high - low > 16 {
                if depth == 0 { keys[low..<high].sort(); return }
                depth -= 1
                let mid = low + (high - low) / 2
                if keys[mid] < keys[low] { keys.swapAt(mid, low) }
                if keys[high - 1] < keys[low] { keys.swapAt(high - 1, low) }
                if keys[high - 1] < keys[mid] { keys.swapAt(high - 1, mid) }
                // keys[low] ≤ pivot ≤ keys[high - 1]: the two scans stop at the ends at the latest.
                let pivot = keys[mid]
                var i = low, j = high - 1
                while true {
                    repeat { i += 1 } while keys[i] < pivot
                    repeat { j -= 1 } while pivot < keys[j]
                    if i >= j { break }
                    keys.swapAt(i, j)
                }
                // [low, j] ≤ pivot ≤ [j + 1, high), both parts non-empty. The smaller one by
                // recursion, the larger by looping: the stack stays logarithmic.
                if j + 1 - low < high - (j + 1) {
                    sort(keys, low, j + 1, depth: depth)
                    low = j + 1
                } else {
                    sort(keys, j + 1, high, depth: depth)
                    high = j + 1
                }
            }
            guard high - low > 1 else { return }
            for i in (low + 1)..<high {
                let key = keys[i]
                var j = i
                while j > low && key < keys[j - 1] { keys[j] = keys[j - 1]; j -= 1 }
                keys[j] = key
            }
        }
    }
}

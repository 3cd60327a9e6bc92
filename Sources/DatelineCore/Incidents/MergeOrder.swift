extension IncidentClusterer {
    /// A scored pair's place in merge order (score descending, then `a`, then `b`) as one
    /// 128-bit integer. Every pair has its own key, so any sort gives the one order: an unstable
    /// quicksort on two words does it in four fifths of the instructions of the standard
    /// library's stable merge sort of `ScoredPair`s by that rule (merging runs, not comparing,
    /// was most of that). An LSD radix sort on the bytes cost more than either.
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

        /// Ascending, in place: quicksort with the median of three, insertion sort below 16
        /// keys, and the standard sort for a part that recursed too deep (no quadratic case).
        static func sort(_ keys: inout [MergeOrder]) {
            keys.withUnsafeMutableBufferPointer { keys in
                var depth = 0
                var n = keys.count
                while n > 1 { depth += 2; n /= 2 }
                sort(keys, keys.startIndex, keys.endIndex, depth: depth)
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

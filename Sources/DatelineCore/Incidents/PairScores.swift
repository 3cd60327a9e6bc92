/// Scores of mention pairs, keyed by the two indices: an open-addressing table with a
/// multiplicative hash. `Set<PairKey>`/`[PairKey: Double]` (SipHash, rehashing as they grew)
/// were a quarter of clustering's time.
struct PairScores {
    private var keys: [UInt64]
    private var values: [Double]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    private static func key(_ x: Int, _ y: Int) -> UInt64 {
        UInt64(min(x, y)) << 32 | UInt64(max(x, y))
    }

    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    subscript(_ x: Int, _ y: Int) -> Double? {
        let i = slot(Self.key(x, y))
        return keys[i] == Self.empty ? nil : values[i]
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Double) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.key(x, y)
        let i = slot(key)
        if keys[i] == Self.empty { keys[i] = key; count += 1 }
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty {
            let i = slot(k)
            keys[i] = k
            values[i] = v
        }
    }
}

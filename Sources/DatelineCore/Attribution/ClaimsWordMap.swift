import Foundation

/// A `[String: Value]` looked up by token: the grammar rules test closed word classes and
/// lexicon words at nearly every token, and hashing each token's `String` (SipHash) cost more
/// than the rules. A token carries its fingerprint, so a look-up is a probe and, on a hit, one
/// string comparison. Same answers as the dictionary: tokens that are not ASCII ask it.
struct ClaimsWordMap<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Open addressing by fingerprint; a slot holds index + 1 into `keys`/`values` (0: empty).
    private let slots: [Int32]
    private let fps: [UInt32]
    private let keys: [String]
    /// `ClaimsKey` of each key's ASCII form: a short token compares packed bytes.
    private let packed: [ClaimsKey]
    private let values: [Value]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var keys: [String] = [], values: [Value] = [], fps: [UInt32] = [], packed: [ClaimsKey] = []
        // Sorted: the same layout on every run.
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            // An ASCII token can equal (canonically) a key only through the key's composed form.
            let ascii = ClaimsToken.isASCII(key) ? key : key.precomposedStringWithCanonicalMapping
            guard ClaimsToken.isASCII(ascii) else { continue }
            keys.append(key)
            values.append(value)
            fps.append(ClaimsToken.fingerprint(ascii))
            packed.append(ClaimsKey(ascii))
        }
        var capacity = 16
        while capacity < keys.count * 4 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for k in keys.indices {
            var s = Self.home(fps[k]) & (capacity - 1)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = Int32(k + 1)
        }
        self.slots = slots
        self.fps = fps
        self.keys = keys
        self.packed = packed
        self.values = values
        self.mask = capacity - 1
    }

    @inline(__always) private static func home(_ fp: UInt32) -> Int { Int((fp &* 0x9E37_79B1) >> 8) }

    /// The value of the token's text.
    @inline(__always)
    subscript(_ t: ClaimsToken) -> Value? {
        guard t.ascii else { return dictionary[t.text] }
        var s = Self.home(t.fp) & mask
        while true {
            let k = Int(slots[s])
            if k == 0 { return nil }
            if fps[k - 1] == t.fp, t.isShort ? packed[k - 1] == t.key : keys[k - 1] == t.text { return values[k - 1] }
            s = (s + 1) & mask
        }
    }

    /// The value of any text (not from a token): the dictionary itself.
    subscript(_ text: String) -> Value? { dictionary[text] }
}

/// A `Set<String>` looked up by token (see `ClaimsWordMap`).
struct ClaimsWordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: ClaimsWordMap<Bool>

    init(_ words: [String]) {
        map = ClaimsWordMap(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ t: ClaimsToken) -> Bool { map[t] != nil }
    func contains(_ text: String) -> Bool { map[text] != nil }
}

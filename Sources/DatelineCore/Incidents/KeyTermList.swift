import Foundation

/// The terms of one clause found so far, each once (`String` equality), in order of first
/// occurrence. ASCII terms are kept as bytes in a caller-provided arena and become `String`s only
/// at the end. They are found again through a small open-addressing index keyed by the hash the
/// scanner computed while reading the word: a linear search over every term kept was a tenth of
/// the key terms' time on long clauses.
struct KeyTermList {
    struct Entry {
        /// ASCII term: offset in the arena. Other term: index in `others`.
        var start: Int32
        /// ASCII term: its byte count. Other term: -1 (compared as a `String`).
        var count: Int32
        var hash: Int
    }

    private let arena: UnsafeMutablePointer<UInt8>
    private let entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    private var used = 0
    /// Terms with non-ASCII letters (rare): compared with `String` equality, as Unicode asks.
    private var others: [String] = []
    /// Entry index + 1 of each ASCII term at its hash's slot (linear probing; 0 = empty).
    private let index: UnsafeMutablePointer<Int32>
    private let indexMask: Int

    /// Index slots for `terms` terms at most: a power of two, at most half full.
    static func indexSize(terms: Int) -> Int {
        var size = 16
        while size < terms * 2 { size <<= 1 }
        return size
    }

    /// `arena` must have room for every term kept plus the word being read; `entries` for every
    /// term; `index` holds `indexSize(terms:)` slots for that many terms (cleared here).
    init(arena: UnsafeMutablePointer<UInt8>, entries: UnsafeMutablePointer<Entry>, index: UnsafeMutableBufferPointer<Int32>) {
        self.arena = arena
        self.entries = entries
        self.index = index.baseAddress!
        indexMask = index.count - 1
        index.initialize(repeating: 0)
    }

    /// Free arena space: the scanner lower-cases the current word here, so that a new term is
    /// kept where it already lies.
    var top: UnsafeMutablePointer<UInt8> { arena + used }

    /// Keeps the `count` bytes at `top` as a term unless it is already there.
    mutating func insertTop(count: Int) {
        insertTop(count: count, hash: ByteKeyTable<Bool>.hash(UnsafeBufferPointer(start: UnsafePointer(top), count: count)))
    }

    /// The same when the caller has the bytes' `ByteKeyTable.hash` already.
    @inline(__always)
    mutating func insertTop(count: Int, hash h: Int) {
        let bytes = UnsafeBufferPointer(start: UnsafePointer(top), count: count)
        var slot = h & indexMask
        while true {
            let k = Int(index[slot]) - 1
            if k < 0 { break }
            let e = entries[k]
            if e.hash == h && Int(e.count) == count && memcmp(arena + Int(e.start), bytes.baseAddress!, count) == 0 { return }
            slot = (slot + 1) & indexMask
        }
        if !others.isEmpty && containsOther(bytes) { return }
        index[slot] = Int32(entryCount + 1)
        entries[entryCount] = Entry(start: Int32(used), count: Int32(count), hash: h)
        entryCount += 1
        used += count
    }

    /// Whether a non-ASCII term equals these ASCII bytes as a `String` (canonical equivalence).
    private func containsOther(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = String(decoding: bytes, as: UTF8.self)
        return others.contains { $0 == s }
    }

    mutating func insert(_ term: String) {
        var term = term
        let ascii = term.withUTF8 { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            // ASCII against ASCII: equal as `String`s exactly when equal as bytes.
            top.update(from: utf8.baseAddress!, count: utf8.count)
            return true
        }
        if ascii { insertTop(count: term.utf8.count); return }
        for k in 0..<entryCount where string(k) == term { return }
        entries[entryCount] = Entry(start: Int32(others.count), count: -1, hash: 0)
        entryCount += 1
        others.append(term)
    }

    private func string(_ k: Int) -> String {
        let e = entries[k]
        if e.count < 0 { return others[Int(e.start)] }
        // ASCII bytes: copied into a new (for most terms small, inline) string; `String(decoding:)`
        // took a general repairing path that cost several times the copy.
        let start = arena + Int(e.start)
        return String(unsafeUninitializedCapacity: Int(e.count)) { buffer in
            buffer.baseAddress!.update(from: start, count: Int(e.count))
            return Int(e.count)
        }
    }

    func strings() -> [String] {
        (0..<entryCount).map(string)
    }
}

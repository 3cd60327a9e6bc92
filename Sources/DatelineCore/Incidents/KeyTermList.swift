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
    /// Arena bytes usable for terms: the last eight of the allocation stay free, because a word
    /// is hashed and compared by eight-byte loads that may read past its end.
    private let arenaLimit: Int
    /// Arena bytes variant terms may fill: the text's own bytes stay free for the words after.
    private let variantLimit: Int
    private let entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    private var used = 0
    /// Terms with non-ASCII letters (rare), and ASCII variant terms the arena had no room for:
    /// compared with `String` equality, as Unicode asks.
    private var others: [String] = []
    /// Entry index + 1 of each ASCII term at its hash's slot (linear probing; 0 = empty).
    private let index: UnsafeMutablePointer<Int32>
    private let indexMask: Int
    /// Where the scanner resumes after a word it handed to its out-of-line path.
    var skipTo = 0

    /// Where the parts of the scratch space lie for a text of `textBytes` bytes: one allocation.
    struct Layout {
        /// A word takes at least one byte and a separator: at most n/2 + 1 words, so terms.
        let textBytes: Int
        let terms: Int
        let indexSlots: Int
        let entriesOffset: Int
        let indexOffset: Int
        let arenaOffset: Int
        let arenaBytes: Int
        var byteCount: Int { arenaOffset + arenaBytes }

        init(textBytes n: Int) {
            textBytes = n
            terms = n / 2 + 2
            var size = 16
            while size < terms * 2 { size <<= 1 }
            indexSlots = size
            entriesOffset = 0
            indexOffset = terms * MemoryLayout<Entry>.stride
            arenaOffset = indexOffset + size * MemoryLayout<Int32>.stride
            // Every word's stem is no longer than the word, and the words lie apart in the text:
            // n bytes hold them all and the word being read. Variant terms get the rest.
            arenaBytes = 2 * n + 64
        }
    }

    /// `scratch` is `layout.byteCount` bytes, 8-aligned.
    init(scratch: UnsafeMutableRawPointer, layout: Layout) {
        entries = (scratch + layout.entriesOffset).bindMemory(to: Entry.self, capacity: layout.terms)
        index = (scratch + layout.indexOffset).bindMemory(to: Int32.self, capacity: layout.indexSlots)
        index.initialize(repeating: 0, count: layout.indexSlots)
        indexMask = layout.indexSlots - 1
        arena = (scratch + layout.arenaOffset).bindMemory(to: UInt8.self, capacity: layout.arenaBytes)
        arenaLimit = layout.arenaBytes - 8
        variantLimit = arenaLimit - layout.textBytes
    }

    /// Free arena space: the scanner lower-cases the current word here, so that a new term is
    /// kept where it already lies.
    var top: UnsafeMutablePointer<UInt8> { arena + used }

    /// Keeps the `count` bytes at `top` as a term unless it is already there.
    mutating func insertTop(count: Int) {
        insertTop(count: count, hash: KeyTermHash.hash(top, count: count))
    }

    /// The same when the caller has the bytes' `KeyTermHash.hash` already.
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
            guard utf8.allSatisfy({ $0 < 0x80 }), used + utf8.count <= variantLimit else { return false }
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
        // Filled in place: `map` over a range grew its array from nothing.
        Array(unsafeUninitializedCapacity: entryCount) { buffer, count in
            for k in 0..<entryCount { (buffer.baseAddress! + k).initialize(to: string(k)) }
            count = entryCount
        }
    }
}

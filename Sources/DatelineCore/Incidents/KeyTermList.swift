import Foundation

/// The terms of one clause found so far, each once (`String` equality), in order of first
/// occurrence. ASCII terms are kept as bytes in a caller-provided arena and become `String`s only
/// at the end; a clause has a handful, so a linear search over byte hashes beats hashing into a set.
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

    /// `arena` must have room for every term kept plus the word being read; `entries` for every term.
    init(arena: UnsafeMutablePointer<UInt8>, entries: UnsafeMutablePointer<Entry>) {
        self.arena = arena
        self.entries = entries
    }

    /// Free arena space: the scanner lower-cases the current word here, so that a new term is
    /// kept where it already lies.
    var top: UnsafeMutablePointer<UInt8> { arena + used }

    /// Keeps the `count` bytes at `top` as a term unless it is already there.
    mutating func insertTop(count: Int) {
        let bytes = UnsafeBufferPointer(start: UnsafePointer(top), count: count)
        let h = ByteKeyTable<Bool>.hash(bytes)
        guard !contains(bytes, hash: h) else { return }
        entries[entryCount] = Entry(start: Int32(used), count: Int32(count), hash: h)
        entryCount += 1
        used += count
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

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>, hash h: Int) -> Bool {
        var string: String?
        for k in 0..<entryCount {
            let e = entries[k]
            if e.count >= 0 {
                if e.hash == h && Int(e.count) == bytes.count && memcmp(arena + Int(e.start), bytes.baseAddress!, bytes.count) == 0 {
                    return true
                }
            } else {
                let s = string ?? String(decoding: bytes, as: UTF8.self)
                string = s
                if others[Int(e.start)] == s { return true }
            }
        }
        return false
    }

    private func string(_ k: Int) -> String {
        let e = entries[k]
        if e.count < 0 { return others[Int(e.start)] }
        return String(decoding: UnsafeBufferPointer(start: arena + Int(e.start), count: Int(e.count)), as: UTF8.self)
    }

    func strings() -> [String] {
        (0..<entryCount).map(string)
    }
}

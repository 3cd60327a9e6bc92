/// The content words of a mention, normalised so that outlets' wordings compare: lower-cased,
/// spelling variants folded (rouble → ruble), light suffix stripping (advanced → advanc),
/// function words, reporting verbs and calendar words dropped.
public struct KeyTermExtractor: Sendable {
    let stopwords: Set<String>
    let variants: [String: String]
    /// The same two lexicons keyed by bytes, for ASCII words (most of them): a word is tested
    /// without building a `String`. Lexicon keys are ASCII, so byte and `String` equality agree.
    let stopwordBytes: ByteKeyTable<Bool>
    let variantBytes: ByteKeyTable<String>

    init(stopwords: Set<String>, variants: [String: String]) {
        self.stopwords = stopwords
        self.variants = variants
        stopwordBytes = ByteKeyTable(set: stopwords)
        variantBytes = ByteKeyTable(variants.map { ($0.key, $0.value) })
    }

    public static func bundled() throws -> KeyTermExtractor {
        let variantRows = try LexiconFile(resource: "lexicons/spelling-variants.tsv").rows
        var variants: [String: String] = [:]
        for row in variantRows where row.count >= 2 { variants[row[0].lowercased()] = row[1].lowercased() }
        return KeyTermExtractor(stopwords: Set(try LexiconFile(resource: "lexicons/stopwords.tsv").words), variants: variants)
    }

    /// Terms of `text` in order of first occurrence, each once.
    public func terms(in text: String) -> [String] {
        var text = text
        // One pass over the UTF-8 in place: words are lower-cased into one scratch buffer, tested
        // against the byte-keyed lexicons, stemmed there, and only a term kept becomes a `String`.
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
                let word = scratch.baseAddress!
                var result = TermList()
                Self.forEachWord(bytes) { range in
                    var n = 0
                    for i in range {
                        let b = bytes[i]
                        guard b < 0x80 else {
                            add(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased(), to: &result)
                            return
                        }
                        word[n] = b &- 0x41 < 26 ? b | 0x20 : b
                        n += 1
                    }
                    if n >= 2, word[n - 2] == UInt8(ascii: "'"), word[n - 1] == UInt8(ascii: "s") { n -= 2 }
                    let lowered = UnsafeBufferPointer(start: word, count: n)
                    if let folded = variantBytes.value(lowered) { addChecked(folded, to: &result); return }
                    // ASCII: one byte per Character, so the byte count is the `String` count.
                    guard n >= 3, stopwordBytes.value(lowered) == nil, !lowered.contains(where: { $0 &- 0x30 < 10 }) else { return }
                    result.insertASCII(UnsafeBufferPointer(start: word, count: Self.stemASCII(word, count: n)))
                }
                return result.terms
            }
        }
    }

    /// The word path over `String`s, for words with non-ASCII letters.
    private func add(_ word: String, to result: inout TermList) {
        var lower = word
        if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
        if let folded = variants[lower] { lower = folded }
        addChecked(lower, to: &result)
    }

    private func addChecked(_ lower: String, to result: inout TermList) {
        guard lower.count >= 3, !stopwords.contains(lower), !lower.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return }
        result.insert(Self.stem(lower))
    }

    /// The terms found so far, each once (`String` equality). A clause has a handful: a linear
    /// search beats hashing them, and comparing byte hashes first beats comparing `String`s.
    struct TermList {
        var terms: [String]
        /// `ByteKeyTable.hash` of each ASCII term's bytes; nil for the others (compared as `String`s).
        var hashes: [Int?]

        /// Room for a clause's usual handful of terms: growing from empty reallocated four times.
        init() {
            terms = []
            terms.reserveCapacity(16)
            hashes = []
            hashes.reserveCapacity(16)
        }

        mutating func insertASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
            let h = ByteKeyTable<Bool>.hash(bytes)
            var string: String?
            for (k, other) in hashes.enumerated() {
                if let other {
                    // ASCII against ASCII: equal as `String`s exactly when equal as bytes.
                    if other == h && terms[k].utf8.elementsEqual(bytes) { return }
                } else {
                    let s = string ?? String(decoding: bytes, as: UTF8.self)
                    string = s
                    if terms[k] == s { return }
                }
            }
            terms.append(string ?? String(decoding: bytes, as: UTF8.self))
            hashes.append(h)
        }

        mutating func insert(_ term: String) {
            guard !terms.contains(term) else { return }
            terms.append(term)
            var copy = term
            hashes.append(copy.withUTF8 { $0.allSatisfy { $0 < 0x80 } ? ByteKeyTable<Bool>.hash($0) : nil })
        }
    }

    /// Byte ranges of the words of UTF-8 `bytes`: letters, digits and inner hyphens/apostrophes
    /// (edge ones dropped); non-ASCII scalars are decoded only where they occur.
    static func wordByteRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { forEachWord($0) { out.append($0) } }
        return out
    }

    /// Calls `body` with the byte range of each word, in order (see `wordByteRanges`).
    @inline(__always)
    static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        // Length in bytes of the scalar at i, and whether it is a word scalar / a joiner.
        @inline(__always) func classify(_ i: Int) -> (length: Int, word: Bool, joins: Bool) {
            let b = bytes[i]
            if b < 0x80 {
                let joins = b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
                return (1, joins || (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10, joins)
            }
            let (s, length) = UTF8Scalars.decode(bytes, i)
            let joins = s == "\u{2019}"
            return (length, joins || s.isLetter, joins)
        }
        var i = 0
        while i < bytes.count {
            var c = classify(i)
            guard c.word else { i += c.length; continue }
            var start = i, end = i
            // Leading joiners are dropped; `end` follows the last non-joiner.
            var leading = true
            while i < bytes.count {
                c = classify(i)
                guard c.word else { break }
                if c.joins { if leading { start = i + c.length } } else { leading = false; end = i + c.length }
                i += c.length
            }
            if !leading && start < end { body(start..<end) }
        }
    }

    /// A deliberately light stemmer: enough to match advance/advanced/advancing and
    /// settlement/settlements without conflating unrelated words.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemScalars(word) }
        stemASCII(&bytes)
        return bytes.count == word.utf8.count ? word : String(decoding: bytes, as: UTF8.self)
    }

    /// `stem` of an ASCII word, in place: one byte per Character, so byte counts and suffixes
    /// are the String ones.
    static func stemASCII(_ bytes: inout [UInt8]) {
        let n = bytes.withUnsafeMutableBufferPointer { stemASCII($0.baseAddress!, count: $0.count) }
        bytes.removeLast(bytes.count - n)
    }

    /// The same over `count` bytes at `word`; returns the stem's length (a final "ies" becomes "y").
    @inline(__always)
    static func stemASCII(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var n = count
        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            for j in 0..<k where word[n - k + j] != suffix.utf8Start[j] { return false }
            return true
        }
        if ends("ies") && n > 4 { n -= 2; word[n - 1] = UInt8(ascii: "y") }
        else if ends("ing") && n > 5 { n -= 3 }
        else if ends("ed") && n > 4 { n -= 2 }
        else if ends("es") && n > 4 && (ends("ses") || ends("xes") || ends("ches") || ends("shes")) { n -= 2 }
        else if ends("s") && !ends("ss") && n > 3 { n -= 1 }
        if ends("e") && n > 4 { n -= 1 }
        return n
    }

    /// `stem` for words with non-ASCII letters, over Characters.
    static func stemScalars(_ word: String) -> String {
        var w = word
        if w.hasSuffix("ies") && w.count > 4 { w = String(w.dropLast(3)) + "y" }
        else if w.hasSuffix("ing") && w.count > 5 { w = String(w.dropLast(3)) }
        else if w.hasSuffix("ed") && w.count > 4 { w = String(w.dropLast(2)) }
        else if w.hasSuffix("es") && w.count > 4 && (w.hasSuffix("ses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes")) { w = String(w.dropLast(2)) }
        else if w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3 { w = String(w.dropLast()) }
        if w.hasSuffix("e") && w.count > 4 { w = String(w.dropLast()) }
        return w
    }
}

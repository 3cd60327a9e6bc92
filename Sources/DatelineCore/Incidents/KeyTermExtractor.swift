/// The content words of a mention, normalised so that outlets' wordings compare: lower-cased,
/// spelling variants folded (rouble → ruble), light suffix stripping (advanced → advanc),
/// function words, reporting verbs and calendar words dropped.
public struct KeyTermExtractor: Sendable {
    let stopwords: Set<String>
    let variants: [String: String]
    /// The same two lexicons in one table keyed by bytes, for ASCII words (most of them): a word is
    /// tested by one lookup, without building a `String`. Lexicon keys are ASCII, so byte and
    /// `String` equality agree.
    let lexemes: ByteKeyTable<Lexeme>

    enum Lexeme: Sendable {
        case stopword
        /// Folded to this spelling (a variant is folded even when it is also a stopword).
        case variant(String)
    }

    init(stopwords: Set<String>, variants: [String: String]) {
        self.stopwords = stopwords
        self.variants = variants
        // A later key replaces an earlier one with the same bytes: variants after stopwords.
        lexemes = ByteKeyTable(stopwords.map { ($0, Lexeme.stopword) } + variants.map { ($0.key, Lexeme.variant($0.value)) })
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
                    var digit = false
                    for i in range {
                        let b = bytes[i]
                        guard b < 0x80 else {
                            add(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased(), to: &result)
                            return
                        }
                        digit = digit || b &- 0x30 < 10
                        word[n] = b &- 0x41 < 26 ? b | 0x20 : b
                        n += 1
                    }
                    if n >= 2, word[n - 2] == UInt8(ascii: "'"), word[n - 1] == UInt8(ascii: "s") { n -= 2 }
                    switch lexemes.value(UnsafeBufferPointer(start: word, count: n)) {
                    case .variant(let folded)?: addChecked(folded, to: &result)
                    case .stopword?: return
                    case nil:
                        // ASCII: one byte per Character, so the byte count is the `String` count.
                        guard n >= 3, !digit else { return }
                        result.insertASCII(UnsafeBufferPointer(start: word, count: Self.stemASCII(word, count: n)))
                    }
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

    /// Calls `body` with the byte range of each word, in order (see `wordByteRanges`). ASCII bytes
    /// are classified inline; a non-ASCII scalar is decoded where it occurs.
    @inline(__always)
    static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        @inline(__always) func isJoiner(_ b: UInt8) -> Bool { b == UInt8(ascii: "-") || b == UInt8(ascii: "'") }
        @inline(__always) func isAlphanumeric(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
        let n = bytes.count
        var i = 0
        while i < n {
            // Up to the next word scalar (a letter, a digit or a joiner).
            let b = bytes[i]
            if b < 0x80 {
                guard isAlphanumeric(b) || isJoiner(b) else { i += 1; continue }
            } else {
                let (s, length) = UTF8Scalars.decode(bytes, i)
                guard s == "\u{2019}" || s.isLetter else { i += length; continue }
            }
            // Leading joiners are dropped; `end` follows the last non-joiner.
            var start = i, end = i
            var leading = true
            while i < n {
                let c = bytes[i]
                if c < 0x80 {
                    if isJoiner(c) {
                        i += 1
                        if leading { start = i }
                        continue
                    }
                    guard isAlphanumeric(c) else { break }
                    i += 1
                } else {
                    let (s, length) = UTF8Scalars.decode(bytes, i)
                    if s == "\u{2019}" {
                        i += length
                        if leading { start = i }
                        continue
                    }
                    guard s.isLetter else { break }
                    i += length
                }
                leading = false
                end = i
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

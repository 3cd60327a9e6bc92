/// The content words of a mention, normalised so that outlets' wordings compare: lower-cased,
/// spelling variants folded (rouble → ruble), light suffix stripping (advanced → advanc),
/// function words, reporting verbs and calendar words dropped.
public struct KeyTermExtractor: Sendable {
    /// The lexicons, behind one reference: the scan's closures copied the whole struct (a set, a
    /// dictionary and three arrays, each retained and released) twice per clause.
    private let lexicons: Lexicons

    final class Lexicons: Sendable {
        let stopwords: Set<String>
        let variants: [String: String]
        /// The same two lexicons in one table keyed by bytes, for ASCII words (most of them): a
        /// word is tested by one lookup, without building a `String`. Lexicon keys are ASCII, so
        /// byte and `String` equality agree. The value is `stopword`, or the index of the
        /// variant's term in `variantTerms` (a plain integer: an enum with a `String` payload was
        /// retained and released at every lookup).
        let lexemes: KeyTermLexicon
        /// What each variant becomes as a term (folded, checked and stemmed once, here, instead
        /// of at every occurrence): nil when the folded spelling is itself dropped.
        let variantTerms: [String?]

        init(stopwords: Set<String>, variants: [String: String]) {
            self.stopwords = stopwords
            self.variants = variants
            let spellings = variants.sorted { $0.key < $1.key }
            // A later key replaces an earlier one with the same bytes: variants after stopwords.
            lexemes = KeyTermLexicon(stopwords.map { ($0, KeyTermExtractor.stopword) } + spellings.enumerated().map { ($1.key, Int32($0)) })
            variantTerms = spellings.map { KeyTermExtractor.checkedTerm($0.value, stopwords: stopwords) }
        }
    }

    static let stopword: Int32 = -1
    var stopwords: Set<String> { lexicons.stopwords }
    var variants: [String: String] { lexicons.variants }

    init(stopwords: Set<String>, variants: [String: String]) {
        lexicons = Lexicons(stopwords: stopwords, variants: variants)
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
        // One pass over the UTF-8 in place: each ASCII word is lower-cased straight into the term
        // list's byte arena, tested against the byte-keyed lexicons and stemmed there; only the
        // terms kept become `String`s, once, at the end. Nothing is allocated per word, and the
        // scratch space is this thread's (`ThreadScratch`), not an allocation per clause.
        let scratch = ThreadScratch.current
        return text.withUTF8 { bytes in
            let layout = KeyTermList.Layout(textBytes: bytes.count)
            var list = KeyTermList(scratch: scratch.space(for: .keyTerms, byteCount: layout.byteCount), layout: layout)
            ByteClass.table.withUnsafeBufferPointer { classes in
                collect(bytes, classes: classes, into: &list)
            }
            return list.strings()
        }
    }

    /// What an ASCII byte is to the word rules, one bit each (non-ASCII bytes are decoded where
    /// they occur): one table load per byte instead of a chain of range tests.
    enum ByteClass {
        static let alphanumeric: UInt8 = 1
        static let digit: UInt8 = 2
        /// `-` and `'`: inside a word only.
        static let joiner: UInt8 = 4
        /// A–Z; `upper << 2` is the 0x20 that lower-cases it.
        static let upper: UInt8 = 8
        static let nonASCII: UInt8 = 16

        static let table: [UInt8] = (0..<256).map { b -> UInt8 in
            switch b {
            case 0x61...0x7A: alphanumeric
            case 0x41...0x5A: alphanumeric | upper
            case 0x30...0x39: alphanumeric | digit
            case 0x2D, 0x27: joiner
            case 0x80...: nonASCII
            default: 0
            }
        }
    }

    /// The word scan of `terms`, with the word rules of `forEachWord` written out inline: a
    /// closure called per word cost more than the lookup it made. The per-byte loop only
    /// lower-cases letters into the arena; a word is hashed once, at its end, eight bytes at a
    /// time (`KeyTermHash`), and only when it is looked up or kept.
    @inline(__always)
    private func collect(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, into list: inout KeyTermList) {
        let table = lexicons.lexemes
        let variantTerms = lexicons.variantTerms
        let n = bytes.count
        var i = 0
        while i < n {
            // Up to the next word scalar (a letter, a digit or a joiner).
            let kind = classes[Int(bytes[i])]
            if kind == 0 { i &+= 1; continue }
            let word = list.top
            var count: Int
            var kinds: UInt8 = 0
            if kind & ByteClass.alphanumeric != 0 {
                // Most words: a run of ASCII letters and digits ended by a space or punctuation.
                let start = i
                (i, kinds) = Self.asciiRun(bytes, from: start, classes: classes, into: word)
                count = i &- start
                if i < n && classes[Int(bytes[i])] & (ByteClass.joiner | ByteClass.nonASCII) != 0 {
                    guard let rest = readWord(bytes, from: start, resuming: i, classes: classes, into: word, kinds: &kinds, list: &list) else {
                        i = list.skipTo
                        continue
                    }
                    (i, count) = rest
                }
            } else {
                guard let rest = readWord(bytes, from: i, resuming: i, classes: classes, into: word, kinds: &kinds, list: &list) else {
                    i = list.skipTo
                    continue
                }
                (i, count) = rest
            }
            if count >= 2, word[count &- 2] == UInt8(ascii: "'"), word[count &- 1] == UInt8(ascii: "s") { count &-= 2 }
            // One hash for the lookup and, when no suffix is stripped, for the term list.
            let hash = KeyTermHash.hash(word, count: count)
            switch table.value(word, count: count, hash: hash) {
            case Self.stopword?:
                continue
            case let variant?:
                if let term = variantTerms[Int(variant)] { list.insert(term) }
            case nil:
                // ASCII: one byte per Character, so the byte count is the `String` count.
                guard count >= 3, kinds & ByteClass.digit == 0 else { continue }
                // Only the stem's last byte may differ from the word's ("ies" → "y").
                let stem = Self.stemASCII(word, count: count)
                list.insertTop(count: stem, hash: stem == count ? hash : KeyTermHash.hash(word, count: stem))
            }
        }
    }

    /// Lower-cases the run of ASCII letters and digits that starts at `start` into `word`; returns
    /// where the run ends and its `ByteClass` bits (alphanumeric, and digit when it has one). Eight
    /// bytes at a time while eight remain (one load, a few masks and one store per word of up to
    /// seven bytes, instead of a table load and a store per byte); byte by byte at the text's end.
    /// May write up to seven bytes past the run into `word` (the arena keeps room for that).
    @inline(__always)
    static func asciiRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, classes: UnsafeBufferPointer<UInt8>,
                         into word: UnsafeMutablePointer<UInt8>) -> (end: Int, kinds: UInt8) {
        let n = bytes.count
        let base = bytes.baseAddress!
        var i = start
        var kinds = ByteClass.alphanumeric
        while i &+ 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let (alphanumeric, digit) = ASCIILanes.alphanumeric(x)
            let stop = ~alphanumeric & ASCIILanes.high
            // Bytes before the first one that is not a letter or digit (all eight when none).
            let before = (stop & (0 &- stop)) &- 1
            UnsafeMutableRawPointer(word + (i &- start)).storeBytes(of: (x | ASCIILanes.caseBit).littleEndian, as: UInt64.self)
            if digit & before != 0 { kinds |= ByteClass.digit }
            let run = stop.trailingZeroBitCount &>> 3
            i &+= run
            if run < 8 { return (i, kinds) }
        }
        while i < n {
            let c = bytes[i], k = classes[Int(c)]
            guard k & ByteClass.alphanumeric != 0 else { break }
            kinds |= k
            word[i &- start] = c | (k & ByteClass.upper) << 2
            i &+= 1
        }
        return (i, kinds & (ByteClass.alphanumeric | ByteClass.digit))
    }

    /// The general word rules, for a word with joiners or non-ASCII scalars (rare), read from
    /// `start` (the word's first scalar) with the ASCII run up to `resume` already lower-cased into
    /// `word`. Returns where the scan resumes and the word's byte count in `word` when it is an
    /// ASCII word to test; nil when there was no word or it was handled here (non-ASCII), with
    /// `list.skipTo` set to where the scan resumes.
    @inline(never)
    private func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, resuming resume: Int,
                          classes: UnsafeBufferPointer<UInt8>, into word: UnsafeMutablePointer<UInt8>,
                          kinds: inout UInt8, list: inout KeyTermList) -> (Int, Int)? {
        let n = bytes.count
        var i = first
        if resume == first && classes[Int(bytes[i])] & ByteClass.nonASCII != 0 {
            let (s, length) = UTF8Scalars.decode(bytes, i)
            guard s == "\u{2019}" || s.isLetter else { list.skipTo = i + length; return nil }
        }
        // Leading joiners are dropped; `end` follows the last non-joiner. ASCII letters and
        // digits are lower-cased into the arena as they are read.
        var start = i, end = i
        var leading = true
        if resume > first { i = resume; end = resume; leading = false }
        // Where the first non-ASCII scalar after the leading joiners lies: a trailing "’" is
        // no part of the word.
        var firstNonASCII = n
        while i < n {
            let c = bytes[i]
            let k = classes[Int(c)]
            if k & ByteClass.alphanumeric != 0 {
                kinds |= k
                word[i &- start] = c | (k & ByteClass.upper) << 2
                i &+= 1
                leading = false
                end = i
                continue
            }
            if k & ByteClass.joiner != 0 {
                i &+= 1
                if leading { start = i } else { word[i &- 1 &- start] = c }
                continue
            }
            guard k & ByteClass.nonASCII != 0 else { break }
            let (s, length) = UTF8Scalars.decode(bytes, i)
            if s == "\u{2019}" {
                i += length
                if leading { start = i } else { firstNonASCII = min(firstNonASCII, i - length) }
                continue
            }
            guard s.isLetter else { break }
            firstNonASCII = min(firstNonASCII, i)
            i += length
            leading = false
            end = i
        }
        list.skipTo = i
        guard !leading && start < end else { return nil }
        guard firstNonASCII >= end else {
            addNonASCII(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased(), to: &list)
            return nil
        }
        return (i, end - start)
    }

    /// The word path over `String`s, for words with non-ASCII letters.
    private func addNonASCII(_ word: String, to list: inout KeyTermList) {
        var lower = word
        if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
        if let folded = variants[lower] { lower = folded }
        if let term = Self.checkedTerm(lower, stopwords: stopwords) { list.insert(term) }
    }

    /// The term a lower-cased word becomes, or nil when it is dropped (short, a stopword, or with digits).
    private static func checkedTerm(_ lower: String, stopwords: Set<String>) -> String? {
        guard lower.count >= 3, !stopwords.contains(lower), !lower.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        return stem(lower)
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

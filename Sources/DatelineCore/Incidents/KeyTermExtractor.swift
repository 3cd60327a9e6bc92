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

    public func terms(in text: String) -> [String] {
        var result: [String] = []
        var lowered: [UInt8] = []
        let bytes = Array(text.utf8)
        for range in Self.wordByteRanges(bytes) {
            lowered.removeAll(keepingCapacity: true)
            var ascii = true
            for b in bytes[range] {
                if b >= 0x80 { ascii = false; break }
                lowered.append(b &- 0x41 < 26 ? b | 0x20 : b)
            }
            guard ascii else {
                add(String(decoding: bytes[range], as: UTF8.self).lowercased(), to: &result)
                continue
            }
            if lowered.count >= 2, lowered[lowered.count - 2] == UInt8(ascii: "'"), lowered[lowered.count - 1] == UInt8(ascii: "s") {
                lowered.removeLast(2)
            }
            if let folded = variantBytes.value(lowered) { addChecked(folded, to: &result); continue }
            // ASCII: one byte per Character, so the byte count is the `String` count.
            guard lowered.count >= 3, !stopwordBytes.contains(lowered), !lowered.contains(where: { $0 &- 0x30 < 10 }) else { continue }
            Self.stemASCII(&lowered)
            append(String(decoding: lowered, as: UTF8.self), to: &result)
        }
        return result
    }

    /// The word path over `String`s, for words with non-ASCII letters.
    private func add(_ word: String, to result: inout [String]) {
        var lower = word
        if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
        if let folded = variants[lower] { lower = folded }
        addChecked(lower, to: &result)
    }

    private func addChecked(_ lower: String, to result: inout [String]) {
        guard lower.count >= 3, !stopwords.contains(lower), !lower.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return }
        append(Self.stem(lower), to: &result)
    }

    private func append(_ stem: String, to result: inout [String]) {
        // A clause has a handful of terms: a linear search beats hashing them.
        if !result.contains(stem) { result.append(stem) }
    }

    /// Byte ranges of the words of UTF-8 `bytes`: letters, digits and inner hyphens/apostrophes
    /// (edge ones dropped); non-ASCII scalars are decoded only where they occur.
    static func wordByteRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        // Length in bytes of the scalar at i, and whether it is a word scalar / a joiner.
        @inline(__always) func classify(_ i: Int) -> (length: Int, word: Bool, joins: Bool) {
            let b = bytes[i]
            if b < 0x80 {
                let joins = b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
                return (1, joins || (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10, joins)
            }
            let (s, length) = Tokenizer.decode(bytes, i)
            let joins = s == "\u{2019}"
            return (length, joins || s.isLetter, joins)
        }
        var out: [Range<Int>] = []
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
            if !leading && start < end { out.append(start..<end) }
        }
        return out
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
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            return bytes.count >= n && bytes[(bytes.count - n)...].elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: n))
        }
        if ends("ies") && bytes.count > 4 { bytes.removeLast(3); bytes.append(UInt8(ascii: "y")) }
        else if ends("ing") && bytes.count > 5 { bytes.removeLast(3) }
        else if ends("ed") && bytes.count > 4 { bytes.removeLast(2) }
        else if ends("es") && bytes.count > 4 && (ends("ses") || ends("xes") || ends("ches") || ends("shes")) { bytes.removeLast(2) }
        else if ends("s") && !ends("ss") && bytes.count > 3 { bytes.removeLast() }
        if ends("e") && bytes.count > 4 { bytes.removeLast() }
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

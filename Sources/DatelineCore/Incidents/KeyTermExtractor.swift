/// The content words of a mention, normalised so that outlets' wordings compare: lower-cased,
/// spelling variants folded (rouble → ruble), light suffix stripping (advanced → advanc),
/// function words, reporting verbs and calendar words dropped.
public struct KeyTermExtractor: Sendable {
    let stopwords: Set<String>
    let variants: [String: String]

    public static func bundled() throws -> KeyTermExtractor {
        let variantRows = try LexiconFile(resource: "lexicons/spelling-variants.tsv").rows
        var variants: [String: String] = [:]
        for row in variantRows where row.count >= 2 { variants[row[0].lowercased()] = row[1].lowercased() }
        return KeyTermExtractor(stopwords: Set(try LexiconFile(resource: "lexicons/stopwords.tsv").words), variants: variants)
    }

    public func terms(in text: String) -> [String] {
        var result: [String] = []
        let scalars = ScalarText(text)
        for range in Self.wordRanges(scalars) {
            var lower = scalars.lowered(range)
            if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
            if let folded = variants[lower] { lower = folded }
            guard lower.count >= 3, !stopwords.contains(lower), !lower.utf8.contains(where: { $0 &- 0x30 < 10 }) else { continue }
            let stem = Self.stem(lower)
            // A clause has a handful of terms: a linear search beats hashing them.
            if !result.contains(stem) { result.append(stem) }
        }
        return result
    }

    /// Scalar ranges of the words of `text`: letters, digits and inner hyphens/apostrophes.
    static func wordRanges(_ text: ScalarText) -> [Range<Int>] {
        func joins(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "'" || c == "\u{2019}" }
        var out: [Range<Int>] = []
        var i = 0
        while i < text.count {
            let c = text[i]
            guard c.isLetter || c.isDigit || joins(c) else { i += 1; continue }
            var start = i
            while i < text.count, text[i].isLetter || text[i].isDigit || joins(text[i]) { i += 1 }
            var end = i
            while start < end, joins(text[start]) { start += 1 }
            while end > start, joins(text[end - 1]) { end -= 1 }
            if start < end { out.append(start..<end) }
        }
        return out
    }

    /// A deliberately light stemmer: enough to match advance/advanced/advancing and
    /// settlement/settlements without conflating unrelated words.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemScalars(word) }
        // ASCII: one byte per Character, so byte counts and suffixes are the String ones.
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
        return bytes.count == word.utf8.count ? word : String(decoding: bytes, as: UTF8.self)
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

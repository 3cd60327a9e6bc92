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
        var seen: Set<String> = []
        for word in Self.words(text) {
            var lower = word.lowercased()
            if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
            if let folded = variants[lower] { lower = folded }
            guard lower.count >= 3, !stopwords.contains(lower), !lower.unicodeScalars.contains(where: { $0.isDigit }) else { continue }
            let stem = Self.stem(lower)
            if seen.insert(stem).inserted { result.append(stem) }
        }
        return result
    }

    /// Letters, digits and inner hyphens/apostrophes make a word. Scalars, not Characters:
    /// grapheme breaking cost more than everything else here.
    static func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        func flush(_ end: String.UnicodeScalarView.Index) {
            guard let s = start else { return }
            var word = Substring(scalars[s..<end])
            while let f = word.unicodeScalars.first, f == "-" || f == "'" || f == "\u{2019}" { word = word.dropFirst() }
            while let l = word.unicodeScalars.last, l == "-" || l == "'" || l == "\u{2019}" { word = word.dropLast() }
            if !word.isEmpty { out.append(word) }
            start = nil
        }
        while index < scalars.endIndex {
            let c = scalars[index]
            let inWord = c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "'" || c == "\u{2019}"
            if inWord { if start == nil { start = index } } else { flush(index) }
            index = scalars.index(after: index)
        }
        flush(scalars.endIndex)
        return out
    }

    /// A deliberately light stemmer: enough to match advance/advanced/advancing and
    /// settlement/settlements without conflating unrelated words.
    static func stem(_ word: String) -> String {
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

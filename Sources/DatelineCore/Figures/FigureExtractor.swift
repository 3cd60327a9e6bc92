/// Numbers in a sentence with what they count, normalised (miles → km, sq miles → km²),
/// with their qualifier ("more than") and range ("one to two"). Years, dates, model names
/// ("Su-34"), ordinals and durations are not figures.
public struct FigureExtractor: Sendable {
    let lexicon: FigureLexicon
    let reader: NumberReader

    private static let shared: Result<FigureExtractor, Error> = Result {
        var lexicon = try FigureLexicon.load()
        // The tables scanned at every word carry their `ClaimsLexiconFilter` bits (the filter is built from them).
        lexicon.numberish.filterBit = ClaimsLexiconFilter.numberish
        lexicon.units.filterBit = ClaimsLexiconFilter.units
        lexicon.nouns.filterBit = ClaimsLexiconFilter.nouns
        lexicon.triggers.filterBit = ClaimsLexiconFilter.triggers
        return FigureExtractor(lexicon: lexicon, reader: NumberReader(lexicon: lexicon))
    }

    public static func bundled() throws -> FigureExtractor {
        try shared.get()
    }

    /// Function words that end the search for what a number counts.
    static let stops: ClaimsWordSet = ["the", "a", "an", "in", "on", "at", "to", "from", "by", "with", "and", "or",
                                     "that", "which", "who", "were", "was", "had", "have", "has", "is", "are", "be",
                                     "been", "for", "as", "than", "since", "per", "into", "across", "over", "under",
                                     "they", "it", "its", "their", "he", "she", "this", "these", "those", "ago",
                                     "would", "will", "could", "may", "of", "but", "after", "before", "during"]

    public func figures(in text: String) -> [Figure] {
        figures(tokens: ClaimsTokenizer.tokenize(text), text: text)
    }

    func figures(tokens t: [ClaimsToken], text s: String) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        while i < t.count {
            // Only a number or a word that opens one can start a figure: one bit test turns away the rest.
            guard t[i].kind == .number || (t[i].kind == .word && lexicon.numberish.mayStart(t[i])),
                  let f = figure(at: i, t, s) else { i += 1; continue }
            var (figure, next) = f
            // "nine miles (15km)": a conversion in brackets is the same figure.
            if next + 1 < t.count, t[next].key == "(", let (inner, innerNext) = self.figure(at: next + 1, t, s),
               inner.figure.quantity == figure.figure.quantity, innerNext < t.count, t[innerNext].key == ")" {
                if figure.factor != 1, inner.factor == 1 {
                    figure.figure.value = inner.figure.value
                    figure.figure.upper = inner.figure.upper
                }
                figure.figure.end = t[innerNext].end
                figure.figure.phrase = t.written(figure.firstToken, innerNext, in: s)
                next = innerNext + 1
            }
            out.append(figure.figure)
            i = next
        }
        return out
    }

    struct Found {
        var figure: Figure
        var factor: Double
        var firstToken: Int
    }

    private func figure(at i: Int, _ t: [ClaimsToken], _ s: String) -> (Found, Int)? {
        guard var r = reader.read(t, at: i) else { return nil }
        if isNotAFigure(i, r, t) { return nil }
        // Ranges: "one to two", "0.6-1.2", "between 10 and 20".
        if r.end + 1 < t.count {
            let link = t[r.end].key
            let between = i > 0 && t[i - 1].key == "between" && link == "and"
            let dash = link == "-" && (r.isDigits ? !t[r.end].spaceBefore : true)
            if link == "to" || link == "or" || dash || between, let r2 = reader.read(t, at: r.end + 1),
               r2.isDigits == r.isDigits, r2.value >= r.value {
                r.upper = r2.upper
                r.end = r2.end
                r.plainInteger = false
            }
        }
        var firstToken = i
        var qualifier: String?
        for len in stride(from: 4, through: 1, by: -1) where i - len >= 0 {
            if let q = lexicon.qualifiers.longestMatch(t, at: i - len), q.length == len {
                qualifier = t.written(i - len, i - 1, in: s)
                firstToken = i - len
                break
            }
        }

        var measure: FigureLexicon.Measure?
        var last = r.end - 1
        var noun: String?
        var j = r.end
        var words = 0
        // What it counts: a unit or a lexicon noun within a few words ("100 Russian prisoners of war").
        while j < t.count, words < 5 {
            let x = t[j]
            if x.kind == .number { break }
            if let u = lexicon.units.longestMatch(t, at: j), j == r.end || words == 0 || (j == r.end + 1 && t[r.end].key == "-") {
                measure = u.payload; last = j + u.length - 1; break
            }
            if x.kind == .word, let n = lexicon.nouns.longestMatch(t, at: j) {
                let after = j + n.length
                // "aircraft-type drones": a compound modifier, not the head.
                if !(after < t.count && t[after].key == "-" && !t[after].spaceBefore) {
                    measure = n.payload; last = after - 1; break
                }
            }
            if x.kind == .punct, x.key != "\"", x.key != "-", x.key != "'" { break }
            if x.kind == .word {
                if lexicon.skips.contains(x) { return nil }
                if Self.stops.contains(x), !(x.key == "of" && r.isVague && j == r.end) { break }
                words += 1
            }
            j += 1
        }

        if measure == nil {
            // Words and years need a counted noun; bare digits are kept as a count.
            if !r.isDigits || (r.plainInteger && r.value >= 1800 && r.value <= 2100) { return nil }
            if r.end < t.count, t[r.end].kind == .word, !t[r.end].capitalized,
               !Self.stops.contains(t[r.end]), !t[r.end].hasSuffix("ly"), !t[r.end].hasSuffix("ing") {
                noun = t[r.end].text
                last = r.end
            }
            if r.isVague { return nil }
        }
        var m = measure ?? FigureLexicon.Measure(quantity: "count", unit: "count", factor: 1)
        if measure != nil, let q = contextQuantity(for: m.quantity, number: i, nounEnd: last, t) {
            m.quantity = q
        }
        // Converted values are rounded to metres / square metres: 600 miles is 965.606 km, not 965.6064000000001.
        let figure = Figure(quantity: m.quantity, value: Self.rounded(r.value * m.factor),
                            upper: Self.rounded(r.upper * m.factor), unit: m.unit,
                            qualifier: qualifier, phrase: t.written(firstToken, last, in: s),
                            start: t[firstToken].start, end: t[last].end)
        var found = Found(figure: figure, factor: m.factor, firstToken: firstToken)
        found.figure.noun = noun
        return (found, last + 1)
    }

    static func rounded(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }

    /// Years, dates, model names, ordinals, clock times and "World War Two".
    private func isNotAFigure(_ i: Int, _ r: NumberReader.Reading, _ t: [ClaimsToken]) -> Bool {
        let x = t[i]
        if r.isDigits {
            if i >= 2, t[i - 1].key == "-", !x.spaceBefore, !t[i - 1].spaceBefore, t[i - 2].kind == .word { return true }
            if i >= 1, t[i - 1].kind == .word, !x.spaceBefore { return true }
            if i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].spaceBefore, lexicon.skips.contains(t[i + 1]) {
                return true
            }
            if i + 2 < t.count, t[i + 1].key == ":", t[i + 2].kind == .number { return true }
            if i >= 1, t[i - 1].key == ":" { return true }
            if r.value <= 31, r.plainInteger {
                if i >= 1, lexicon.months.contains(t[i - 1]) { return true }
                if i >= 2, t[i - 1].key == ".", lexicon.months.contains(t[i - 2]) { return true }
                if i + 1 < t.count, lexicon.months.contains(t[i + 1]) { return true }
            }
        } else if i >= 1, t[i - 1].key == "war" {
            return true
        }
        return false
    }

    /// "100 soldiers had been captured" → prisoners: the nearest trigger in the clause.
    private func contextQuantity(for quantity: String, number i: Int, nounEnd: Int, _ t: [ClaimsToken]) -> String? {
        var lo = max(0, i - 3)
        for k in stride(from: i - 1, through: lo, by: -1) where t[k].kind == .number || t[k].key == "," || t[k].key == ";" {
            lo = k + 1; break
        }
        var hi = min(t.count, nounEnd + 8)
        for k in (nounEnd + 1)..<max(nounEnd + 1, hi) where t[k].kind == .number || t[k].key == ";" || t[k].key == "." {
            hi = k; break
        }
        var best: (distance: Int, quantity: String)?
        lexicon.triggers.forEachMatch(in: t, from: lo, to: hi) { start, _, r in
            let rule = lexicon.contextRules[r]
            guard rule.appliesTo.contains(quantity), rule.quantity != quantity else { return }
            let d = start < i ? i - start : start - nounEnd
            if best == nil || d < best!.distance { best = (d, rule.quantity) }
        }
        return best?.quantity
    }
}

/// The figures lexicon (figures.tsv): number words, units with conversion factors, counted
/// nouns, context triggers, qualifiers and the words that make a number not a figure.
struct FigureLexicon: Sendable {
    struct Measure: Sendable {
        var quantity: String
        var unit: String
        var factor: Double
    }
    struct ContextRule: Sendable {
        var quantity: String
        var appliesTo: Set<String>
    }

    /// Looked up by token (`ClaimsWordMap`): number words are tested at every word of a number.
    var numberWords = ClaimsWordMap<Double>([:])
    var multipliers = ClaimsWordMap<Double>([:])
    var vague = ClaimsPhraseTable<(Double, Double)>()
    var units = ClaimsPhraseTable<Measure>()
    var nouns = ClaimsPhraseTable<Measure>()
    var triggers = ClaimsPhraseTable<Int>()
    var contextRules: [ContextRule] = []
    var qualifiers = ClaimsPhraseTable<Int>()
    /// Every word that can open a number: one filtered look-up turns away all other words.
    var numberish = ClaimsPhraseTable<Int>()
    var skips = ClaimsWordSet([])
    var months = ClaimsWordSet([])

    static func load() throws -> FigureLexicon {
        try FigureLexicon(rows: ClaimsLexiconFile.rows("figures.tsv", minColumns: 5))
    }

    init(rows: [[String]]) throws {
        var numberWords: [String: Double] = [:], multipliers: [String: Double] = [:]
        var skips: [String] = [], months: [String] = []
        for row in rows {
            let term = row[1]
            let extra = row.count > 5 ? row[5] : ""
            func number(_ s: String) throws -> Double {
                guard let v = Double(s) else { throw LexiconError(description: "figures.tsv: bad number in \(term)") }
                return v
            }
            switch row[0] {
            case "number":
                if extra == "multiplier" { multipliers[term] = try number(row[4]) } else { numberWords[term] = try number(row[4]) }
            case "vague": vague.add(term, payload: (try number(row[4]), try number(extra)))
            case "unit": units.add(term, payload: Measure(quantity: row[2], unit: row[3], factor: try number(row[4])))
            case "noun": nouns.add(term, payload: Measure(quantity: row[2], unit: row[3], factor: 1))
            case "context":
                let index = contextRules.count
                contextRules.append(ContextRule(quantity: row[2], appliesTo: Set(extra.split(separator: "|").map(String.init))))
                for stem in term.split(separator: "|") { triggers.add(String(stem), payload: index) }
            case "qualifier": qualifiers.add(term, payload: 0)
            case "skip": skips.append(term)
            case "month": months.append(term)
            default: throw LexiconError(description: "figures.tsv: unknown kind \(row[0])")
            }
        }
        self.numberWords = ClaimsWordMap(numberWords)
        self.multipliers = ClaimsWordMap(multipliers)
        self.skips = ClaimsWordSet(skips)
        self.months = ClaimsWordSet(months)
        for w in Array(numberWords.keys) + Array(multipliers.keys) + ["a", "an"] { numberish.add(w, payload: 0) }
        for e in vague.entries { numberish.add(e.words[0].text, payload: 0) }
        numberish.seal()
        vague.seal(); units.seal(); nouns.seal(); triggers.seal(); qualifiers.seal()
    }
}

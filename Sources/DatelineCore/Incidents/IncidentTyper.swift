/// What kind of incident a sentence reports, from weighted trigger terms (incident-types.tsv):
/// the weights of the terms found are added per type and the best type wins.
public struct IncidentTyper: Sendable {
    /// Every type the typer can answer, in lexicon order, then "other".
    public var types: [String]

    /// Weighted (type, weight) pairs per term; a term may count for several types.
    private(set) var terms = ClaimsPhraseTable<Int>()
    private var termWeights: [[(type: Int, weight: Double)]] = []
    /// "destroyed … drones": both parts, the second within `gapWindow` tokens of the first.
    private(set) var gapFirsts = ClaimsPhraseTable<Int>()
    private var gapRules: [(second: [ClaimsPhraseTable<Int>.Word], type: Int, weight: Double)] = []
    static let gapWindow = 8

    /// Its tables carry their `ClaimsLexiconFilter` bits (the filter is built from them).
    private static let shared: Result<IncidentTyper, Error> = Result {
        var typer = try IncidentTyper(rows: ClaimsLexiconFile.rows("incident-types.tsv", minColumns: 3))
        typer.terms.filterBit = ClaimsLexiconFilter.incidentTerms
        typer.gapFirsts.filterBit = ClaimsLexiconFilter.incidentGaps
        return typer
    }

    func addFilters(into slots: inout [UInt8]) {
        terms.addFilter(into: &slots)
        gapFirsts.addFilter(into: &slots)
    }

    public static func bundled() throws -> IncidentTyper {
        try shared.get()
    }

    init(rows: [[String]]) throws {
        types = []
        var typeIndex: [String: Int] = [:]
        var termIndex: [String: Int] = [:]
        for row in rows {
            guard let weight = Double(row[2]) else { throw LexiconError(description: "incident-types.tsv: bad weight for \(row[1])") }
            let type: Int
            if let k = typeIndex[row[0]] { type = k } else { type = types.count; typeIndex[row[0]] = type; types.append(row[0]) }
            let term = row[1].lowercased()
            if let gap = term.range(of: " ... ") {
                gapFirsts.add(String(term[..<gap.lowerBound]), payload: gapRules.count)
                gapRules.append((ClaimsPhraseTable<Int>.pattern(String(term[gap.upperBound...])), type, weight))
                continue
            }
            if let k = termIndex[term] {
                termWeights[k].append((type, weight))
            } else {
                termIndex[term] = termWeights.count
                terms.add(term, payload: termWeights.count)
                termWeights.append([(type, weight)])
            }
        }
        terms.seal()
        gapFirsts.seal()
        types.append("other")
    }

    public func type(of text: String) -> String {
        type(tokens: ClaimsTokenizer.tokenize(text))
    }

    func type(tokens t: [ClaimsToken]) -> String {
        // Scores on the stack: one heap array per clause cost as much as the scan.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: types.count) { scores in
            scores.initialize(repeating: 0)
            return type(tokens: t, scores: scores)
        }
    }

    private func type(tokens t: [ClaimsToken], scores: UnsafeMutableBufferPointer<Double>) -> String {
        terms.forEachMatch(in: t) { _, _, term in
            for (type, weight) in termWeights[term] { scores[type] += weight }
        }
        var fired: [Int] = []
        gapFirsts.forEachMatch(in: t) { start, length, r in
            guard !fired.contains(r) else { return }
            let rule = gapRules[r]
            let from = start + length
            let to = min(t.count, from + Self.gapWindow)
            if (from..<to).contains(where: { Self.matches(rule.second, t, $0) }) {
                scores[rule.type] += rule.weight
                fired.append(r)
            }
        }
        var best = types.count - 1
        var bestScore = 0.0
        for k in 0..<(types.count - 1) where scores[k] > bestScore {
            best = k
            bestScore = scores[k]
        }
        return types[best]
    }

    private static func matches(_ words: [ClaimsPhraseTable<Int>.Word], _ t: [ClaimsToken], _ i: Int) -> Bool {
        guard i + words.count <= t.count else { return false }
        for k in 0..<words.count where !ClaimsPhraseTable<Int>.matches(words[k], t[i + k]) { return false }
        return true
    }
}

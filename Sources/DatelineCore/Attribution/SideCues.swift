/// Side from the words of a claimant phrase (sides.tsv), for claimants not in the lexicon:
/// "the governor of Russia's border region" → Russian, "a US-based think tank" → third party.
struct SideCues: Sendable {
    private var table = ClaimsPhraseTable<(Side, Int)>()

    static func load() throws -> SideCues {
        var cues = SideCues()
        for row in try ClaimsLexiconFile.rows("sides.tsv", minColumns: 3) {
            guard let side = Side(rawValue: row[1]), let weight = Int(row[2]) else {
                throw LexiconError(description: "sides.tsv: bad row \(row[0])")
            }
            cues.table.add(row[0], payload: (side, weight))
        }
        cues.table.seal()
        return cues
    }

    /// Adds the weights of cues in tokens `a..<b` to `scores`, remembering where each side was
    /// first seen; hyphenated compounds ("pro-Russian") are matched before their parts.
    func score(_ tokens: [ClaimsToken], _ a: Int, _ b: Int, into scores: inout [Side: (Int, Int)]) {
        table.forEachMatch(in: tokens, from: a, to: b) { start, _, payload in
            let (side, weight) = payload
            let old = scores[side] ?? (0, start)
            scores[side] = (old.0 + weight, min(old.1, start))
        }
    }

    /// Highest total weight wins; on a tie the side named first (the possessor, "Russia's
    /// ambassador to the US") wins.
    static func best(_ scores: [Side: (Int, Int)]) -> Side? {
        scores.max { l, r in l.value.0 != r.value.0 ? l.value.0 < r.value.0 : l.value.1 > r.value.1 }?.key
    }
}

extension SideCues {
    /// A side cue starts at token `i` ("Russian", "pro-Kremlin").
    func isCue(_ tokens: [ClaimsToken], at i: Int) -> Bool {
        table.longestMatch(tokens, at: i) != nil
    }
}

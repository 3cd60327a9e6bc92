/// Hedges (hedges.tsv): the phrases with which an outlet marks a claim as unverified.
struct HedgeFinder: Sendable {
    var table = ClaimsPhraseTable<Int>()

    static func load() throws -> HedgeFinder {
        var finder = HedgeFinder()
        for (k, row) in try ClaimsLexiconFile.rows("hedges.tsv", minColumns: 1).enumerated() {
            finder.table.add(row[0], payload: k)
        }
        finder.table.seal()
        return finder
    }

    /// The hedges in the sentence as written, longest first at each place, without repeats.
    func hedges(_ tokens: [ClaimsToken], _ scalars: String) -> [String] {
        var out: [String] = []
        table.forEachMatch(in: tokens) { start, length, _ in
            let phrase = tokens.written(start, start + length - 1, in: scalars)
            if !out.contains(phrase) { out.append(phrase) }
        }
        return out
    }
}

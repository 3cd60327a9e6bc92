/// Which of the bundled phrase tables may start a phrase at a token, as one byte per token
/// (`ClaimsToken.lexicons`), found at tokenization with two probes of one table. Cues, hedges,
/// incident terms and figures each scan every token of a sentence; each probed its own bit
/// filter (two hashes and two cache lines per token and table): now each tests one bit.
///
/// The byte is exactly the union of the tables' own filters (`ClaimsPhraseTable.mayStart`),
/// built from the very instances that carry the bits (the bundled ones), so a table decides as
/// before. A table without a bit (built from other rows, as in tests) probes its own filter, and
/// a token that was not marked (`lexicons == 0xFF`) may start any phrase.
enum ClaimsLexiconFilter {
    static let cues: UInt8 = 1 << 0
    static let hedges: UInt8 = 1 << 1
    static let incidentTerms: UInt8 = 1 << 2
    static let incidentGaps: UInt8 = 1 << 3
    static let numberish: UInt8 = 1 << 4
    static let units: UInt8 = 1 << 5
    static let nouns: UInt8 = 1 << 6
    static let triggers: UInt8 = 1 << 7

    /// Per filter slot (`ClaimsPhraseTable.slot`), the bits of the tables whose filter has it.
    /// Built on the first marking tokenization; building the tables tokenizes only unmarked.
    static let slots: [UInt8] = build()

    private static func build() -> [UInt8] {
        guard let a = try? AttributionExtractor.bundled(), let t = try? IncidentTyper.bundled(),
              let f = try? FigureExtractor.bundled() else {
            return [UInt8](repeating: 0xFF, count: ClaimsPhraseTableSlots.count)
        }
        var out = [UInt8](repeating: 0, count: ClaimsPhraseTableSlots.count)
        a.cues.addFilter(into: &out)
        a.hedgeFinder.table.addFilter(into: &out)
        t.addFilters(into: &out)
        f.lexicon.numberish.addFilter(into: &out)
        f.lexicon.units.addFilter(into: &out)
        f.lexicon.nouns.addFilter(into: &out)
        f.lexicon.triggers.addFilter(into: &out)
        return out
    }

    /// Sets `lexicons` of every token.
    static func mark(_ tokens: inout [ClaimsToken]) {
        slots.withUnsafeBufferPointer { s in
            tokens.withUnsafeMutableBufferPointer { tp in
                for k in tp.indices {
                    let x = ClaimsPhraseTableSlots.index(tp[k].fp)
                    var m = s[x]
                    let key3 = tp[k].key3
                    if key3 != 0 { m |= s[ClaimsPhraseTableSlots.index(ClaimsPhraseTableSlots.stemHash(key3))] }
                    tp[k].lexicons = m
                }
            }
        }
    }
}

import Testing
@testable import DatelineCore

/// `ClaimsToken.lexicons` replaces each bundled table's own bit filter: for every token the
/// marked answer must be the table's own, and a table without a bit must not read it.
@Suite struct ClaimsLexiconFilterTests {
    /// Every phrase of the table, each followed by other words, then plain sentences.
    private func text<P>(_ tables: [ClaimsPhraseTable<P>]) -> String {
        var parts: [String] = []
        for table in tables {
            for entry in table.entries {
                parts.append(entry.words.map { $0.isStem ? $0.text + "ed" : $0.text }.joined(separator: " "))
                parts.append(entry.words.map { $0.text.uppercased() }.joined(separator: "-"))
            }
        }
        parts.append("\u{201C}We will not retreat,\u{201D} said Gladkov\u{2019}s deputy, citing 1,200 evacuees in Sudzha.")
        parts.append("Some 15km (nine miles) away, about two thousand soldiers had been captured, officials said.")
        return parts.joined(separator: ". ")
    }

    private func expectOwnFilter<P>(_ table: ClaimsPhraseTable<P>, bit: UInt8, _ tokens: [ClaimsToken]) {
        #expect(table.filterBit == bit)
        var own = table
        own.filterBit = 0
        var starts = 0
        for t in tokens {
            #expect(t.lexicons != 0xFF)
            #expect(table.mayStart(t) == own.mayStart(t), "\(t.text)")
            if own.mayStart(t) { starts += 1 }
        }
        #expect(starts > 0)
    }

    @Test func marksAreEachBundledTablesOwnFilter() throws {
        let a = try AttributionExtractor.bundled(), typer = try IncidentTyper.bundled(), f = try FigureExtractor.bundled()
        let cueTokens = ClaimsTokenizer.tokenize(text([a.cues]))
        expectOwnFilter(a.cues, bit: ClaimsLexiconFilter.cues, cueTokens)
        expectOwnFilter(a.hedgeFinder.table, bit: ClaimsLexiconFilter.hedges, ClaimsTokenizer.tokenize(text([a.hedgeFinder.table])))
        let typerTokens = ClaimsTokenizer.tokenize(text([typer.terms, typer.gapFirsts]))
        expectOwnFilter(typer.terms, bit: ClaimsLexiconFilter.incidentTerms, typerTokens)
        expectOwnFilter(typer.gapFirsts, bit: ClaimsLexiconFilter.incidentGaps, typerTokens)
        let lex = f.lexicon
        let figureTokens = ClaimsTokenizer.tokenize(text([lex.units, lex.nouns]) + ". " + text([lex.numberish, lex.triggers]))
        for (table, bit) in [(lex.units, ClaimsLexiconFilter.units), (lex.nouns, ClaimsLexiconFilter.nouns)] {
            expectOwnFilter(table, bit: bit, figureTokens)
        }
        expectOwnFilter(lex.numberish, bit: ClaimsLexiconFilter.numberish, figureTokens)
        expectOwnFilter(lex.triggers, bit: ClaimsLexiconFilter.triggers, figureTokens)
        // Across tables: a cue token is not marked for a table that has no such first word.
        #expect(cueTokens.contains { $0.lexicons & ClaimsLexiconFilter.cues != 0 && $0.lexicons != 0xFF })
    }

    @Test func unmarkedTokensMayStartAnything() throws {
        let a = try AttributionExtractor.bundled()
        let tokens = ClaimsTokenizer.tokenize("officials said on Tuesday", marking: false)
        #expect(tokens.allSatisfy { $0.lexicons == 0xFF })
        #expect(a.cues.longestMatch(tokens, at: 1) != nil)
        #expect(a.cues.longestMatch(ClaimsTokenizer.tokenize("officials said on Tuesday"), at: 1) != nil)
    }

    @Test func aTableOfOtherRowsProbesItsOwnFilter() throws {
        // Words no bundled lexicon has: marked tokens say no table starts there; this typer must still find them.
        let typer = try IncidentTyper(rows: [["blorping", "zorbled quux", "2"], ["fizzing", "wibble ... wobble", "3"]])
        #expect(typer.type(of: "The town was zorbled quux at dawn") == "blorping")
        #expect(typer.type(of: "A wibble hit the old wobble yard") == "fizzing")
        #expect(typer.type(of: "Nothing happened") == "other")
        let marked = ClaimsTokenizer.tokenize("zorbled quux")
        #expect(marked[0].lexicons & ClaimsLexiconFilter.incidentTerms == 0)
    }
}

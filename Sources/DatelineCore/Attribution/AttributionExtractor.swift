/// Who says it: finds the speech cue of a sentence ("X said", "according to X", "…," said X,
/// "…, saying"), the claimant it names, that claimant's side, and the outlet's hedges.
public struct AttributionExtractor: Sendable {
    enum CueKind: String, Sendable { case verb, prep, participle }
    struct Cue: Sendable {
        var kind: CueKind
        var inverts: Bool
    }

    private(set) var cues: ClaimsPhraseTable<Cue>
    let scanner: ClaimantPhraseScanner
    let resolver: ClaimantResolver
    private(set) var hedgeFinder: HedgeFinder

    /// Lexicons are read once per process; every extractor shares them.
    /// Its cue and hedge tables carry their `ClaimsLexiconFilter` bits (the filter is built from them).
    private static let shared: Result<AttributionExtractor, Error> = Result {
        var extractor = try AttributionExtractor()
        extractor.cues.filterBit = ClaimsLexiconFilter.cues
        extractor.hedgeFinder.table.filterBit = ClaimsLexiconFilter.hedges
        return extractor
    }

    public static func bundled() throws -> AttributionExtractor {
        try shared.get()
    }

    init() throws {
        var cues = ClaimsPhraseTable<Cue>()
        for row in try ClaimsLexiconFile.rows("speech-cues.tsv", minColumns: 3) {
            guard let kind = CueKind(rawValue: row[1]) else {
                throw LexiconError(description: "speech-cues.tsv: bad kind for \(row[0])")
            }
            cues.add(row[0], payload: Cue(kind: kind, inverts: row[2] == "yes"))
        }
        cues.seal()
        self.cues = cues
        scanner = try ClaimantPhraseScanner.load()
        resolver = ClaimantResolver(lexicon: try ClaimantLexicon.load(), sides: try SideCues.load(), scanner: scanner)
        hedgeFinder = try HedgeFinder.load()
    }

    /// Who says it. `previous` is the attribution of the preceding sentence in the same
    /// paragraph/article, used to resolve "he said", "she added", "the ministry said".
    public func attribution(in text: String, previous: Attribution?) -> Attribution {
        attribution(tokens: ClaimsTokenizer.tokenize(text), text: text, previous: previous)
    }

    func attribution(tokens t: [ClaimsToken], text s: String, previous: Attribution?) -> Attribution {
        attribution(plan(tokens: t, text: s), previous: previous)
    }

    /// The cues of the sentence and what each can name, before `previous` is known.
    func plan(tokens t: [ClaimsToken], text s: String) -> AttributionPlan {
        var plan = AttributionPlan(hedges: hedgeFinder.hedges(t, s), cues: [])
        var inQuote = false
        var i = 0
        // Nearly every token is turned away by its kind and one filter bit: read through a pointer.
        t.withUnsafeBufferPointer { tp in
            while i < tp.count {
                if tp[i].kind == .punct { if tp[i].key == "\"" { inQuote.toggle() }; i += 1; continue }
                // Words inside a quotation are the quoted person's, not the attribution.
                guard !inQuote, tp[i].kind == .word, cues.mayStart(tp[i]), let m = cues.longestMatch(t, at: i) else {
                    i += 1; continue
                }
                let found: [AttributionPlan.Alternative]
                switch m.payload.kind {
                case .verb: found = verbCue(i, m.length, inverts: m.payload.inverts, t, s)
                case .prep: found = prepCue(i, m.length, t, s)
                case .participle: found = participleCue(i, m.length, t, s)
                }
                if !found.isEmpty {
                    plan.cues.append(found)
                    // Every previous sentence ends the search here.
                    if found[0].alwaysNames { break }
                }
                i += m.length
            }
        }
        return plan
    }

    /// Who says it, given the previous sentence's attribution: the first cue that names someone.
    func attribution(_ plan: AttributionPlan, previous: Attribution?) -> Attribution {
        var pronounCue: String?
        for alternatives in plan.cues {
            switch found(alternatives, previous: previous) {
            case .claimant(let name, let side, let cue):
                return Attribution(claimant: name, cue: cue, side: side, hedges: plan.hedges)
            case .pronoun(let cue):
                if let prev = previous, let name = prev.claimant, PronounAgreement.compatible(cue: cue, claimant: name) {
                    return Attribution(claimant: name, cue: cue, side: prev.side, hedges: plan.hedges)
                }
                if pronounCue == nil { pronounCue = cue }
            case .none:
                break
            }
        }
        return Attribution(claimant: nil, cue: pronounCue, side: .outlet, hedges: plan.hedges)
    }

    private func found(_ alternatives: [AttributionPlan.Alternative], previous: Attribution?) -> Found {
        for alternative in alternatives {
            switch alternative {
            case .pronoun(let cue):
                return .pronoun(cue: cue)
            case .claimant(let r, let cue):
                if let (name, side) = resolver.resolved(r, previous: previous) { return .claimant(name, side, cue: cue) }
            }
        }
        return .none
    }

    enum Found {
        case claimant(String, Side, cue: String)
        case pronoun(cue: String)
        case none
    }

    /// "X said", "X, the governor, said", "…," said X.
    private func verbCue(_ v: Int, _ length: Int, inverts: Bool, _ t: [ClaimsToken], _ s: String)
        -> [AttributionPlan.Alternative] {
        let verbEnd = v + length - 1
        let (k, passive) = scanner.subjectEnd(before: v, t)
        if passive {
            // "an emergency was declared by the local governor, Gladkov": the agent is the claimant.
            guard v + length < t.count, t[v + length].key == "by" else { return [] }
            let p = scanner.phrase(startingAt: v + length + 1, t)
            guard !p.isEmpty else { return [] }
            var segments = [p]
            if p.upperBound + 1 < t.count, t[p.upperBound].key == "," {
                let q = scanner.phrase(startingAt: p.upperBound + 1, t)
                if !q.isEmpty, q.upperBound == t.count || [",", ".", ";"].contains(t[q.upperBound].key) {
                    segments.append(q)
                }
            }
            guard let r = resolver.resolve(segments, t, s) else { return [] }
            return [.claimant(r, cue: t.written(v, segments.last!.upperBound - 1, in: s))]
        }
        if k >= 0, t[k].kind == .word, ClaimantPhraseScanner.pronouns.contains(t[k]) {
            return [.pronoun(cue: t.written(k, verbEnd, in: s))]
        }
        var segments: [Range<Int>] = []
        if k >= 0, t[k].key == "," {
            // Apposition: "Oleksandr Syrskyi, the commander of the Ukrainian military, said".
            let inner = scanner.phrase(endingAt: k - 1, t)
            if !inner.isEmpty, inner.lowerBound >= 2, t[inner.lowerBound - 1].key == "," {
                let outer = scanner.phrase(endingAt: inner.lowerBound - 2, t)
                if !outer.isEmpty { segments = [outer, inner] }
            }
        } else if k >= 0 {
            let p = scanner.phrase(endingAt: k, t)
            if !p.isEmpty { segments = [p] }
        }
        var out: [AttributionPlan.Alternative] = []
        if let first = segments.first, let r = resolver.resolve(segments, t, s) {
            out.append(.claimant(r, cue: t.written(first.lowerBound, verbEnd, in: s)))
            if r.alwaysNames { return out }
        }
        // Inversion after a quotation or a comma: "…," said Gladkov.
        if inverts, v == 0 || t[v - 1].key == "," || t[v - 1].key == "\"" || t[v - 1].key == "'" {
            let p = scanner.phrase(startingAt: v + length, t)
            if !p.isEmpty, p.count == 1, ClaimantPhraseScanner.pronouns.contains(t[p.lowerBound]) {
                out.append(.pronoun(cue: t.written(v, p.upperBound - 1, in: s)))
                return out
            }
            if !p.isEmpty, let r = resolver.resolve([p], t, s) {
                out.append(.claimant(r, cue: t.written(v, p.upperBound - 1, in: s)))
            }
        }
        return out
    }

    /// Nouns of reported information: "according to Ukrainian reports", "… estimates from X".
    static let sourceNouns: ClaimsWordSet = ["reports", "media", "estimates", "data", "figures", "calculations"]
    /// The same but "media": a phrase ending in one names no source yet ("unverified reports from …").
    static let reportNouns: ClaimsWordSet = ["reports", "calculations", "estimates", "data", "figures"]
    static let sourcePrepositions: ClaimsWordSet = ["from", "by", "of"]

    /// "according to X", "citing X", "In a statement, X …".
    private func prepCue(_ c: Int, _ length: Int, _ t: [ClaimsToken], _ s: String) -> [AttributionPlan.Alternative] {
        var start = c + length
        if start < t.count, t[start].key == "," { start += 1 }
        var p = scanner.phrase(startingAt: start, t)
        // "according to Ukrainian reports": keep the source noun with its side adjective.
        if !p.isEmpty, p.upperBound < t.count,
           Self.sourceNouns.contains(t[p.upperBound]) {
            p = p.lowerBound..<p.upperBound + 1
        } else if p.isEmpty || ClaimantResolver.documents.contains(t[p.upperBound - 1].text)
            || Self.reportNouns.contains(t[p.upperBound - 1]) {
            // "according to unverified reports from Russian military bloggers": skip to the source.
            var k = p.isEmpty ? start : p.upperBound
            let limit = min(t.count, k + 5)
            while k < limit, t[k].kind == .word, !Self.sourcePrepositions.contains(t[k]) { k += 1 }
            if k < limit, t[k].kind == .word { p = scanner.phrase(startingAt: k + 1, t) }
        }
        guard !p.isEmpty else { return [] }
        if p.count == 1, ClaimantPhraseScanner.pronouns.contains(t[p.lowerBound]) {
            return [.pronoun(cue: t.written(c, p.upperBound - 1, in: s))]
        }
        guard let r = resolver.resolve([p], t, s) else { return [] }
        return [.claimant(r, cue: t.written(c, p.upperBound - 1, in: s))]
    }

    /// "Biden addressed the incursion on Tuesday, saying …": the subject opens the sentence.
    private func participleCue(_ c: Int, _ length: Int, _ t: [ClaimsToken], _ s: String)
        -> [AttributionPlan.Alternative] {
        guard c > 0, t[c - 1].key == "," else { return [] }
        var start = 0
        // Skip an opening adverbial: "On Tuesday, …", "Meanwhile, …".
        if let first = t.first, first.kind == .word, ClaimantPhraseScanner.stopWords.contains(first),
           let comma = t[0..<c].firstIndex(where: { $0.key == "," }), comma < 8, comma + 1 < c {
            start = comma + 1
        }
        let p = scanner.phrase(startingAt: start, t)
        guard !p.isEmpty, p.upperBound <= c else { return [] }
        if p.count == 1, ClaimantPhraseScanner.pronouns.contains(t[p.lowerBound]) {
            return [.pronoun(cue: t.written(p.lowerBound, c + length - 1, in: s))]
        }
        guard let r = resolver.resolve([p], t, s) else { return [] }
        return [.claimant(r, cue: t.written(p.lowerBound, p.upperBound - 1, in: s) + ", "
                          + t.written(c, c + length - 1, in: s))]
    }
}

import Foundation

/// Runs the per-sentence stages over one article: clauses, time, places, attribution, figures,
/// type and key terms. Everything here looks at one article only, so articles run in parallel.
struct MentionExtractor: Sendable {
    let stages: Stages

    struct Stages: Sendable {
        var segmenter: TextSegmenter
        var places: PlaceMatcher
        /// Attribution, figures and type from one tokenisation of each clause.
        var claims: SentenceClaimsAnalyzer
        var keyTerms: KeyTermExtractor

        static func bundled() throws -> Stages {
            Stages(segmenter: try .bundled(), places: PlaceMatcher(gazetteer: try .bundled()),
                   claims: try .bundled(), keyTerms: try .bundled())
        }
    }

    /// Appends the article's mentions to `mentions` (built in place: a one-thread run over a corpus
    /// gathered them from one array per article, copying and releasing every mention once more).
    func extract(_ article: Article, sentences: [Sentence], focus: GeoFocus, into mentions: inout [Mention]) {
        // The article's mentions are those from here on; nothing before is read.
        let first = mentions.endIndex
        let normalizer = TimeNormalizer(reference: article.published)
        let clauses = ClauseSplitter(primaryTime: { normalizer.primary(in: $0)?.timex })
        // Decoded only if a sentence splits into clauses (a clause's span is cut from the body).
        var body: ScalarText?
        // Attributions that named someone, latest last: "he said" two sentences later still
        // refers to the last one that agrees with the pronoun.
        var named: [Attribution] = []
        // One tokenizer allocation for the places of every sentence (and the headlines).
        let placeStorage = TokenizerStorage()
        // Bound once per article: reached through `stages` in the loop, each stage struct was
        // copied (memcpy and a retain per field) at every sentence.
        let claimStages = stages.claims, attributions = claimStages.attribution
        let places = stages.places, keyTerms = stages.keyTerms
        // Each sentence's tokens, in one array for the article.
        var sentenceTokens: [ClaimsToken] = []
        for sentence in sentences where sentence.kind == .body {
            // One tokenization of the sentence for every attribution attempt, and for the clause
            // when the sentence is its only one.
            ClaimsTokenizer.tokenize(sentence.text, into: &sentenceTokens)
            // Cues, phrases and hedges are found once; each attempt only resolves "he said" /
            // "the ministry said" against its `previous`.
            let plan = attributions.plan(tokens: sentenceTokens, text: sentence.text)
            func attempt(_ previous: Attribution?) -> Attribution {
                attributions.attribution(plan, previous: previous)
            }
            var sentenceAttribution = attempt(named.last)
            for older in named.dropLast().suffix(3).reversed() where sentenceAttribution.claimant == nil && sentenceAttribution.cue != nil {
                sentenceAttribution = attempt(older)
            }
            let previous = sentenceAttribution.claimant != nil ? sentenceAttribution : named.last
            let clauseRanges = clauses.clauses(of: sentence.text)
            // A reporting frame opens or closes a sentence ("X said that A, and B"; "A, and B, X said"):
            // only then do the sentence's other clauses share its claimant.
            let frameClause = Self.clauseIndex(of: sentenceAttribution.cue, in: sentence.text, clauses: clauseRanges)
            let sharesFrame = frameClause == 0 || frameClause == clauseRanges.count - 1
            for clauseRange in clauseRanges {
                let start = sentence.span.start + clauseRange.lowerBound
                // A sentence that does not split is its one clause, whole (its full range, untrimmed);
                // one that splits gives two clauses or more.
                let whole = clauseRanges.count == 1
                let span: TextSpan
                if whole {
                    span = sentence.span
                } else {
                    if body == nil { body = ScalarText(article.body) }
                    span = body!.span(start..<(sentence.span.start + clauseRange.upperBound))
                }
                let text = span.text
                let found = places.places(in: text, focus: focus, storage: placeStorage)
                let claims: SentenceClaims
                if whole {
                    claims = claimStages.analyse(tokens: sentenceTokens, text: text, attribution: attempt(previous))
                } else {
                    // Cut from the sentence's tokens when that is provably the same as tokenizing the clause.
                    let tokens = ClaimsTokenizer.clauseTokens(sentenceTokens, sentence: sentence.text, scalars: clauseRange,
                                                              clause: text) ?? ClaimsTokenizer.tokenize(text)
                    claims = claimStages.analyse(tokens: tokens, text: text, previous: previous)
                }
                var attribution = claims.attribution
                // A clause without its own cue is said by whoever the sentence names.
                if attribution.claimant == nil && sentenceAttribution.claimant != nil && sharesFrame {
                    attribution.claimant = sentenceAttribution.claimant
                    attribution.side = sentenceAttribution.side
                    attribution.cue = sentenceAttribution.cue
                }
                var (time, times) = normalizer.datingAndExpressions(text)
                // "A day earlier": relative to what the passage before is about.
                if time.basis == .reported, let found = AnaphoricTime.find(in: text),
                   let anchor = mentions[first...].last(where: { $0.time.value?.granularity == .day })?.time.value?.start ?? article.published {
                    time = AnaphoricTime.expression(found, in: text, anchor: anchor)
                    times.append(time)
                }
                mentions.append(Mention(
                    articleID: article.id, sentenceIndex: sentence.index, paragraph: sentence.paragraph, span: span,
                    time: time, times: times, places: found,
                    regions: Self.regions(of: found), contextRegions: [], attribution: attribution,
                    figures: claims.figures, type: claims.type, keyTerms: keyTerms.terms(in: text)))
            }
            if sentenceAttribution.claimant != nil { named.append(sentenceAttribution) }
        }
        Self.assignContextRegions(&mentions, from: first, sentences: sentences, focus: focus, places: places, storage: placeStorage)
    }

    /// Which clause holds the attribution's cue words (nil when it has none or they are not found).
    static func clauseIndex(of cue: String?, in sentence: String, clauses: [Range<Int>]) -> Int? {
        guard let cue, !cue.isEmpty, let offset = ByteSearch.scalarOffset(of: cue, in: sentence) else { return nil }
        return clauses.firstIndex { $0.contains(offset) } ?? clauses.indices.last
    }

    /// "Niger cut ties with Ukraine": a passage about a country outside the corpus's focus
    /// takes no region from its context.
    static func namesForeignCountry(_ places: [PlaceMention], focus: GeoFocus) -> Bool {
        places.contains { $0.entry.kind == .country && (focus.countryWeights[$0.entry.country] ?? 0) < 0.1 }
    }

    static func regions(of places: [PlaceMention]) -> [String] {
        var seen: [String] = []
        for place in places where place.entry.kind != .country {
            if let region = place.entry.region, !seen.contains(region) { seen.append(region) }
        }
        return seen
    }

    /// A mention that names no region takes, in order: the region of the nearest earlier mention
    /// in its paragraph; the region of the nearest earlier mention by the same claimant within a
    /// few passages ("He also reported…" continues what the governor said about his region); the
    /// article's main region (named most, headline counting double).
    static let contextLookback = 6

    /// The article's mentions are `mentions[first...]`.
    static func assignContextRegions(_ mentions: inout [Mention], from first: Int, sentences: [Sentence], focus: GeoFocus, places matcher: PlaceMatcher,
                                     storage: TokenizerStorage) {
        // An article names a handful of regions: a list searched in place, not a hashed dictionary.
        var counts: [(region: String, count: Int)] = []
        counts.reserveCapacity(8)
        func count(_ region: String, _ n: Int) {
            for k in counts.indices where counts[k].region == region { counts[k].count += n; return }
            counts.append((region, n))
        }
        for i in first..<mentions.endIndex { for region in mentions[i].regions { count(region, 1) } }
        for sentence in sentences where sentence.kind == .headline {
            for region in regions(of: matcher.places(in: sentence.text, focus: focus, storage: storage)) { count(region, 2) }
        }
        // Named most; of equals, the first in sorted order.
        var main: String?
        var mainCount = 0
        for (region, n) in counts where main == nil || n > mainCount || (n == mainCount && region < main!) {
            main = region; mainCount = n
        }
        for i in first..<mentions.endIndex where mentions[i].regions.isEmpty && !namesForeignCountry(mentions[i].places, focus: focus) {
            var found: [String] = []
            var j = i - 1
            while j >= first, mentions[j].paragraph == mentions[i].paragraph {
                if !mentions[j].regions.isEmpty { found = mentions[j].regions; break }
                j -= 1
            }
            if found.isEmpty, let claimant = mentions[i].attribution.claimant {
                j = i - 1
                while j >= first, i - j <= contextLookback {
                    if mentions[j].attribution.claimant == claimant, !mentions[j].regions.isEmpty { found = mentions[j].regions; break }
                    j -= 1
                }
            }
            if found.isEmpty, let main { found = [main] }
            mentions[i].contextRegions = found
        }
    }
}

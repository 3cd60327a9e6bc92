/// Runs the per-sentence stages over one article: clauses, time, places, attribution, figures,
/// type and key terms. Everything here looks at one article only, so articles run in parallel.
struct MentionExtractor: Sendable {
    let stages: Stages

    struct Stages: Sendable {
        var segmenter: TextSegmenter
        var places: PlaceMatcher
        var attribution: AttributionExtractor
        var figures: FigureExtractor
        var typer: IncidentTyper
        var keyTerms: KeyTermExtractor

        static func bundled() throws -> Stages {
            Stages(segmenter: try .bundled(), places: PlaceMatcher(gazetteer: try .bundled()),
                   attribution: try .bundled(), figures: try .bundled(), typer: try .bundled(),
                   keyTerms: try .bundled())
        }
    }

    struct Output: Sendable {
        var sentences: [Sentence]
        var mentions: [Mention]
    }

    func extract(_ article: Article, sentences: [Sentence], focus: GeoFocus) -> Output {
        let normalizer = TimeNormalizer(reference: article.published)
        let clauses = ClauseSplitter(primaryTime: { normalizer.primary(in: $0)?.timex })
        let body = ScalarText(article.body)
        var mentions: [Mention] = []
        var previous: Attribution?
        var previousParagraph = -1
        for sentence in sentences where sentence.kind == .body {
            if sentence.paragraph != previousParagraph + 1 && sentence.paragraph != previousParagraph { previous = nil }
            previousParagraph = sentence.paragraph
            let sentenceText = ScalarText(sentence.text)
            let sentenceAttribution = stages.attribution.attribution(in: sentence.text, previous: previous)
            for clauseRange in clauses.clauses(of: sentenceText, range: 0..<sentenceText.count) {
                let start = sentence.span.start + clauseRange.lowerBound
                let span = body.span(start..<(sentence.span.start + clauseRange.upperBound))
                let text = span.text
                let times = normalizer.expressions(in: text)
                let time = normalizer.dating(text)
                let places = stages.places.places(in: text, focus: focus)
                var attribution = stages.attribution.attribution(in: text, previous: previous)
                // A clause without its own cue is said by whoever the sentence names.
                if attribution.claimant == nil && sentenceAttribution.claimant != nil {
                    attribution.claimant = sentenceAttribution.claimant
                    attribution.side = sentenceAttribution.side
                    attribution.cue = sentenceAttribution.cue
                }
                mentions.append(Mention(
                    articleID: article.id, sentenceIndex: sentence.index, paragraph: sentence.paragraph, span: span,
                    time: time, times: times, places: places, regions: Self.regions(of: places), contextRegions: [],
                    attribution: attribution, figures: stages.figures.figures(in: text),
                    type: stages.typer.type(of: text), keyTerms: stages.keyTerms.terms(in: text)))
            }
            previous = sentenceAttribution
        }
        Self.assignContextRegions(&mentions, sentences: sentences, focus: focus, stages: stages)
        return Output(sentences: sentences, mentions: mentions)
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

    static func assignContextRegions(_ mentions: inout [Mention], sentences: [Sentence], focus: GeoFocus, stages: Stages) {
        var counts: [String: Int] = [:]
        for mention in mentions { for region in mention.regions { counts[region, default: 0] += 1 } }
        for sentence in sentences where sentence.kind == .headline {
            for region in regions(of: stages.places.places(in: sentence.text, focus: focus)) { counts[region, default: 0] += 2 }
        }
        let main = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        for i in mentions.indices where mentions[i].regions.isEmpty {
            var found: [String] = []
            var j = i - 1
            while j >= 0, mentions[j].paragraph == mentions[i].paragraph {
                if !mentions[j].regions.isEmpty { found = mentions[j].regions; break }
                j -= 1
            }
            if found.isEmpty, let claimant = mentions[i].attribution.claimant {
                j = i - 1
                while j >= 0, i - j <= contextLookback {
                    if mentions[j].attribution.claimant == claimant, !mentions[j].regions.isEmpty { found = mentions[j].regions; break }
                    j -= 1
                }
            }
            if found.isEmpty, let main { found = [main] }
            mentions[i].contextRegions = found
        }
    }
}

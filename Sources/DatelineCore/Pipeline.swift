import Foundation

/// The whole model in one call: load the corpus, read each article, group mentions into
/// incidents and order them into a timeline.
public struct Pipeline: Sendable {
    let stages: MentionExtractor.Stages
    /// Openings that continue the previous passage, for clustering (a resource like the others).
    let continuationCues: [String]
    var clusterer = IncidentClusterer()
    /// Mentions from which IDF statistics are bucketed (see `CorpusStatistics`).
    public var quantizeStatisticsAbove = CorpusStatistics.defaultQuantizeAbove
    /// First-pass place names from which the corpus focus is quantised (see `GeoFocus.quantized`).
    public var quantizeFocusAbove = GeoFocus.defaultQuantizeAbove

    public static func bundled() throws -> Pipeline {
        Pipeline(stages: try .bundled(), continuationCues: try MentionSimilarity.bundledContinuationCues())
    }

    /// Loads the folder and builds its model. Throws only when the folder itself is unusable.
    public func build(corpusAt folder: URL) throws -> EventModel {
        let loaded = try CorpusLoader().load(folder: folder)
        return build(info: loaded.info, articles: loaded.articles, warnings: loaded.warnings)
    }

    public func build(info: CorpusInfo, articles: [Article], warnings: [LoadWarning] = []) -> EventModel {
        let sentences = articles.map { segment($0) }
        // Where the corpus is about, from names that need no context: it decides ambiguous ones.
        let focus = Self.focus(sentences.map { firstPassPlaces($0) }, quantizeAbove: quantizeFocusAbove)
        let outputs = Self.parallelMap(Array(zip(articles, sentences))) { article, list in
            mentions(of: article, sentences: list, focus: focus)
        }
        let incidents = incidents(from: outputs.flatMap { $0 }, info: info, articles: articles)
        var sentenceMap: [String: [Sentence]] = [:]
        for (article, list) in zip(articles, sentences) { sentenceMap[article.id] = list }
        return EventModel(corpus: info, articles: articles, sentences: sentenceMap, incidents: incidents, warnings: warnings)
    }

    // MARK: The stages of `build`, one at a time (for the persistent index, which caches the
    // per-article ones by content hash and re-runs only what a change touches).

    /// The sentences of one article.
    public func segment(_ article: Article) -> [Sentence] {
        stages.segmenter.sentences(of: article.body)
    }

    /// Names of one article that need no context (the input of the corpus focus).
    public func firstPassPlaces(_ sentences: [Sentence]) -> [PlaceMention] {
        // One array and one tokenizer allocation for the whole article, not one per sentence.
        var places: [PlaceMention] = []
        let storage = TokenizerStorage()
        for sentence in sentences where sentence.kind != .boilerplate {
            stages.places.unambiguousPlaces(in: sentence.text, storage: storage, into: &places)
        }
        return places
    }

    /// The corpus focus from every article's first pass, in corpus order.
    public static func focus(_ firstPass: [[PlaceMention]], quantizeAbove: Int = GeoFocus.defaultQuantizeAbove) -> GeoFocus {
        let focus = GeoFocus.from(firstPass)
        return firstPass.reduce(0) { $0 + $1.count } >= quantizeAbove ? focus.quantized() : focus
    }

    /// The same from how often each entry is named, in order of first naming (`GeoFocus.from(counts:)`).
    public static func focus(counts: [(GazetteerEntry, Int)], quantizeAbove: Int = GeoFocus.defaultQuantizeAbove) -> GeoFocus {
        let focus = GeoFocus.from(counts: counts)
        return counts.reduce(0) { $0 + $1.1 } >= quantizeAbove ? focus.quantized() : focus
    }

    /// Mentions of one article: a pure function of the article, its sentences and the focus.
    public func mentions(of article: Article, sentences: [Sentence], focus: GeoFocus) -> [Mention] {
        var mentions: [Mention] = []
        appendMentions(of: article, sentences: sentences, focus: focus, to: &mentions)
        return mentions
    }

    /// The same, appended to `mentions` (a one-thread run gathers a corpus's in one array).
    public func appendMentions(of article: Article, sentences: [Sentence], focus: GeoFocus, to mentions: inout [Mention]) {
        MentionExtractor(stages: stages).extract(article, sentences: sentences, focus: focus, into: &mentions)
    }

    /// Groups mentions (in corpus order: articles in order, each article's in order) into
    /// ordered incidents.
    public func incidents(from mentions: [Mention], info: CorpusInfo, articles: [Article]) -> [Incident] {
        let terms = InternedTerms(mentions)
        let similarity = MentionSimilarity(terms: terms, anchor: info.anchor, continuationCues: continuationCues, quantizeAbove: quantizeStatisticsAbove)
        return incidents(mentions, clustering: clusterer.clustering(mentions, similarity: similarity, terms: terms), info: info, articles: articles)
    }

    func incidents(_ mentions: [Mention], clustering: (groups: [[Int]], terms: SharedTermCounter), info: CorpusInfo,
                   articles: [Article]) -> [Incident] {
        let builder = IncidentBuilder(
            anchor: info.anchor,
            outlets: Dictionary(articles.map { ($0.id, $0.displayOutlet) }, uniquingKeysWith: { a, _ in a }))
        var terms = clustering.terms
        return Timeline.order(clustering.groups.map { builder.incident(from: $0, of: mentions, terms: &terms) })
    }

    /// Articles are independent until clustering: use every core (the index's batches too).
    public static func parallelMap<T, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] where T: Sendable {
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        // Deinitialized too: deallocating alone leaked every result.
        defer { results.deinitialize(); results.deallocate() }
        let box = UncheckedBox(results)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.value[i] = transform(items[i])
        }
        return results.map { $0! }
    }
}

/// Each iteration writes only its own slot, so sharing the buffer across threads is safe.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

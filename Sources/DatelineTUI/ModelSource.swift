import DatelineCore

/// The timeline of an `EventModel` held in memory (`--no-index`, tests): positions are indices
/// into `model.incidents`, search is a substring search over headlines and passages.
public final class ModelSource: TimelineSource {
    public let index: ModelIndex
    public let spine: TimelineSpine
    /// Computed once: a render asks for a few hundred.
    let rowSummaries: [IncidentSummary]
    public var model: EventModel { index.model }
    public var corpus: CorpusInfo { index.model.corpus }
    public var searchesAsYouType: Bool { true }

    public init(model: EventModel) {
        index = ModelIndex(model: model)
        spine = TimelineSpine(incidents: model.incidents)
        rowSummaries = model.incidents.map(IncidentSummary.init)
    }

    public func summaries(at positions: [Int]) -> [IncidentSummary] {
        positions.map { rowSummaries[$0] }
    }

    public func detail(at position: Int) -> IncidentDetail? {
        guard model.incidents.indices.contains(position) else { return nil }
        let incident = model.incidents[position]
        var sources: [String: SourceInfo] = [:]
        for m in incident.mentions where sources[m.articleID] == nil {
            if let a = index.article(m.articleID) { sources[m.articleID] = SourceInfo(a) }
        }
        return IncidentDetail(incident: incident, columns: index.columns[position], sources: sources)
    }

    public func passages(at position: Int, _ indices: [Int]) -> [DetailPassage?] {
        guard model.incidents.indices.contains(position) else { return indices.map { _ in nil } }
        let mentions = model.incidents[position].mentions
        return indices.map { mentions.indices.contains($0) ? DetailPassage(mentions[$0]) : nil }
    }

    public func article(_ id: String) -> Article? { index.article(id) }

    public func citedSpans(inArticle id: String) -> [Range<Int>] { index.citedSpans[id] ?? [] }

    public func sentenceRange(of passage: DetailPassage) -> Range<Int> {
        ModelIndex.sentenceRange(sentenceIndex: passage.sentenceIndex, start: passage.span.start, end: passage.span.end,
                                 sentences: model.sentences[passage.articleID])
    }

    public func search(_ query: String) -> [Int] {
        let q = query.lowercased()
        guard !q.isEmpty else { return [] }
        return index.searchText.indices.filter { index.searchText[$0].contains(q) }
    }
}

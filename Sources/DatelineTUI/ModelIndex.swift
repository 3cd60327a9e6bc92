import DatelineCore

/// One outlet's passages for an incident: a column of the side-by-side sources.
public struct SourceColumn: Sendable, Equatable {
    public var outlet: String
    /// Indices into the incident's `mentions`, in article order.
    public var mentions: [Int]
}

/// What `ModelSource` serves from the model, computed once per model (never per frame).
public final class ModelIndex: Sendable {
    public let model: EventModel
    public let articleByID: [String: Int]
    /// Lower-cased, sanitised headline and passages of each incident (search haystack).
    public let searchText: [String]
    public let columns: [[SourceColumn]]
    /// Per article: sorted scalar ranges of the sentences that are mentions of any incident.
    public let citedSpans: [String: [Range<Int>]]

    public init(model: EventModel) {
        self.model = model
        var byID: [String: Int] = [:]
        for (i, a) in model.articles.enumerated() where byID[a.id] == nil { byID[a.id] = i }
        articleByID = byID

        var search: [String] = []
        var cols: [[SourceColumn]] = []
        var cited: [String: Set<Range<Int>>] = [:]
        for incident in model.incidents {
            var hay = Sanitizer.clean(incident.headline).lowercased()
            var order: [String] = []
            var byOutlet: [String: [Int]] = [:]
            for (mi, m) in incident.mentions.enumerated() {
                hay += "\n" + Sanitizer.clean(m.span.text).lowercased()
                let outlet = byID[m.articleID].map { model.articles[$0].displayOutlet } ?? m.articleID
                if byOutlet[outlet] == nil { order.append(outlet) }
                byOutlet[outlet, default: []].append(mi)
                cited[m.articleID, default: []].insert(ModelIndex.sentenceRange(of: m, in: model))
            }
            search.append(hay)
            cols.append(order.map { SourceColumn(outlet: $0, mentions: byOutlet[$0]!) })
        }
        searchText = search
        columns = cols
        citedSpans = cited.mapValues { $0.sorted { $0.lowerBound < $1.lowerBound } }
    }

    /// The whole sentence a mention comes from (its clause when the sentence is unknown).
    static func sentenceRange(of m: Mention, in model: EventModel) -> Range<Int> {
        if let sentences = model.sentences[m.articleID] {
            if m.sentenceIndex >= 0, m.sentenceIndex < sentences.count, sentences[m.sentenceIndex].index == m.sentenceIndex {
                let s = sentences[m.sentenceIndex].span
                if s.start <= m.span.start && s.end >= m.span.end { return s.start..<max(s.start, s.end) }
            }
            if let s = sentences.first(where: { $0.span.start <= m.span.start && $0.span.end >= m.span.end }) {
                return s.span.start..<s.span.end
            }
        }
        return m.span.start..<max(m.span.start, m.span.end)
    }

    public func article(_ id: String) -> Article? {
        articleByID[id].map { model.articles[$0] }
    }

    public func outlet(_ articleID: String) -> String {
        article(articleID)?.displayOutlet ?? articleID
    }
}

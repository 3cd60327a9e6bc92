import DatelineCore

/// One outlet's passages for an incident: a column of the side-by-side sources.
public struct SourceColumn: Sendable, Equatable {
    public var outlet: String
    /// Indices into the incident's `mentions`, in article order.
    public var mentions: [Int]

    public init(outlet: String, mentions: [Int]) {
        self.outlet = outlet
        self.mentions = mentions
    }

    /// An incident's passages grouped by outlet (`outlet` of an article id), outlets in order
    /// of their first passage.
    public static func columns(of mentions: [Mention], outlet: (String) -> String) -> [SourceColumn] {
        columns(ofArticles: mentions.map(\.articleID), outlet: outlet)
    }

    /// The same from each mention's article id.
    public static func columns(ofArticles articleIDs: [String], outlet: (String) -> String) -> [SourceColumn] {
        var order: [String] = []
        var byOutlet: [String: [Int]] = [:]
        for (i, id) in articleIDs.enumerated() {
            let name = outlet(id)
            if byOutlet[name] == nil { order.append(name) }
            byOutlet[name, default: []].append(i)
        }
        return order.map { SourceColumn(outlet: $0, mentions: byOutlet[$0]!) }
    }
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
            for m in incident.mentions {
                hay += "\n" + Sanitizer.clean(m.span.text).lowercased()
                cited[m.articleID, default: []].insert(ModelIndex.sentenceRange(of: m, in: model))
            }
            search.append(hay)
            cols.append(SourceColumn.columns(of: incident.mentions) { id in byID[id].map { model.articles[$0].displayOutlet } ?? id })
        }
        searchText = search
        columns = cols
        citedSpans = cited.mapValues { $0.sorted { $0.lowerBound < $1.lowerBound } }
    }

    /// The whole sentence a mention comes from (its clause when the sentence is unknown).
    static func sentenceRange(of m: Mention, in model: EventModel) -> Range<Int> {
        sentenceRange(sentenceIndex: m.sentenceIndex, start: m.span.start, end: m.span.end, sentences: model.sentences[m.articleID])
    }

    /// The same from the mention's sentence index and scalar span, and its article's sentences.
    public static func sentenceRange(sentenceIndex: Int, start: Int, end: Int, sentences: [Sentence]?) -> Range<Int> {
        if let sentences {
            if sentenceIndex >= 0, sentenceIndex < sentences.count, sentences[sentenceIndex].index == sentenceIndex {
                let s = sentences[sentenceIndex].span
                if s.start <= start && s.end >= end { return s.start..<max(s.start, s.end) }
            }
            if let s = sentences.first(where: { $0.span.start <= start && $0.span.end >= end }) {
                return s.span.start..<s.span.end
            }
        }
        return start..<max(start, end)
    }

    public func article(_ id: String) -> Article? {
        articleByID[id].map { model.articles[$0] }
    }

    public func outlet(_ articleID: String) -> String {
        article(articleID)?.displayOutlet ?? articleID
    }
}

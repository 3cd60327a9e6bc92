/// The name and anchor of a corpus (from its optional `corpus.yml`).
public struct CorpusInfo: Codable, Sendable, Hashable {
    public var name: String
    /// The timeline runs from this day; incidents before it are background.
    public var anchor: CalendarDate?
    public var path: String

    public init(name: String, anchor: CalendarDate?, path: String) {
        self.name = name
        self.anchor = anchor
        self.path = path
    }
}

/// Everything Dateline knows about a corpus: what the interface and every command read.
public struct EventModel: Codable, Sendable {
    public var corpus: CorpusInfo
    public var articles: [Article]
    /// Sentences of each article, by article id.
    public var sentences: [String: [Sentence]]
    /// Ordered: timeline incidents by date and precision, background ones apart (also ordered).
    public var incidents: [Incident]
    public var warnings: [LoadWarning]

    public init(corpus: CorpusInfo, articles: [Article], sentences: [String: [Sentence]], incidents: [Incident],
                warnings: [LoadWarning]) {
        self.corpus = corpus
        self.articles = articles
        self.sentences = sentences
        self.incidents = incidents
        self.warnings = warnings
    }

    public func article(_ id: String) -> Article? {
        articles.first { $0.id == id }
    }

    public var timeline: [Incident] { incidents.filter { !$0.background } }
    public var background: [Incident] { incidents.filter(\.background) }

    /// Region names with the number of incidents naming each, most first.
    public var regionCounts: [(region: String, count: Int)] {
        var counts: [String: Int] = [:]
        for incident in incidents { for region in incident.regions { counts[region, default: 0] += 1 } }
        return counts.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.region < $1.region }
    }
}

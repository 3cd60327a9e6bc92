import Foundation

/// The JSON export: `{"corpus": …, "events": [...]}`. Every field is documented in
/// docs/export-format.md; the shape is a contract with the scorer and other tools.
public enum JSONExport {
    struct Document: Encodable {
        var format = "dateline-events/1"
        var corpus: Corpus
        var events: [Event]
        var warnings: [String]
    }

    struct Corpus: Encodable {
        var name: String
        var anchor: String?
        var articles: Int
    }

    struct Event: Encodable {
        var id: String
        /// Nil for an undated incident (no date in the text, no publication date).
        var date: String?
        var end: String?
        var timex: String
        var precision: String
        var dateBasis: String
        var datePhrase: String?
        var datedBy: String
        var background: Bool
        var regions: [String]
        var regionsFromContext: Bool
        var places: [String]
        var headline: String
        var type: String
        var sources: Int
        var mentions: [MentionOut]
        var disagreements: [DisagreementOut]
    }

    struct MentionOut: Encodable {
        var article: String
        var outlet: String
        var published: String?
        var publishedInferred: Bool
        var text: String
        var start: Int
        var end: Int
        var date: String?
        var dateBasis: String
        var datePhrase: String?
        var claimant: String?
        var side: String
        var hedges: [String]
        var regions: [String]
        var places: [String]
        var figures: [FigureOut]
    }

    struct FigureOut: Encodable {
        var quantity: String
        var value: Double
        var upper: Double
        var unit: String
        var qualifier: String?
        var phrase: String
    }

    struct DisagreementOut: Encodable {
        var quantity: String
        var unit: String
        var values: [ValueOut]
    }

    struct ValueOut: Encodable {
        var article: String
        var outlet: String
        var claimant: String?
        var side: String
        var value: Double
        var upper: Double
        var phrase: String
    }

    public static func data(_ model: EventModel) throws -> Data {
        var out = Data()
        try write(corpus: model.corpus, articles: model.articles, warnings: model.warnings,
                  incidents: { each in for incident in model.incidents { try each(incident) } }, to: { out += $0 })
        return out
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Writes the document to `sink` one event at a time: the same bytes as encoding it whole,
    /// without holding every event (an export of 100k articles read whole from the index took
    /// 2.3 GB). `incidents` calls its argument with each incident in timeline order. Events are
    /// encoded alone and indented to their place in the array (pretty-printed JSON escapes line
    /// breaks inside strings, so every line break is layout). Returns the number of events.
    @discardableResult
    public static func write(corpus: CorpusInfo, articles: [Article], warnings: [LoadWarning],
                             incidents: ((Incident) throws -> Void) throws -> Void, to sink: (Data) throws -> Void) throws -> Int {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shell = try encoder.encode(Document(corpus: Corpus(name: corpus.name, anchor: corpus.anchor?.iso, articles: articles.count),
                                                events: [], warnings: warnings.map(\.description)))
        return try StreamedJSONArray.write(key: "events", shell: { _ in shell }, elements: { each in
            // `each` never outlives this call.
            try withoutActuallyEscaping(each) { each in
                try incidents { incident in try each(try encoder.encode(event(incident, articles: byID))) }
            }
        }, to: sink)
    }

    /// The whole document at once: what `write` streams (its tests compare the two).
    static func document(_ model: EventModel) -> Document {
        let articles = Dictionary(model.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Document(corpus: Corpus(name: model.corpus.name, anchor: model.corpus.anchor?.iso, articles: model.articles.count),
                        events: model.incidents.map { event($0, articles: articles) }, warnings: model.warnings.map(\.description))
    }

    static func event(_ incident: Incident, articles: [String: Article]) -> Event {
        let needsEnd = incident.time.granularity == .week || incident.time.granularity == .interval
        return Event(
            id: incident.id, date: incident.undated ? nil : incident.time.exportDate,
            end: needsEnd && !incident.undated ? incident.time.end.iso : nil,
            timex: incident.undated ? "" : incident.time.timex, precision: incident.undated ? "none" : incident.time.granularity.rawValue,
            dateBasis: incident.undated ? "none" : incident.basis.rawValue,
            datePhrase: incident.basis == .reported ? nil : incident.datingMention.time.phrase,
            datedBy: incident.datingMention.articleID,
            background: incident.background, regions: incident.regions, regionsFromContext: incident.regionsFromContext,
            places: incident.places, headline: incident.headline, type: incident.type, sources: incident.sourceCount,
            mentions: incident.mentions.map { mention(for: $0, article: articles[$0.articleID]) },
            disagreements: incident.disagreements.map { d in
                DisagreementOut(quantity: d.quantity, unit: d.unit, values: d.claims.map {
                    ValueOut(article: $0.articleID, outlet: $0.outlet, claimant: $0.claimant, side: $0.side.rawValue,
                             value: $0.figure.value, upper: $0.figure.upper, phrase: $0.figure.phrase)
                })
            })
    }

    static func mention(for m: Mention, article: Article?) -> MentionOut {
        MentionOut(
            article: m.articleID, outlet: article?.displayOutlet ?? m.articleID, published: article?.published?.iso,
            publishedInferred: article?.publishedInferred ?? false, text: m.span.text, start: m.span.start, end: m.span.end,
            date: m.time.value?.exportDate, dateBasis: m.time.basis.rawValue,
            datePhrase: m.time.phrase.isEmpty ? nil : m.time.phrase, claimant: m.attribution.claimant,
            side: m.attribution.side.rawValue, hedges: m.attribution.hedges, regions: m.regions,
            places: m.places.map(\.entry.name),
            figures: m.figures.map { FigureOut(quantity: $0.quantity, value: $0.value, upper: $0.upper, unit: $0.unit, qualifier: $0.qualifier, phrase: $0.phrase) })
    }
}

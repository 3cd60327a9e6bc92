import Foundation

/// What the model sees in one text, stage by stage: the `dateline analyze` command's engine.
public struct TextAnalyzer: Sendable {
    let stages: MentionExtractor.Stages

    public static func bundled() throws -> TextAnalyzer {
        TextAnalyzer(stages: try .bundled())
    }

    public struct Report: Codable, Sendable {
        public var id: String?
        public var published: String?
        public var sentences: [SentenceReport]
    }

    public struct SentenceReport: Codable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String
        public var times: [TimeReport]
        public var primary: TimeReport?
        public var places: [PlaceReport]
        public var claimant: String?
        public var side: String
        public var hedges: [String]
        public var figures: [Figure]
        public var type: String
    }

    public struct TimeReport: Codable, Sendable {
        public var phrase: String
        public var start: Int
        public var end: Int
        public var value: String
        public var granularity: String?
        public var basis: String
        public var direction: String
    }

    public struct PlaceReport: Codable, Sendable {
        public var surface: String
        public var name: String
        public var kind: String
        public var region: String?
        public var country: String
    }

    public func analyze(_ text: String, published: CalendarDate?, id: String? = nil) -> Report {
        let normalizer = TimeNormalizer(reference: published)
        var previous: Attribution?
        let reports = stages.segmenter.sentences(of: text).map { sentence -> SentenceReport in
            let claims = stages.claims.analyse(sentence.text, previous: previous)
            let attribution = claims.attribution
            if attribution.claimant != nil { previous = attribution }
            return SentenceReport(
                text: sentence.text, start: sentence.span.start, end: sentence.span.end, kind: sentence.kind.rawValue,
                times: normalizer.expressions(in: sentence.text).map(Self.report),
                primary: normalizer.primary(in: sentence.text).map(Self.report),
                places: stages.places.places(in: sentence.text, focus: .none).map {
                    PlaceReport(surface: $0.surface, name: $0.entry.name, kind: $0.entry.kind.rawValue, region: $0.entry.region, country: $0.entry.country)
                },
                claimant: attribution.claimant, side: attribution.side.rawValue, hedges: attribution.hedges,
                figures: claims.figures, type: claims.type)
        }
        return Report(id: id, published: published?.iso, sentences: reports)
    }

    static func report(_ t: TimeExpression) -> TimeReport {
        TimeReport(phrase: t.phrase, start: t.start, end: t.end, value: t.timex, granularity: t.granularity?.rawValue,
                   basis: t.basis.rawValue, direction: t.direction.rawValue)
    }
}

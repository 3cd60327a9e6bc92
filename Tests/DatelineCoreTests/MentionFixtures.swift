@testable import DatelineCore

/// Hand-made mentions for testing the incident stages without running the text stages.
enum MentionFixtures {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static let continuationCues = try! MentionSimilarity.bundledContinuationCues()

    static func mention(
        _ article: String, _ text: String, sentence: Int = 0, date: String = "2024-08-14", basis: DateBasis = .resolved,
        regions: [String] = [], claimant: String? = nil, side: Side = .outlet, figures: [Figure] = [], type: String = "other",
        terms: [String]? = nil, start: Int = 0
    ) -> Mention {
        let value = TimeValue.day(day(date))
        return Mention(
            articleID: article, sentenceIndex: sentence, paragraph: sentence,
            span: TextSpan(text: text, start: start, end: start + text.unicodeScalars.count),
            time: TimeExpression(value: value, basis: basis, phrase: basis == .reported ? "" : "on Wednesday", start: 0, end: 0),
            times: [], places: [], regions: regions, contextRegions: [],
            attribution: Attribution(claimant: claimant, cue: nil, side: side, hedges: []),
            figures: figures, type: type,
            keyTerms: terms ?? text.lowercased().split(separator: " ").map(String.init))
    }

    static func figure(_ quantity: String, _ value: Double, _ upper: Double? = nil, unit: String = "count") -> Figure {
        Figure(quantity: quantity, value: value, upper: upper, unit: unit, phrase: "\(Int(value)) \(quantity)", start: 0, end: 1)
    }
}

/// One sentence or clause of one article reporting something, with all the model saw in it.
public struct Mention: Codable, Sendable, Hashable {
    public var articleID: String
    /// Index of the sentence in the article; clauses of one sentence share it.
    public var sentenceIndex: Int
    public var paragraph: Int
    /// The exact sentence or clause, with offsets into the article body.
    public var span: TextSpan
    /// The date this mention is about, and how it was obtained.
    public var time: TimeExpression
    /// Every time expression found in the text (the chosen one among them).
    public var times: [TimeExpression]
    public var places: [PlaceMention]
    /// Regions named in the mention itself, via its places.
    public var regions: [String]
    /// Regions the mention takes from its context (paragraph, article) because it names none.
    public var contextRegions: [String]
    public var attribution: Attribution
    public var figures: [Figure]
    /// Incident type from the lexicon (`advance`, `strike`, `evacuation`, …).
    public var type: String
    /// Content words that identify what happened, lower-cased and normalised; used for merging.
    public var keyTerms: [String]

    public init(articleID: String, sentenceIndex: Int, paragraph: Int, span: TextSpan, time: TimeExpression,
                times: [TimeExpression], places: [PlaceMention], regions: [String], contextRegions: [String],
                attribution: Attribution, figures: [Figure], type: String, keyTerms: [String]) {
        self.articleID = articleID
        self.sentenceIndex = sentenceIndex
        self.paragraph = paragraph
        self.span = span
        self.time = time
        self.times = times
        self.places = places
        self.regions = regions
        self.contextRegions = contextRegions
        self.attribution = attribution
        self.figures = figures
        self.type = type
        self.keyTerms = keyTerms
    }
}

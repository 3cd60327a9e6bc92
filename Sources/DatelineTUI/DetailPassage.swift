import DatelineCore

/// What the detail pane shows of one mention. Read a few at a time (`TimelineSource.passages`):
/// a stored mention is mostly places, times and key terms the pane never shows, and an incident
/// can have thousands of mentions.
public struct DetailPassage: Sendable, Equatable {
    public var articleID: String
    public var sentenceIndex: Int
    /// The passage's text and its scalar offsets in the article body.
    public var span: TextSpan
    /// The phrase that dated the passage (empty when none), at scalar offsets into `span.text`.
    public var timePhrase: String
    public var timeStart: Int
    public var timeEnd: Int
    public var claimant: String?
    public var hedges: [String]
    public var figures: [Figure]

    public init(articleID: String, sentenceIndex: Int, span: TextSpan, timePhrase: String, timeStart: Int, timeEnd: Int,
                claimant: String?, hedges: [String], figures: [Figure]) {
        self.articleID = articleID
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.timePhrase = timePhrase
        self.timeStart = timeStart
        self.timeEnd = timeEnd
        self.claimant = claimant
        self.hedges = hedges
        self.figures = figures
    }

    public init(_ m: Mention) {
        self.init(articleID: m.articleID, sentenceIndex: m.sentenceIndex, span: m.span, timePhrase: m.time.phrase,
                  timeStart: m.time.start, timeEnd: m.time.end, claimant: m.attribution.claimant, hedges: m.attribution.hedges,
                  figures: m.figures)
    }
}

/// The figures one passage gives, with who gives them: the detail's "Figs" line, which covers
/// every passage (not only those on screen).
public struct FigureNote: Sendable, Equatable {
    public var articleID: String
    public var claimant: String?
    public var figures: [Figure]

    public init(articleID: String, claimant: String?, figures: [Figure]) {
        self.articleID = articleID
        self.claimant = claimant
        self.figures = figures
    }

    /// The notes of the passages that give figures, in passage order.
    public static func notes(of mentions: [Mention]) -> [FigureNote] {
        mentions.filter { !$0.figures.isEmpty }.map { FigureNote(articleID: $0.articleID, claimant: $0.attribution.claimant, figures: $0.figures) }
    }
}

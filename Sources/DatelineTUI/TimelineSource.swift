import DatelineCore

/// What a timeline row shows of an incident: enough to draw it without reading its mentions.
public struct IncidentSummary: Sendable, Equatable {
    public var id: String
    public var time: TimeValue
    public var basis: DateBasis
    public var background: Bool
    public var undated: Bool
    public var regions: [String]
    public var regionsFromContext: Bool
    public var headline: String
    public var sourceCount: Int
    public var disagrees: Bool

    public init(id: String, time: TimeValue, basis: DateBasis, background: Bool, undated: Bool, regions: [String],
                regionsFromContext: Bool, headline: String, sourceCount: Int, disagrees: Bool) {
        self.id = id
        self.time = time
        self.basis = basis
        self.background = background
        self.undated = undated
        self.regions = regions
        self.regionsFromContext = regionsFromContext
        self.headline = headline
        self.sourceCount = sourceCount
        self.disagrees = disagrees
    }

    public init(_ incident: Incident) {
        self.init(id: incident.id, time: incident.time, basis: incident.basis, background: incident.background,
                  undated: incident.undated, regions: incident.regions, regionsFromContext: incident.regionsFromContext,
                  headline: incident.headline, sourceCount: incident.sourceCount, disagrees: !incident.disagreements.isEmpty)
    }

    /// The timeline's date column (as `DateText.label(incident)` writes it).
    var label: String { undated ? "undated" : DateText.label(time, basis: basis) }
}

/// An article as the detail pane names it: outlet and publication date, without its text.
public struct SourceInfo: Sendable, Equatable {
    public var outlet: String
    public var published: CalendarDate?
    public var publishedInferred: Bool

    public init(outlet: String, published: CalendarDate?, publishedInferred: Bool) {
        self.outlet = outlet
        self.published = published
        self.publishedInferred = publishedInferred
    }

    public init(_ article: Article) {
        self.init(outlet: article.displayOutlet, published: article.published, publishedInferred: article.publishedInferred)
    }
}

/// The selected incident with what the detail pane draws beside it. Its passages are not in it:
/// the pane reads those it shows through `TimelineSource.passages`, so that selecting an incident
/// with thousands of mentions costs what selecting a small one does.
public struct IncidentDetail: Sendable {
    /// The incident without its mentions (`incident.mentions` is empty).
    public var incident: Incident
    /// How many mentions it has (the indices `columns` refer to).
    public var passageCount: Int
    /// The passage that dated it (the first one when `datedBy` is out of range).
    public var dating: DetailPassage?
    public var figureNotes: [FigureNote]
    /// Its passages grouped by outlet, in article order.
    public var columns: [SourceColumn]
    /// The articles its mentions come from, by id.
    public var sources: [String: SourceInfo]

    public init(incident: Incident, passageCount: Int, dating: DetailPassage?, figureNotes: [FigureNote], columns: [SourceColumn],
                sources: [String: SourceInfo]) {
        var stripped = incident
        stripped.mentions = []
        self.incident = stripped
        self.passageCount = passageCount
        self.dating = dating
        self.figureNotes = figureNotes
        self.columns = columns
        self.sources = sources
    }

    /// From a whole incident (the model in memory).
    public init(incident: Incident, columns: [SourceColumn], sources: [String: SourceInfo]) {
        let m = incident.mentions
        let dating = m.indices.contains(incident.datedBy) ? m[incident.datedBy] : m.first
        self.init(incident: incident, passageCount: m.count, dating: dating.map(DetailPassage.init),
                  figureNotes: FigureNote.notes(of: m), columns: columns, sources: sources)
    }

    public func outlet(_ articleID: String) -> String { sources[articleID]?.outlet ?? articleID }
}

/// Where the browser reads the timeline from. Positions are places in `spine` (timeline order).
///
/// Two implementations: `ModelSource` over an `EventModel` in memory (`--no-index`, tests) and
/// DatelineIndex's `IndexTimelineSource`, which reads the SQLite index a window at a time so that
/// first frame and memory do not grow with the corpus. Reads do not throw: an index that fails
/// mid-session shows empty rows rather than taking the terminal down.
public protocol TimelineSource: AnyObject, Sendable {
    var corpus: CorpusInfo { get }
    /// Every incident in order, as compact columns: flags, date, regions.
    var spine: TimelineSpine { get }
    /// Row summaries, in the order asked.
    func summaries(at positions: [Int]) -> [IncidentSummary]
    func detail(at position: Int) -> IncidentDetail?
    /// Passages of the incident at `position` (indices into its mentions, as `SourceColumn`
    /// has them), in the order asked; nil for one that cannot be read.
    func passages(at position: Int, _ indices: [Int]) -> [DetailPassage?]
    /// With its body (the article view).
    func article(_ id: String) -> Article?
    /// Sorted scalar ranges of the article's sentences that are mentions of any incident.
    func citedSpans(inArticle id: String) -> [Range<Int>]
    /// The whole sentence a passage comes from (its clause when the sentence is unknown).
    func sentenceRange(of passage: DetailPassage) -> Range<Int>
    /// Positions of the incidents whose headline or passages match `query`, ascending.
    func search(_ query: String) -> [Int]
    /// Whether `search` is cheap enough to run on every keystroke of the `/` prompt.
    var searchesAsYouType: Bool { get }
    /// Why the last read failed (reads do not throw), for the status line; nil when none did.
    var lastError: String? { get }
}

extension TimelineSource {
    public var lastError: String? { nil }
}

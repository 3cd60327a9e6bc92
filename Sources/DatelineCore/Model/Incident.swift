/// A value one source gives for a figure on which sources disagree.
public struct FigureClaim: Codable, Sendable, Hashable {
    public var articleID: String
    public var outlet: String
    public var claimant: String?
    public var side: Side
    public var figure: Figure

    public init(articleID: String, outlet: String, claimant: String?, side: Side, figure: Figure) {
        self.articleID = articleID
        self.outlet = outlet
        self.claimant = claimant
        self.side = side
        self.figure = figure
    }
}

/// Within one incident, sources that give different values for the same quantity.
public struct Disagreement: Codable, Sendable, Hashable {
    public var quantity: String
    public var unit: String
    public var claims: [FigureClaim]

    public init(quantity: String, unit: String, claims: [FigureClaim]) {
        self.quantity = quantity
        self.unit = unit
        self.claims = claims
    }
}

/// Something that happened, as reported by one or more mentions across articles.
public struct Incident: Codable, Sendable, Hashable, Identifiable {
    /// Stable: derived from the incident's earliest mention (article id and offset), so it
    /// survives re-runs and the addition of unrelated articles.
    public var id: String
    public var time: TimeValue
    public var basis: DateBasis
    /// The mention whose time dated the incident.
    public var datedBy: Int
    /// Before the corpus anchor: context, not the timeline.
    public var background: Bool
    /// No mention carries a date and no article a publication date: `time` is a placeholder
    /// and must not be shown as a date.
    public var undated: Bool
    public var regions: [String]
    /// Whether `regions` were named by the mentions or only taken from their context.
    public var regionsFromContext: Bool
    public var places: [String]
    /// Extractive: the most informative mention's text, trimmed.
    public var headline: String
    public var type: String
    public var mentions: [Mention]
    public var disagreements: [Disagreement]

    public init(id: String, time: TimeValue, basis: DateBasis, datedBy: Int, background: Bool, undated: Bool = false, regions: [String],
                regionsFromContext: Bool, places: [String], headline: String, type: String, mentions: [Mention],
                disagreements: [Disagreement]) {
        self.id = id
        self.time = time
        self.basis = basis
        self.datedBy = datedBy
        self.background = background
        self.undated = undated
        self.regions = regions
        self.regionsFromContext = regionsFromContext
        self.places = places
        self.headline = headline
        self.type = type
        self.mentions = mentions
        self.disagreements = disagreements
    }

    /// Distinct articles that report it.
    public var sourceCount: Int { Self.sourceCount(mentions) }

    /// Distinct articles among `mentions`: compared pair by pair for the few mentions most
    /// incidents have, where building a set cost more (the timeline's sort counts every
    /// incident); counted in a set beyond.
    static func sourceCount(_ mentions: [Mention]) -> Int {
        guard mentions.count <= 8 else { return Set(mentions.map(\.articleID)).count }
        var count = 0
        for i in mentions.indices where !(0..<i).contains(where: { mentions[$0].articleID == mentions[i].articleID }) { count += 1 }
        return count
    }
    public var datingMention: Mention { mentions[datedBy] }
}

/// What `MentionSimilarity.score` needs of one mention, computed once per mention: clustering
/// scores each mention against many others, and copying `Mention` values (a dozen retains each)
/// and re-hashing their strings for every pair was most of its time. Strings are interned to
/// integers by a `MentionProfiler`; only profiles from one profiler may be compared. A class:
/// passing a profile then costs one retain, not one per array field.
final class MentionProfile {
    /// The IDF weights of the key terms, in the mention's order.
    let termWeights: [Double]
    /// Each key term as its id (high 32 bits) and its position in the mention's order (low 32
    /// bits), sorted: by id to find shared terms, with positions to add their weights in order.
    let sortedTerms: [Int64]
    /// Sum of `termWeights`, added in order (so it is bit-identical to summing on the fly).
    let termWeight: Double
    let figures: [ProfiledFigure]
    let regionIDs: [Int32]
    /// -1 when no claimant is named.
    let claimant: Int32
    let side: Side
    let type: Int32
    let isOtherType: Bool
    let dates: MentionDates
    let article: Int32
    let sentenceIndex: Int
    let continues: Bool

    init(sortedTerms: [Int64], termWeights: [Double], termWeight: Double, figures: [ProfiledFigure], regionIDs: [Int32], claimant: Int32,
         side: Side, type: Int32, isOtherType: Bool, reported: Bool, value: TimeValue?, background: Bool, article: Int32,
         sentenceIndex: Int, continues: Bool) {
        self.termWeights = termWeights
        self.sortedTerms = sortedTerms
        self.termWeight = termWeight
        self.figures = figures
        self.regionIDs = regionIDs
        self.claimant = claimant
        self.side = side
        self.type = type
        self.isOtherType = isOtherType
        dates = MentionDates(value: value, reported: reported, background: background)
        self.article = article
        self.sentenceIndex = sentenceIndex
        self.continues = continues
    }

    /// The id of an entry of `sortedTerms`.
    @inline(__always)
    static func termID(_ sortedTerm: Int64) -> Int32 { Int32(truncatingIfNeeded: sortedTerm >> 32) }

    /// The position in the mention's key terms of an entry of `sortedTerms`.
    @inline(__always)
    static func termPosition(_ sortedTerm: Int64) -> Int { Int(truncatingIfNeeded: sortedTerm & 0xFFFF_FFFF) }

    func sharesRegion(with other: MentionProfile) -> Bool {
        regionIDs.contains { other.regionIDs.contains($0) }
    }
}

/// What `MentionSimilarity.compatibleDates` reads of a mention, apart from its profile: clustering
/// tests the dates of every candidate pair first, and most pairs fail it (about nine in ten on
/// the generated corpora), so reading them from one dense array spares loading the partner's
/// profile from wherever it lies in memory.
struct MentionDates {
    /// Whether the mention has a date; then its first and last day as days since the epoch
    /// (dates compare and subtract as integers, not as `CalendarDate`s converted per pair).
    let dated: Bool
    let isDay: Bool
    let reported: Bool
    let background: Bool
    let firstDay: Int
    let lastDay: Int

    init(value: TimeValue?, reported: Bool, background: Bool) {
        dated = value != nil
        isDay = value?.granularity == .day
        self.reported = reported
        self.background = background
        firstDay = value?.start.daysSinceEpoch ?? 0
        lastDay = value?.end.daysSinceEpoch ?? 0
    }
}

/// What clustering compares of a figure, worked out once per mention: comparing `Figure`s pair by
/// pair copied their strings and lower-cased their qualifiers for every candidate pair (a fifth
/// of the pair loop on the 1k corpus, whose one large incident repeats a figure thousands of times).
struct ProfiledFigure {
    /// Interned by the profile's `MentionProfiler`.
    let quantity: Int32
    let unit: Int32
    /// Quantity `count`: proposes no pairs and is no counter-claim.
    let isCount: Bool
    /// Neither `count` nor `percent`: scored as evidence.
    let isScored: Bool
    let isIncrement: Bool
    let range: FigureRange
}

/// Builds `MentionProfile`s, interning every string it meets (terms, regions, claimants, types,
/// article ids, posting keys share one table: ids are only ever compared within one kind).
/// Serves one `MentionSimilarity` (and what it learns: `learn` adds terms, it changes none).
struct MentionProfiler {
    private var interner = StringInterner()
    /// The interned strings, by id.
    var strings: [String] { interner.strings }
    /// IDF weight by id, once found in the similarity's table (each term's then costs one
    /// lookup per corpus, not one per mention); NaN until then.
    private var weights: [Double] = []
    /// The id of "#quantity" by the quantity's id (-1 until met), so a figure's posting key is
    /// neither rebuilt nor hashed as a `String` per mention.
    private var quantityKeys: [Int32] = []
    /// The last article id met and its id: mentions come article by article, and article ids
    /// are mostly too long for the interner's byte cache.
    private var lastArticle: (id: String, interned: Int32)?

    init() {}

    /// Going on from the interner that interned `terms`: their ids are this profiler's.
    init(terms: InternedTerms) {
        interner = terms.interner
        weights = Array(repeating: .nan, count: interner.count)
    }

    mutating func id(_ string: String) -> Int32 {
        let id = interner.id(string)
        if Int(id) == weights.count { weights.append(.nan) }
        return id
    }

    private mutating func articleID(_ article: String) -> Int32 {
        if let lastArticle, lastArticle.id == article { return lastArticle.interned }
        let interned = id(article)
        lastArticle = (article, interned)
        return interned
    }

    private mutating func weight(_ id: Int32, for similarity: MentionSimilarity) -> Double {
        let known = weights[Int(id)]
        if !known.isNaN { return known }
        // A term not in the table weighs 1 for now; `learn` may add it later, so it is not kept.
        guard let found = similarity.idf[interner.strings[Int(id)]] else { return 1 }
        weights[Int(id)] = found
        return found
    }

    mutating func profile(_ m: Mention, for similarity: MentionSimilarity) -> MentionProfile {
        var termIDs: [Int32] = []
        termIDs.reserveCapacity(m.keyTerms.count)
        for term in m.keyTerms { termIDs.append(id(term)) }
        return profile(m, termIDs: termIDs[...], for: similarity)
    }

    /// `profile` of a mention whose key terms this profiler interned already (`init(terms:)`).
    mutating func profile(_ m: Mention, termIDs: ArraySlice<Int32>, for similarity: MentionSimilarity) -> MentionProfile {
        var sortedTerms: [Int64] = [], termWeights: [Double] = []
        sortedTerms.reserveCapacity(termIDs.count)
        termWeights.reserveCapacity(termIDs.count)
        var total = 0.0
        for (position, id) in termIDs.enumerated() {
            sortedTerms.append(Int64(id) << 32 | Int64(position))
            termWeights.append(weight(id, for: similarity))
            total += termWeights[position]
        }
        sortedTerms.sort()
        return MentionProfile(
            sortedTerms: sortedTerms, termWeights: termWeights, termWeight: total,
            figures: figures(m.figures), regionIDs: m.regions.map { id($0) }, claimant: m.attribution.claimant.map { id($0) } ?? -1,
            side: m.attribution.side, type: id(m.type), isOtherType: m.type == "other", reported: m.time.basis == .reported,
            value: m.time.value, background: similarity.isBackground(m), article: articleID(m.articleID),
            sentenceIndex: m.sentenceIndex, continues: similarity.continues(m))
    }

    /// Appends `IncidentClusterer.postingKeys` of the profiled mention to `keys`, as ids
    /// (`strings` gives the keys back): its distinct terms, then `#quantity` once per figure
    /// that is not a count. Returns how many are terms.
    @discardableResult
    mutating func appendPostingKeyIDs(of profile: MentionProfile, to keys: inout [Int32]) -> Int {
        let start = keys.count
        for term in profile.sortedTerms {
            let id = MentionProfile.termID(term)
            if keys.count == start || keys.last != id { keys.append(id) }
        }
        let terms = keys.count - start
        for figure in profile.figures where !figure.isCount {
            let quantity = Int(figure.quantity)
            if quantity >= quantityKeys.count { quantityKeys += Array(repeating: -1, count: quantity + 1 - quantityKeys.count) }
            if quantityKeys[quantity] < 0 { quantityKeys[quantity] = id("#" + strings[quantity]) }
            keys.append(quantityKeys[quantity])
        }
        return terms
    }

    /// The figures as `figureScore` and `sharesQuantity` read them, interned by this profiler.
    mutating func figures(_ figures: [Figure]) -> [ProfiledFigure] {
        figures.map { f in
            ProfiledFigure(quantity: id(f.quantity), unit: id(f.unit), isCount: f.quantity == "count",
                           isScored: f.quantity != "count" && f.quantity != "percent",
                           isIncrement: MentionSimilarity.isIncrement(f), range: FigureRange(f))
        }
    }
}

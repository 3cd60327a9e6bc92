/// What `MentionSimilarity.score` needs of one mention, computed once per mention: clustering
/// scores each mention against many others, and copying `Mention` values (a dozen retains each)
/// and re-hashing their strings for every pair was most of its time. Strings are interned to
/// integers by a `MentionProfiler`; only profiles from one profiler may be compared.
///
/// Row `index` of a `MentionProfiles` table, valid only inside its `withProfiles`. Three words:
/// the pair loop makes one per candidate partner, and its fields are read from the table as
/// they are needed.
struct MentionProfile {
    let index: Int
    private let rowPointer: UnsafePointer<MentionProfiles.Row>
    private let lists: UnsafePointer<MentionProfiles.Lists>

    init(index: Int, lists: UnsafePointer<MentionProfiles.Lists>) {
        self.index = index
        self.lists = lists
        rowPointer = lists.pointee.rows.baseAddress! + index
    }

    private var row: MentionProfiles.Row {
        @inline(__always) get { rowPointer.pointee }
    }

    /// `count` entries of a flat list of the table from `start`.
    @inline(__always)
    private static func part<T>(_ list: UnsafeBufferPointer<T>, _ start: Int32, _ count: Int32) -> UnsafeBufferPointer<T> {
        UnsafeBufferPointer(rebasing: list[Int(start)..<Int(start) + Int(count)])
    }

    /// The IDF weights of the key terms, in the mention's order.
    var termWeights: UnsafeBufferPointer<Double> { Self.part(lists.pointee.termWeights, row.termStart, row.termCount) }
    /// Each key term as its id (high 32 bits) and its position in the mention's order (low 32
    /// bits), sorted: by id to find shared terms, with positions to add their weights in order.
    var sortedTerms: UnsafeBufferPointer<Int64> { Self.part(lists.pointee.sortedTerms, row.termStart, row.termCount) }
    /// How many key terms (with repeats).
    var termCount: Int { Int(row.termCount) }
    /// Sum of `termWeights`, added in order (so it is bit-identical to summing on the fly).
    var termWeight: Double { row.termWeight }
    var figures: UnsafeBufferPointer<ProfiledFigure> { Self.part(lists.pointee.figures, row.figureStart, row.figureCount) }
    var regionIDs: UnsafeBufferPointer<Int32> { Self.part(lists.pointee.regionIDs, row.regionStart, row.regionCount) }
    /// -1 when no claimant is named.
    var claimant: Int32 { row.claimant }
    var side: Side { row.side }
    var type: Int32 { row.type }
    var isOtherType: Bool { row.isOtherType }
    var dates: MentionDates { lists.pointee.dates[index] }
    var article: Int32 { row.article }
    var sentenceIndex: Int { row.sentenceIndex }
    var continues: Bool { row.continues }

    /// The id of an entry of `sortedTerms`.
    @inline(__always)
    static func termID(_ sortedTerm: Int64) -> Int32 { Int32(truncatingIfNeeded: sortedTerm >> 32) }

    /// The position in the mention's key terms of an entry of `sortedTerms`.
    @inline(__always)
    static func termPosition(_ sortedTerm: Int64) -> Int { Int(truncatingIfNeeded: sortedTerm & 0xFFFF_FFFF) }

    func sharesRegion(with other: MentionProfile) -> Bool {
        let theirs = other.regionIDs
        return regionIDs.contains { theirs.contains($0) }
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

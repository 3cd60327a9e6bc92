/// The profiles of many mentions in one table. Clustering profiles every mention of the corpus:
/// as an object holding four arrays each, that was up to five allocations per mention to make,
/// page in and free (three million at 100k articles). Here each mention is a fixed-size row, and
/// its lists lie in flat arrays shared by all rows, so a corpus costs a handful of allocations.
///
/// Rows are appended by `MentionProfiler.append` and read through `withProfiles`.
struct MentionProfiles {
    /// A mention's fixed fields, and where its lists lie in the flat arrays (terms and their
    /// weights share positions).
    struct Row {
        var termStart: Int32, termCount: Int32
        var figureStart: Int32, figureCount: Int32
        var regionStart: Int32, regionCount: Int32
        var claimant: Int32, type: Int32, article: Int32
        var side: Side
        var isOtherType: Bool
        var continues: Bool
        var termWeight: Double
        var sentenceIndex: Int
    }

    var rows: [Row] = []
    /// Apart from the rows: clustering tests every candidate pair's dates first, from this dense array.
    var dates: [MentionDates] = []
    var sortedTerms: [Int64] = []
    var termWeights: [Double] = []
    var figures: [ProfiledFigure] = []
    var regionIDs: [Int32] = []

    init() {}

    var count: Int { rows.count }

    /// Room for `mentions` rows (the flat lists grow as they must).
    mutating func reserveCapacity(_ mentions: Int) {
        rows.reserveCapacity(mentions)
        dates.reserveCapacity(mentions)
    }

    /// Calls `body` with the rows as `MentionProfile`s; they point into this table's storage and
    /// must not outlive the call.
    func withProfiles<R>(_ body: (Reader) throws -> R) rethrows -> R {
        try rows.withUnsafeBufferPointer { rows in
            try dates.withUnsafeBufferPointer { dates in
                try sortedTerms.withUnsafeBufferPointer { sortedTerms in
                    try termWeights.withUnsafeBufferPointer { termWeights in
                        try figures.withUnsafeBufferPointer { figures in
                            try regionIDs.withUnsafeBufferPointer { regionIDs in
                                try withUnsafePointer(to: Lists(rows: rows, dates: dates, sortedTerms: sortedTerms, termWeights: termWeights,
                                                                figures: figures, regionIDs: regionIDs)) {
                                    try body(Reader(lists: $0))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The table's storage while `withProfiles` runs: every profile points to it.
    struct Lists {
        let rows: UnsafeBufferPointer<Row>
        let dates: UnsafeBufferPointer<MentionDates>
        let sortedTerms: UnsafeBufferPointer<Int64>
        let termWeights: UnsafeBufferPointer<Double>
        let figures: UnsafeBufferPointer<ProfiledFigure>
        let regionIDs: UnsafeBufferPointer<Int32>
    }

    /// The table's rows as profiles, inside `withProfiles`.
    struct Reader {
        let lists: UnsafePointer<Lists>

        var count: Int { lists.pointee.rows.count }
        /// Every row's dates, dense.
        var dates: UnsafeBufferPointer<MentionDates> { lists.pointee.dates }

        subscript(_ i: Int) -> MentionProfile {
            precondition(i >= 0 && i < count, "profile \(i) of \(count)")
            return MentionProfile(index: i, lists: lists)
        }
    }
}

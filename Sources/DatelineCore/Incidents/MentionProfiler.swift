/// Profiles mentions into a `MentionProfiles` table, interning every string it meets (terms,
/// regions, claimants, types, article ids, posting keys share one table: ids are only ever
/// compared within one kind). Serves one `MentionSimilarity` (and what it learns: `learn` adds
/// terms, it changes none).
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

    /// A table of the mentions' profiles, in order. `terms`: their key terms as this profiler
    /// interned them already (`init(terms:)`); else each mention's are interned here.
    mutating func profiles(_ mentions: [Mention], terms: InternedTerms? = nil, for similarity: MentionSimilarity) -> MentionProfiles {
        var table = MentionProfiles()
        table.reserveCapacity(mentions.count)
        mentions.withUnsafeBufferPointer { mentions in
            for i in mentions.indices {
                if let terms {
                    append(at: mentions.baseAddress! + i, termIDs: terms[i], for: similarity, to: &table)
                } else {
                    append(at: mentions.baseAddress! + i, for: similarity, to: &table)
                }
            }
        }
        return table
    }

    /// Appends the profile of `m` to `table`, interning its key terms.
    mutating func append(_ m: Mention, for similarity: MentionSimilarity, to table: inout MentionProfiles) {
        withUnsafePointer(to: m) { append(at: $0, for: similarity, to: &table) }
    }

    /// `append` of the mention at `m` (see `append(at:termIDs:for:to:)`).
    mutating func append(at m: UnsafePointer<Mention>, for similarity: MentionSimilarity, to table: inout MentionProfiles) {
        var termIDs: [Int32] = []
        termIDs.reserveCapacity(m.pointee.keyTerms.count)
        for term in m.pointee.keyTerms { termIDs.append(id(term)) }
        append(at: m, termIDs: termIDs[...], for: similarity, to: &table)
    }

    /// `append` of the mention at `m`, whose key terms this profiler interned already as
    /// `termIDs`, read field by field where it lies: passed a `Mention` from an array, the caller
    /// copied it whole first (a retain and a release of each string and array it holds; 4% of
    /// clustering at 10k articles).
    mutating func append(at m: UnsafePointer<Mention>, termIDs: ArraySlice<Int32>, for similarity: MentionSimilarity,
                         to table: inout MentionProfiles) {
        let termStart = table.sortedTerms.count
        var total = 0.0
        for (position, id) in termIDs.enumerated() {
            let weight = weight(id, for: similarity)
            table.sortedTerms.append(Int64(id) << 32 | Int64(position))
            table.termWeights.append(weight)
            total += weight
        }
        table.sortedTerms.withUnsafeMutableBufferPointer { $0[termStart...].sort() }
        // Interned in this order (figures, regions, claimant, type, article): ids are numbered as met.
        let figureStart = table.figures.count
        for f in m.pointee.figures { table.figures.append(figure(f)) }
        let regionStart = table.regionIDs.count
        for region in m.pointee.regions { table.regionIDs.append(id(region)) }
        let claimant = m.pointee.attribution.claimant.map { id($0) } ?? -1
        let type = id(m.pointee.type)
        let article = articleID(m.pointee.articleID)
        let continues = similarity.continues(text: m.pointee.span.text, cue: m.pointee.attribution.cue,
                                             claimed: m.pointee.attribution.claimant != nil)
        table.rows.append(MentionProfiles.Row(
            termStart: Int32(termStart), termCount: Int32(termIDs.count),
            figureStart: Int32(figureStart), figureCount: Int32(table.figures.count - figureStart),
            regionStart: Int32(regionStart), regionCount: Int32(table.regionIDs.count - regionStart),
            claimant: claimant, type: type, article: article, side: m.pointee.attribution.side, isOtherType: m.pointee.type == "other",
            continues: continues, termWeight: total, sentenceIndex: m.pointee.sentenceIndex))
        let value = m.pointee.time.value
        table.dates.append(MentionDates(value: value, reported: m.pointee.time.basis == .reported, background: similarity.isBackground(value)))
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

    /// A figure as `figureScore` and `sharesQuantity` read it, interned by this profiler.
    mutating func figure(_ f: Figure) -> ProfiledFigure {
        ProfiledFigure(quantity: id(f.quantity), unit: id(f.unit), isCount: f.quantity == "count",
                       isScored: f.quantity != "count" && f.quantity != "percent",
                       isIncrement: MentionSimilarity.isIncrement(f), range: FigureRange(f))
    }
}

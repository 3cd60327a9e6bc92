/// What the comma-delimited stretch before each token says: is it a relative clause
/// (", who|which|where|when …") and which subordinating word ("after", "amid" …) is nearest.
///
/// Why a table: answering per match by scanning back to the last comma made a sentence of
/// thousands of words without commas quadratic (10,000 words: seconds per sentence). One forward
/// pass gives the same answers in linear time.
struct StretchContext {
    /// `relative[i]`: the nearest comma or strong stop at or before token `i` is a comma followed by who/which/where/when.
    private var relative: [Bool]
    /// `cue[i]`: the nearest subordinating word at or before token `i`, within its stretch.
    private var cue: [Subordination]

    init(_ grammar: TimeGrammar) {
        let t = grammar.t
        relative = Array(repeating: false, count: t.count)
        cue = Array(repeating: .none, count: t.count)
        var rel = false
        var sub = Subordination.none
        for i in t.indices {
            if t[i].isStrongStop {
                rel = false
                sub = .none
            } else if t[i].isPunct(",") {
                rel = grammar.word(i + 1, .who) || grammar.word(i + 1, .which) || grammar.word(i + 1, .where_) || grammar.word(i + 1, .when)
                sub = .none
            } else if grammar.word(i, .amid) || grammar.word(i, .despite) || grammar.word(i, .following) || grammar.word(i, .since) {
                // "since the start of the incursion on Aug. 6": the anchor of a state, like "since Aug. 6".
                sub = .strong
            } else if grammar.word(i, .after) || grammar.word(i, .before) {
                sub = .weak
            }
            relative[i] = rel
            cue[i] = sub
        }
    }

    /// ", who|which|where|when …" before `index`, within the same comma-delimited stretch.
    func inRelativeClause(_ index: Int) -> Bool {
        index - 1 >= 0 && index - 1 < relative.count ? relative[index - 1] : false
    }

    /// A subordinating word earlier in the same stretch (up to a comma or stop), separated from the
    /// expression by other words: "after the region began evacuation earlier on Monday",
    /// "since the start of the incursion on Aug. 6".
    func subordination(_ index: Int) -> Subordination {
        index - 2 >= 0 && index - 2 < cue.count ? cue[index - 2] : .none
    }
}

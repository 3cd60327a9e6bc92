/// What the comma-delimited stretch before each token says: is it a relative clause
/// (", who|which|where|when …") and which subordinating word ("after", "amid" …) is nearest.
///
/// Why a table: answering per match by scanning back to the last comma made a sentence of
/// thousands of words without commas quadratic (10,000 words: seconds per sentence). One forward
/// pass gives the same answers in linear time.
struct StretchContext {
    /// Per token, one byte: bit 0 `relative` — the nearest comma or strong stop at or before the token is
    /// a comma followed by who/which/where/when; bits 1–2 the nearest subordinating word at or before
    /// it, within its stretch (0 none, 1 weak, 2 strong). One allocation instead of two.
    private var flags: [UInt8]

    init(_ grammar: TimeGrammar) {
        let t = grammar.t
        flags = Array(repeating: 0, count: t.count)
        var rel = false
        var sub: UInt8 = 0
        for i in t.indices {
            if t[i].isStrongStop {
                rel = false
                sub = 0
            } else if t[i].isPunct(",") {
                rel = grammar.word(i + 1, .who) || grammar.word(i + 1, .which) || grammar.word(i + 1, .where_) || grammar.word(i + 1, .when)
                sub = 0
            } else if grammar.word(i, .amid) || grammar.word(i, .despite) || grammar.word(i, .following) || grammar.word(i, .since) {
                // "since the start of the incursion on Aug. 6": the anchor of a state, like "since Aug. 6".
                sub = 2
            } else if grammar.word(i, .after) || grammar.word(i, .before) {
                sub = 1
            }
            flags[i] = (rel ? 1 : 0) | sub << 1
        }
    }

    /// ", who|which|where|when …" before `index`, within the same comma-delimited stretch.
    func inRelativeClause(_ index: Int) -> Bool {
        index - 1 >= 0 && index - 1 < flags.count ? flags[index - 1] & 1 != 0 : false
    }

    /// A subordinating word earlier in the same stretch (up to a comma or stop), separated from the
    /// expression by other words: "after the region began evacuation earlier on Monday",
    /// "since the start of the incursion on Aug. 6".
    func subordination(_ index: Int) -> Subordination {
        guard index - 2 >= 0 && index - 2 < flags.count else { return .none }
        switch flags[index - 2] >> 1 {
        case 2: return .strong
        case 1: return .weak
        default: return .none
        }
    }
}

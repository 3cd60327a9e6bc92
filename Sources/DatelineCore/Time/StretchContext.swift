/// What the comma-delimited stretch before each token says: is it a relative clause
/// (", who|which|where|when …") and which subordinating word ("after", "amid" …) is nearest.
///
/// Answered by walking back from the expression: the comma, stop or subordinating word is usually a
/// few tokens away, so most clauses never read the rest. Why a table past `walkBudget` tokens:
/// walking back to the last comma per match made a sentence of thousands of words without commas
/// quadratic (10,000 words: seconds per sentence); one forward pass gives the same answers in
/// linear time.
struct StretchContext {
    private let grammar: TimeGrammar
    /// Per token, one byte: bit 0 `relative` — the nearest comma or strong stop at or before the token is
    /// a comma followed by who/which/where/when; bits 1–2 the nearest subordinating word at or before
    /// it, within its stretch (0 none, 1 weak, 2 strong). Built only when a walk runs past the budget.
    private var flags: [UInt8] = []

    /// How many tokens a walk may read before the whole table is built instead.
    private static let walkBudget = 64

    init(_ grammar: TimeGrammar) { self.grammar = grammar }

    /// ", who|which|where|when …" before `index`, within the same comma-delimited stretch.
    mutating func inRelativeClause(_ index: Int) -> Bool {
        let t = grammar.t
        guard index - 1 >= 0 && index - 1 < t.count else { return false }
        if flags.isEmpty {
            var j = index - 1
            var read = 0
            while j >= 0 && read < Self.walkBudget {
                if t[j].isStrongStop { return false }
                if t[j].isPunct(",") { return relativeOpener(after: j) }
                j -= 1; read += 1
            }
            if j < 0 { return false }
            buildTable()
        }
        return flags[index - 1] & 1 != 0
    }

    /// A subordinating word earlier in the same stretch (up to a comma or stop), separated from the
    /// expression by other words: "after the region began evacuation earlier on Monday",
    /// "since the start of the incursion on Aug. 6".
    mutating func subordination(_ index: Int) -> Subordination {
        let t = grammar.t
        guard index - 2 >= 0 && index - 2 < t.count else { return .none }
        if flags.isEmpty {
            var j = index - 2
            var read = 0
            while j >= 0 && read < Self.walkBudget {
                if t[j].isStrongStop || t[j].isPunct(",") { return .none }
                switch level(j) {
                case 2: return .strong
                case 1: return .weak
                default: break
                }
                j -= 1; read += 1
            }
            if j < 0 { return .none }
            buildTable()
        }
        switch flags[index - 2] >> 1 {
        case 2: return .strong
        case 1: return .weak
        default: return .none
        }
    }

    /// Who, which, where or when right after the comma at `i`.
    private func relativeOpener(after i: Int) -> Bool {
        grammar.word(i + 1, .who) || grammar.word(i + 1, .which) || grammar.word(i + 1, .where_) || grammar.word(i + 1, .when)
    }

    /// 2 for a strong subordinating word, 1 for a weak one, 0 otherwise.
    private func level(_ i: Int) -> UInt8 {
        // "since the start of the incursion on Aug. 6": the anchor of a state, like "since Aug. 6".
        if grammar.word(i, .amid) || grammar.word(i, .despite) || grammar.word(i, .following) || grammar.word(i, .since) {
            return 2
        }
        return grammar.word(i, .after) || grammar.word(i, .before) ? 1 : 0
    }

    private mutating func buildTable() {
        let t = grammar.t
        var flags = Array(repeating: UInt8(0), count: t.count)
        var rel = false
        var sub: UInt8 = 0
        for i in t.indices {
            if t[i].isStrongStop {
                rel = false
                sub = 0
            } else if t[i].isPunct(",") {
                rel = relativeOpener(after: i)
                sub = 0
            } else {
                let l = level(i)
                if l != 0 { sub = l }
            }
            flags[i] = (rel ? 1 : 0) | sub << 1
        }
        self.flags = flags
    }
}

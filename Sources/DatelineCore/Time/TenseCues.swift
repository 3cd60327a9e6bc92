/// Tense of the clause around a time expression, from cheap word cues.
///
/// Why: a bare "on Monday" or "Aug. 20" names a day without saying which one; news prose settles it by
/// tense ("said on Monday" is the last Monday, "will visit on Monday" the next). The nearest cue in the
/// same clause (bounded by . ; : ! ?) wins; on a tie the future cue wins, being the marked form.
enum Tense: Sendable { case past, present, future }

struct TenseCues {
    /// Cues are read lazily, only around expressions: most sentences that pass the pre-check
    /// (a digit, a time word) hold no expression, and the scan must stay cheap for them.
    let t: [TimeToken]
    /// Nearest cue on each side of every token, built only when a walk from an expression runs past
    /// `walkBudget`. Why: walking from each expression to the nearest cue alone made a long cue-less
    /// sentence full of dates quadratic.
    private let nearest = NearestCues()

    init(_ tokens: [TimeToken]) { t = tokens }

    /// Effective cue of token `i`, looking at neighbours ("is due to", "won't", "are evacuated",
    /// "will continue", "to continue").
    func cue(_ i: Int) -> Tense? {
        guard var c = base(i) else { return nil }
        if i > 0 {
            // A verb after a future modal is future ("will continue"); after "to" it is an infinitive
            // and carries no tense ("expected to continue").
            if t[i - 1].isWord(.to), t[i].cue != .futureIfTo { return nil }
            if t[i - 1].cue == .future, base(i - 1) == .future { c = .future }
        }
        return c
    }

    private func base(_ i: Int) -> Tense? {
        // Fields read in place: copying whole neighbouring tokens into optionals was most of the cost.
        guard t[i].kind == .word else { return nil }
        let hasPrev = i > 0, hasNext = i + 1 < t.count
        let key = t[i].key
        switch t[i].cue {
        case .future: return .future
        case .present, .beAux: return .present
        case .past:
            // "won't" is a future negative; "had"/"has" stay past.
            if key == TenseCues.won, hasNext, t[i + 1].isApostrophe { return .future }
            return .past
        case .futureIfTo:
            let prevIsBe = hasPrev && t[i - 1].cue == .beAux
            if hasNext, t[i + 1].isWord(.to) || t[i + 1].isWord(.for_) {
                // "due to"/"set to" mean the future only after a form of be ("is due to visit").
                let needsBe = key == TenseCues.due || key == TenseCues.set || key == TenseCues.going
                if !needsBe || prevIsBe || (hasPrev && (t[i - 1].key == TenseCues.was || t[i - 1].key == TenseCues.were)) {
                    return .future
                }
                return nil
            }
            if key == TenseCues.planned || key == TenseCues.expected || key == TenseCues.scheduled {
                // "is expected this evening" looks ahead; "was planned" reports.
                return prevIsBe ? .future : .past
            }
            return nil
        case .none:
            // "'ll" after an apostrophe.
            if key == TenseCues.ll, hasPrev, t[i - 1].isApostrophe { return .future }
            // Regular past: -ed, except after is/are (present passive) and a few non-verbs.
            if key != 0, t[i].end - t[i].start >= 4, WordKey.last(key) == 4, WordKey.last(key, 1) == 5,
               !TimeLexicon.edExceptions.contains(key) {
                return hasPrev && t[i - 1].cue == .beAux ? .present : .past
            }
            return nil
        }
    }

    /// Tense for the expression covering tokens `first...last`; nil when the clause has no cue.
    func tense(first: Int, last: Int) -> Tense? {
        let n = t.count
        var best: Tense?
        var bestDistance = Int.max
        if first - 1 >= 0, first - 1 < n, let j = nearestCue(from: first - 1, step: -1) {
            best = cue(j)
            bestDistance = first - j
        }
        if last + 1 < n, last + 1 >= 0, let j = nearestCue(from: last + 1, step: 1) {
            let d = j - last
            if d <= bestDistance, let c = cue(j), d < bestDistance || c == .future { best = c }
        }
        return best
    }

    /// How many tokens a walk from an expression may read before the whole table is built instead.
    private static let walkBudget = 48

    /// The nearest token from `start` in direction `step` (inclusive) with a cue and no strong stop
    /// between; nil when the clause ends first. Why a walk: the nearest cue is usually a few tokens
    /// away, so most sentences never pay for every token's cue; a long cue-less stretch full of dates
    /// falls back to the table, which keeps the cost linear.
    private func nearestCue(from start: Int, step: Int) -> Int? {
        if nearest.slots.isEmpty {
            var j = start
            var read = 0
            while j >= 0 && j < t.count && read < TenseCues.walkBudget {
                if t[j].isStrongStop { return nil }
                if cue(j) != nil { return j }
                j += step; read += 1
            }
            if j < 0 || j >= t.count { return nil }
            fillNearest()
        }
        let k = nearest.slots[step < 0 ? start : t.count + start]
        return k >= 0 ? k : nil
    }

    /// `slots[i]` (before): the nearest token at or before `i` with a cue and no strong stop between (-1: none);
    /// `slots[count + i]` (after): the same looking forward. One allocation for both.
    private func fillNearest() {
        let n = t.count
        var slots = Array(repeating: -1, count: 2 * n)
        var last = -1
        for i in 0..<n {
            if t[i].isStrongStop { last = -1 } else if cue(i) != nil { last = i }
            slots[i] = last
        }
        last = -1
        for i in stride(from: n - 1, through: 0, by: -1) {
            // `slots[i] == i` exactly when token i has a cue (found by the forward pass).
            if t[i].isStrongStop { last = -1 } else if slots[i] == i { last = i }
            slots[n + i] = last
        }
        nearest.slots = slots
    }

    static let won = WordKey.of("won")
    static let due = WordKey.of("due")
    static let set = WordKey.of("set")
    static let going = WordKey.of("going")
    static let was = WordKey.of("was")
    static let were = WordKey.of("were")
    static let planned = WordKey.of("planned")
    static let expected = WordKey.of("expected")
    static let ll = WordKey.of("ll")
    static let scheduled = WordKey.of("scheduled")
}


/// The lazily built table of `TenseCues`; one grammar reads one sentence on one thread.
private final class NearestCues {
    var slots: [Int] = []
}

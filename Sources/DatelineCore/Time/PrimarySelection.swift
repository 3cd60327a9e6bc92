/// Which expression dates what a clause reports.
///
/// Rules, in order:
/// 1. `since X` anchors and durations are never primary: they frame a state that holds now
///    ("has lost 8.5% since Aug. 6", "for the past three days", "a week since …").
/// 2. Vague spans ("in recent days", "in the coming weeks") only when nothing else is left.
/// 3. Expressions inside a relative clause (", who|which|where|when …") are dropped when any
///    candidate lies outside one: the relative clause describes something else.
/// 4. Expressions in a background phrase are dropped: after "amid", "despite", "following", "since" always
///    (the clause then has no date of its own), after "after"/"before" when any other candidate is left.
/// 5. Of the rest, the first with day or week granularity (an unresolved one, without a reference,
///    counts as such); else the first (month, year, interval).
enum PrimarySelection {
    static func choose(_ matches: [TimeMatch]) -> Int? {
        let eligible = matches.indices.filter { matches[$0].role == .point }
        let pool = eligible.isEmpty ? matches.indices.filter { matches[$0].role == .vague } : eligible
        guard !pool.isEmpty else { return nil }
        let outside = pool.filter { !matches[$0].inRelativeClause }
        let unrelated = (outside.isEmpty ? pool : outside).filter { matches[$0].subordination != .strong }
        guard !unrelated.isEmpty else { return nil }
        let main = unrelated.filter { matches[$0].subordination == .none }
        let candidates = main.isEmpty ? unrelated : main
        if let fine = candidates.first(where: { i in
            guard let g = matches[i].value?.granularity else { return true }
            return g == .day || g == .week
        }) { return fine }
        return candidates.first
    }
}

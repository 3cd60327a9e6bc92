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
    /// The rules as predicates over the matches, each narrowing step a pass that asks only whether
    /// its narrower set is empty: no index arrays are built (the stage runs on every clause).
    static func choose(_ matches: [TimeMatch]) -> Int? {
        // 1–2: points, else vague spans.
        let poolRole: TimeRole = matches.contains { $0.role == .point } ? .point : .vague
        // 3: relative-clause expressions only when nothing lies outside one.
        let anyOutside = matches.contains { $0.role == poolRole && !$0.inRelativeClause }
        // 4: strong background never; weak background only when nothing else is left.
        func unrelated(_ m: TimeMatch) -> Bool {
            m.role == poolRole && (!anyOutside || !m.inRelativeClause) && m.subordination != .strong
        }
        let anyMain = matches.contains { unrelated($0) && $0.subordination == .none }
        func candidate(_ m: TimeMatch) -> Bool { unrelated(m) && (!anyMain || m.subordination == .none) }
        // 5: the first of day or week granularity (or unresolved), else the first.
        if let fine = matches.firstIndex(where: { m in
            guard candidate(m) else { return false }
            guard let g = m.value?.granularity else { return true }
            return g == .day || g == .week
        }) { return fine }
        return matches.firstIndex(where: candidate)
    }
}

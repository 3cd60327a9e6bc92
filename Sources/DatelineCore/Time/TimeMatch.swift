/// What an expression does in its clause; `primary` uses it to pick the one that dates the event.
enum TimeRole: Sendable, Equatable {
    /// Names when something happened: "on Monday", "Aug. 6", "last week", "two days ago".
    case point
    /// `since X`: the start of a state that still holds at the reference.
    case since
    /// A stretch of time: "for the past three days", "a week since …", "for 24 hours".
    case duration
    /// Deliberately imprecise: "in recent days", "in the coming weeks".
    case vague
}

/// One expression found by the grammar, in token coordinates.
struct TimeMatch: Sendable {
    var first: Int
    var last: Int
    var value: TimeValue?
    var duration: String?
    var basis: DateBasis
    var role: TimeRole = .point
    /// Direction that overrides the value's position ("earlier this week" is past though it holds today).
    var forced: TemporalDirection?
    /// Direction the words carry when the value cannot be computed (no reference): "yesterday" is past.
    var sign: TemporalDirection?
    /// The date as written, for explicit forms; lets a range share one year ("between January and July 2024").
    var partial: PartialDate?
    /// Tense of the clause, kept for ranges that resolve their ends again.
    var tense: Tense?
    /// Lies in a relative clause (", who|which|where|when …").
    var inRelativeClause = false
    /// Lies in a phrase that gives background to the main verb: after "amid", "despite",
    /// "following" (strong) or "after", "before" (weak) with other words in between.
    var subordination: Subordination = .none
}

enum Subordination: Sendable, Equatable {
    case none
    /// "after the region began evacuation earlier on Monday": dated background, kept when alone.
    case weak
    /// "amid a row over an attack last month": never dates the main event.
    case strong
}

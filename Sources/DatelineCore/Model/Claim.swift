/// Which side a claimant speaks for.
public enum Side: String, Codable, Sendable, CaseIterable {
    case ukrainian, russian
    /// Governments, analysts, agencies and people of neither side.
    case thirdParty = "third-party"
    /// The outlet's own reporting, with no claimant named.
    case outlet
}

/// Who says it, and how firmly it is reported.
public struct Attribution: Codable, Sendable, Hashable {
    /// Canonical claimant name ("Volodymyr Zelenskyy", "Russian Defence Ministry"), or nil
    /// when the sentence is the outlet's own statement.
    public var claimant: String?
    /// The words that named the claimant, as in the sentence ("Zelenskiy wrote").
    public var cue: String?
    public var side: Side
    /// Hedges found ("could not be independently verified", "reportedly", "claimed").
    public var hedges: [String]

    public init(claimant: String?, cue: String?, side: Side, hedges: [String]) {
        self.claimant = claimant
        self.cue = cue
        self.side = side
        self.hedges = hedges
    }

    public static let outlet = Attribution(claimant: nil, cue: nil, side: .outlet, hedges: [])
}

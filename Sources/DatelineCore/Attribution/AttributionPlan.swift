/// Everything about a sentence's attribution that does not depend on the previous sentence:
/// its hedges and, per speech cue in order, what the cue can name. The extractor tries a
/// sentence against up to five earlier claimants; the cue scan, the phrase grammar and the
/// lexicon look-ups are done once here, and only "he said" / "the ministry said" are resolved
/// per candidate (`AttributionExtractor.attribution(_:previous:)`).
struct AttributionPlan: Sendable {
    var hedges: [String]
    /// The cues in the order the sentence gives them; the scan stops after the first cue that
    /// names a claimant whatever came before.
    var cues: [[Alternative]]

    /// One reading of a cue. A cue's alternatives are tried in order; the first that names
    /// someone is what the cue found (none: the cue found nobody).
    enum Alternative: Sendable {
        /// "he said": always found; it names the previous claimant only if the pronoun agrees.
        case pronoun(cue: String)
        case claimant(ClaimantResolution, cue: String)

        /// Found whatever the previous sentence said: the scan need not look further.
        var alwaysNames: Bool {
            if case .claimant(let r, _) = self { return r.alwaysNames }
            return false
        }
    }
}

/// The claimant a phrase names, before the previous sentence is known.
enum ClaimantResolution: Sendable {
    case named(String, Side)
    /// "the ministry said", "the statement said": the previous claimant when `head` is a
    /// document or occurs in that claimant's name or role; otherwise `otherwise` (nil: nobody).
    case definite(head: String, isDocument: Bool, otherwise: (claimant: String, side: Side)?)

    var alwaysNames: Bool {
        switch self {
        case .named: true
        case .definite(_, _, let otherwise): otherwise != nil
        }
    }
}

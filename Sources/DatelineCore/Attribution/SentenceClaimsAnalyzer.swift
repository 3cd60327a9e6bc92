/// Attribution, figures and incident type of one sentence.
public struct SentenceClaims: Sendable, Hashable {
    public var attribution: Attribution
    public var figures: [Figure]
    public var type: String
}

/// The three stages over one tokenization: the same results as calling each extractor on its
/// own, at about half the cost, since tokenizing is the largest share of each stage.
public struct SentenceClaimsAnalyzer: Sendable {
    public let attribution: AttributionExtractor
    public let figures: FigureExtractor
    public let typer: IncidentTyper

    public static func bundled() throws -> SentenceClaimsAnalyzer {
        SentenceClaimsAnalyzer(attribution: try .bundled(), figures: try .bundled(), typer: try .bundled())
    }

    public func analyse(_ text: String, previous: Attribution?) -> SentenceClaims {
        analyse(tokens: ClaimsTokenizer.tokenize(text), text: text, previous: previous)
    }

    /// The same, from `text`'s tokens (a sentence that is its own only clause is tokenized once).
    func analyse(tokens: [ClaimsToken], text: String, previous: Attribution?) -> SentenceClaims {
        analyse(tokens: tokens, text: text, attribution: attribution.attribution(tokens: tokens, text: text, previous: previous))
    }

    /// The same, with the attribution already found for these tokens (a sentence's own attribution
    /// attempt is its only clause's: attribution is a pure function of tokens, text and `previous`).
    func analyse(tokens: [ClaimsToken], text: String, attribution found: Attribution) -> SentenceClaims {
        SentenceClaims(attribution: found,
                       figures: figures.figures(tokens: tokens, text: text),
                       type: typer.type(tokens: tokens))
    }
}

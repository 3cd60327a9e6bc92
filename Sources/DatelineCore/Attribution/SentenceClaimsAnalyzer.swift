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
        SentenceClaims(attribution: attribution.attribution(tokens: tokens, text: text, previous: previous),
                              figures: figures.figures(tokens: tokens, text: text),
                              type: typer.type(tokens: tokens))
    }
}

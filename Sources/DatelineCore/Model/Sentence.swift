/// What a piece of text is, as far as the timeline is concerned.
public enum SentenceKind: String, Codable, Sendable {
    /// Reporting prose: the only kind that yields mentions.
    case body
    /// A headline or standfirst line (short, no final punctuation, at the top).
    case headline
    /// A photo caption or credit ("… Credit: AP").
    case caption
    /// Promotion and page furniture ("Subscribe…", "Listen to our podcast…").
    case boilerplate
}

/// A sentence, or a clause of one, with its place in the article body.
public struct TextSpan: Codable, Sendable, Hashable {
    public var text: String
    /// Offsets into the article body, in Unicode scalars: `body[start..<end] == text`.
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

public struct Sentence: Codable, Sendable, Hashable {
    public var span: TextSpan
    public var paragraph: Int
    /// Position of the sentence in the article, from 0.
    public var index: Int
    public var kind: SentenceKind

    public init(span: TextSpan, paragraph: Int, index: Int, kind: SentenceKind) {
        self.span = span
        self.paragraph = paragraph
        self.index = index
        self.kind = kind
    }

    public var text: String { span.text }
}

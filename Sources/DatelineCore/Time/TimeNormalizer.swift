/// Finds and normalises time expressions in one sentence against the article's publication date.
///
/// Pipeline: tokenize (one byte pass) → cheap pre-check (no digit and no time word: done) →
/// tense cues → grammar (`TimeGrammar`) → direction → `TimeExpression` with scalar offsets.
public struct TimeNormalizer: Sendable {
    public let reference: CalendarDate?

    public init(reference: CalendarDate?) {
        self.reference = reference
    }

    /// Every expression, ordered by start.
    public func expressions(in text: String) -> [TimeExpression] {
        analyze(text).map(\.expression)
    }

    /// The expression that dates what the clause reports (see `PrimarySelection`), or nil.
    public func primary(in text: String) -> TimeExpression? {
        let found = analyze(text)
        guard let i = PrimarySelection.choose(found.map(\.match)) else { return nil }
        return found[i].expression
    }

    /// The primary expression, else the reference day itself with basis `.reported`, an empty phrase,
    /// and direction `.present` (value nil when the reference is unknown). A vague span ("in recent
    /// months") does not date the clause: the report date is the honest bound.
    public func dating(_ text: String) -> TimeExpression {
        datingAndExpressions(text).dating
    }

    /// `dating` and `expressions` from one pass over the text (the pipeline needs both).
    public func datingAndExpressions(_ text: String) -> (dating: TimeExpression, expressions: [TimeExpression]) {
        let found = analyze(text)
        let all = found.map(\.expression)
        if let i = PrimarySelection.choose(found.map(\.match)), found[i].match.role != .vague { return (found[i].expression, all) }
        return (fallback, all)
    }

    private var fallback: TimeExpression {
        return TimeExpression(value: reference.map(TimeValue.day), basis: .reported, direction: .present,
                              phrase: "", start: 0, end: 0)
    }

    struct Found {
        var match: TimeMatch
        var expression: TimeExpression
    }

    func analyze(_ text: String) -> [Found] {
        var text = text
        return text.withUTF8 { bytes -> [Found] in
            let (tokens, worth) = TimeTokenizer.tokenize(bytes)
            guard worth else { return [] }
            let grammar = TimeGrammar(tokens: tokens, reference: reference)
            return grammar.matchAll().map { m in
                let a = tokens[m.first], b = tokens[m.last]
                let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[a.byteStart..<b.byteEnd]), as: UTF8.self)
                let e = TimeExpression(value: m.value, duration: m.duration, basis: m.basis,
                                       direction: direction(of: m), phrase: phrase, start: a.start, end: b.end)
                return Found(match: m, expression: e)
            }
        }
    }

    /// Words that fix a direction win; else where the span lies against the reference; a span that
    /// contains the reference takes the clause's tense (present when it has none).
    func direction(of m: TimeMatch) -> TemporalDirection {
        if let f = m.forced { return f }
        if let v = m.value, let ref = reference {
            if v.end < ref { return .past }
            if v.start > ref { return .future }
        } else if let s = m.sign {
            return s
        }
        switch m.tense {
        case .past?: return .past
        case .future?: return .future
        default: return m.value == nil || reference == nil ? .past : .present
        }
    }
}

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
        analyze(text).expressions
    }

    /// The expression that dates what the clause reports (see `PrimarySelection`), or nil.
    public func primary(in text: String) -> TimeExpression? {
        let found = analyze(text)
        guard let i = PrimarySelection.choose(found.matches) else { return nil }
        return found.expressions[i]
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
        if let i = PrimarySelection.choose(found.matches), found.matches[i].role != .vague {
            return (found.expressions[i], found.expressions)
        }
        return (fallback, found.expressions)
    }

    private var fallback: TimeExpression {
        return TimeExpression(value: reference.map(TimeValue.day), basis: .reported, direction: .present,
                              phrase: "", start: 0, end: 0)
    }

    /// The grammar's matches and their expressions, index for index: two arrays, not one of pairs
    /// split again by every caller (the stage runs on every clause).
    func analyze(_ text: String) -> (matches: [TimeMatch], expressions: [TimeExpression]) {
        var text = text
        return text.withUTF8 { bytes -> ([TimeMatch], [TimeExpression]) in
            let (tokens, worth) = TimeTokenizer.tokenize(bytes)
            guard worth else { return ([], []) }
            let grammar = TimeGrammar(tokens: tokens, reference: reference)
            let matches = grammar.matchAll()
            var expressions: [TimeExpression] = []
            expressions.reserveCapacity(matches.count)
            for m in matches {
                let a = tokens[m.first], b = tokens[m.last]
                let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[a.byteStart..<b.byteEnd]), as: UTF8.self)
                expressions.append(TimeExpression(value: m.value, duration: m.duration, basis: m.basis,
                                                  direction: direction(of: m), phrase: phrase, start: a.start, end: b.end))
            }
            return (matches, expressions)
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

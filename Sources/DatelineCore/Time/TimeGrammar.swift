/// Finds time expressions in a token sequence with hand-written patterns.
///
/// Why no regular expressions: the stage runs on every sentence; patterns over pre-classified tokens
/// are cheap, and the checks English needs ("May" only as a capitalised month in a date context,
/// "2,000" never a year) are easier to state in code than in a pattern language.
///
/// Layout: this file drives the scan and handles the words that wrap an expression (prepositions,
/// `since`, `from … to`, `between … and`); `TimeGrammar+Calendar` reads written dates;
/// `TimeGrammar+Relative` reads words relative to the reference.
struct TimeGrammar {
    let t: [TimeToken]
    let ref: CalendarDate?
    let cues: TenseCues

    init(tokens: [TimeToken], reference: CalendarDate?) {
        t = tokens
        ref = reference
        cues = TenseCues(tokens)
    }

    func matchAll() -> [TimeMatch] {
        var out: [TimeMatch] = []
        var context: StretchContext?
        var i = 0
        while i < t.count {
            if var m = match(at: i) {
                if context == nil { context = StretchContext(self) }
                m.inRelativeClause = context!.inRelativeClause(m.first)
                m.subordination = context!.subordination(m.first)
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: token helpers

    @inline(__always) func word(_ i: Int, _ w: TimeWord) -> Bool { i >= 0 && i < t.count && t[i].lex == .word(w) }
    @inline(__always) func lex(_ i: Int) -> Lex { i >= 0 && i < t.count ? t[i].lex : .none }
    @inline(__always) func punct(_ i: Int, _ s: Unicode.Scalar) -> Bool { i >= 0 && i < t.count && t[i].isPunct(s) }
    @inline(__always) func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && t[i - 1].end == t[i].start }

    func tense(_ first: Int, _ last: Int) -> Tense? { cues.tense(first: first, last: last) }

    // MARK: wrappers

    /// Prepositions that open an expression ("on Monday"): a switch, not a `Set` (hashed at every token).
    private static func isPrefix(_ w: TimeWord) -> Bool {
        switch w {
        case .on, .in_, .at, .during, .throughout, .over, .for_, .within: true
        default: false
        }
    }

    func match(at i: Int) -> TimeMatch? {
        guard case .word(let w) = t[i].lex else { return core(at: i) }
        switch w {
        case .since:
            return since(at: i)
        case .from, .between:
            if let r = range(at: i) { return r }
            return nil  // the inner expression is found on the next token
        default:
            if TimeGrammar.isPrefix(w), i + 1 < t.count, var m = core(at: i + 1) {
                m.first = i
                return m
            }
            return core(at: i)
        }
    }

    /// `since X`: the interval from X to the reference. `since the start of the day` and
    /// `since the start of Wednesday` are the day itself (the events happened on it), not anchors.
    private func since(at i: Int) -> TimeMatch? {
        var k = i + 1
        if word(k, .the), word(k + 1, .start) || word(k + 1, .beginning), word(k + 2, .of) {
            k += 3
            if word(k, .the), lex(k + 1) == .unit(.day) {
                return TimeMatch(first: i, last: k + 1, value: ref.map(TimeValue.day), basis: .resolved,
                                 tense: tense(i, k + 1))
            }
            guard var m = core(at: k) else { return nil }
            m.first = i
            if m.value?.granularity == .day || (m.value == nil && m.role == .point) {
                m.forced = m.forced ?? .past
                return m
            }
            return anchor(m, from: i)
        }
        guard k < t.count, let m = core(at: k) else { return nil }
        return anchor(m, from: i)
    }

    private func anchor(_ m: TimeMatch, from i: Int) -> TimeMatch {
        var s = m
        s.first = i
        s.role = .since
        s.forced = .past
        s.duration = nil
        if let v = m.value, let ref, v.start <= ref {
            s.value = TimeValue(start: v.start, end: ref, granularity: .interval)
            s.basis = .resolved
        }
        return s
    }

    /// `from A to B`, `between A and B`: one interval; a missing year on A comes from B.
    private func range(at i: Int) -> TimeMatch? {
        let isBetween = word(i, .between)
        guard var a = core(at: i + 1) else { return nil }
        if a.value?.granularity == .interval, a.role == .point, a.partial != nil {  // "from 5 to 7 August"
            a.first = i
            return a
        }
        let c = a.last + 1
        let joins = isBetween ? word(c, .and)
            : (word(c, .to) || word(c, .until) || word(c, .till) || word(c, .through) || (c < t.count && t[c].isDash))
        guard joins, var b = core(at: c + 1) else { return nil }
        if var pa = a.partial, let pb = b.partial, pa.year == nil {
            // Borrow the year of the later end; step back a year if A would then fall after B.
            var year = pb.year
            if year == nil, let bv = b.value { year = bv.end.year }
            if let y = year {
                pa.year = y
                let am = pa.month ?? 1, bm = pb.month ?? 12
                if am > bm || (am == bm && (pa.day ?? 1) > (pb.day ?? 31)) { pa.year = y - 1 }
                if let (v, basis) = TimeResolution.resolve(pa, ref: ref, tense: a.tense) {
                    a.value = v
                    a.basis = pb.year != nil ? basis : .resolved
                }
            }
        }
        guard let av = a.value, let bv = b.value else {
            if ref == nil {
                b.first = i
                b.value = nil
                b.basis = .resolved
                return b
            }
            return nil
        }
        guard av.start <= bv.end else { return nil }
        let basis: DateBasis = a.basis == .explicit && b.basis == .explicit ? .explicit : .resolved
        var m = TimeMatch(first: i, last: b.last, value: TimeValue(start: av.start, end: bv.end, granularity: .interval),
                          basis: basis, tense: tense(i, b.last))
        m.sign = a.sign
        return m
    }
}

/// Expressions relative to the reference day `ref`. Choices:
/// - today / tonight / this morning|afternoon|evening / at lunchtime / overnight = `ref`
///   ("overnight" in a report is the night running into the publication day);
///   yesterday, last night = ref-1; the day before yesterday = ref-2; tomorrow = ref+1.
/// - last/this/next week = ISO week (granularity week); month and year likewise.
///   "earlier this week" is this week with direction past, "later this week" with direction future.
/// - "N days/weeks ago" = the day N·7 or N days back (day granularity: "a week ago" is the same weekday
///   a week back); "N months/years ago" = that month / year.
/// - "(the) past|last|previous N days" = the N calendar days ending on `ref` (interval; a single day
///   when N covers one day, as "the past 24 hours"), with the duration. Only a one-day span counts as
///   a point for `primary`; longer ones are durations.
/// - "N units since …" ("just over a week since") = duration PnX plus the point ref − N units (day
///   granularity for days and weeks), role duration.
/// - Vague: "in recent days" = ref-3 … ref; "recent weeks" = ref-21 … ref; "recent months" = 3 months
///   back … ref; "the coming days|weeks|months" = ref+1 … ref+7 | +21 days | +3 months (future).
/// - Counts: one…twenty, thirty, forty, fifty, a/an = 1, a couple (of) = 2, a few / several = 3.
extension TimeGrammar {
    func core(at j: Int) -> TimeMatch? {
        let tok = t[j]
        switch tok.kind {
        case .punct: return nil
        case .number: return iso(at: j) ?? countForms(at: j) ?? dayFirst(at: j) ?? year(at: j)
        case .word:
            switch tok.lex {
            case .none, .unit: return nil
            case .month, .monthAbbrev: return monthFirst(at: j)
            case .weekday: return weekdayFirst(at: j)
            case .count: return countForms(at: j)
            case .dayPart: return dayPart(at: j)
            case .word(let w):
                switch w {
                case .the: return theForms(at: j)
                case .early, .late, .earlier, .later, .mid: return modified(at: j)
                case .last, .this, .next: return deictic(at: j)
                case .past, .previous: return rolling(at: j, first: j)
                case .today, .tonight, .yesterday, .tomorrow, .overnight: return relativeDay(at: j)
                case .recent, .coming: return vague(at: j, first: j)
                case .just, .about, .around, .almost, .nearly, .more, .less, .over, .some, .roughly, .under, .only,
                     .barely, .several, .few, .couple:
                    return countForms(at: j)
                default: return nil
                }
            }
        }
    }

    private func day(_ offset: Int, first: Int, last: Int, sign: TemporalDirection?) -> TimeMatch {
        var m = TimeMatch(first: first, last: last, value: ref.map { .day($0.adding(days: offset)) }, basis: .resolved,
                          tense: tense(first, last))
        m.sign = sign
        return m
    }

    /// today, tonight, yesterday (morning), tomorrow (evening), overnight.
    func relativeDay(at j: Int) -> TimeMatch? {
        guard case .word(let w) = t[j].lex else { return nil }
        var last = j
        if w == .yesterday || w == .tomorrow || w == .today, case .dayPart = lex(j + 1) { last = j + 1 }
        switch w {
        case .today, .tonight, .overnight: return day(0, first: j, last: last, sign: nil)
        case .yesterday: return day(-1, first: j, last: last, sign: .past)
        case .tomorrow: return day(1, first: j, last: last, sign: .future)
        default: return nil
        }
    }

    /// "at lunchtime" (today), "lunchtime on Monday" (that day). Other parts of the day only count
    /// attached to a day word, which those readers handle.
    func dayPart(at j: Int) -> TimeMatch? {
        guard lex(j) == .dayPart(.lunchtime) else { return nil }
        if word(j + 1, .on), var m = core(at: j + 2), m.value?.granularity == .day || m.value == nil {
            m.first = j
            return m
        }
        return day(0, first: j, last: j, sign: nil)
    }

    /// Forms that start with "the".
    func theForms(at j: Int) -> TimeMatch? {
        if lex(j + 1) == .unit(.day) {  // the day before yesterday / the day after tomorrow
            if word(j + 2, .before), word(j + 3, .yesterday) { return day(-2, first: j, last: j + 3, sign: .past) }
            if word(j + 2, .after), word(j + 3, .tomorrow) { return day(2, first: j, last: j + 3, sign: .future) }
            return nil
        }
        if word(j + 1, .past) || word(j + 1, .last) || word(j + 1, .previous) { return rolling(at: j + 1, first: j) }
        if word(j + 1, .next) { return ahead(at: j + 1, first: j) }
        if word(j + 1, .recent) || word(j + 1, .coming) { return vague(at: j + 1, first: j) }
        return dayFirst(at: j)
    }

    /// last/this/next + week|month|year|weekday, this morning, last night.
    func deictic(at j: Int) -> TimeMatch? {
        guard case .word(let w) = t[j].lex else { return nil }
        let step = w == .last ? -1 : (w == .next ? 1 : 0)
        let sign: TemporalDirection? = step < 0 ? .past : (step > 0 ? .future : nil)
        switch lex(j + 1) {
        case .weekday:
            let mode: TimeResolution.WeekdayMode = step < 0 ? .last : (step > 0 ? .next : .this)
            return weekdayFirst(at: j + 1, mode: mode, from: j)
        case .dayPart(let part):
            if w == .this { return day(0, first: j, last: j + 1, sign: nil) }
            if w == .last, part == .night || part == .evening { return day(-1, first: j, last: j + 1, sign: .past) }
            return nil
        case .unit(let u):
            if w == .last, word(j + 2, .of) { return nil }  // "last week of July" is not last week
            var m = TimeMatch(first: j, last: j + 1, value: nil, basis: .resolved, tense: tense(j, j + 1))
            m.sign = sign
            guard let ref else { return u == .week || u == .month || u == .year ? m : nil }
            switch u {
            case .week: m.value = .week(containing: ref.adding(days: 7 * step))
            case .month:
                let d = ref.adding(months: step)
                m.value = TimeValue.month(year: d.year, month: d.month)
            case .year: m.value = TimeValue.year(ref.year + step)
            default: return nil
            }
            return m
        case .count:
            if w == .last { return rolling(at: j, first: j) }
            if w == .next { return ahead(at: j, first: j) }
            return nil
        default:
            if w == .last || w == .next, case .month = lex(j + 1) { return nil }  // "last August": undecided, skipped
            return nil
        }
    }

    /// early/late/earlier/later/mid + a day, week, month or year: the same span; "earlier"/"later"
    /// fix the direction when the span contains the reference ("earlier this week" is past).
    func modified(at j: Int) -> TimeMatch? {
        var k = j + 1
        if k < t.count, t[k].isDash, adjacent(k) { k += 1 }
        if word(k, .on) || word(k, .in_) { k += 1 }
        guard k < t.count else { return nil }
        var inner: TimeMatch?
        if t[k].kind == .number { inner = year(at: k) ?? dayFirst(at: k) } else { switch t[k].lex {
        case .month, .monthAbbrev: inner = monthFirst(at: k, contextChecked: true)
        case .weekday: inner = weekdayFirst(at: k)
        case .word(.today), .word(.tonight), .word(.yesterday), .word(.tomorrow): inner = relativeDay(at: k)
        case .word(.this), .word(.last), .word(.next): inner = deictic(at: k)
        default: inner = nil
        } }
        guard var m = inner else { return nil }
        m.first = j
        let earlier = word(j, .earlier), later = word(j, .later)
        if earlier || later {
            if let v = m.value, let ref, v.start <= ref, ref <= v.end { m.forced = earlier ? .past : .future }
            else if m.value == nil, m.sign == nil { m.sign = earlier ? .past : .future }
        }
        return m
    }

    /// A count: "two", "24", "a couple of", "a few", "several". Returns the value and last token.
    func count(at j: Int) -> (Int, Int)? {
        guard j < t.count else { return nil }
        if t[j].kind == .number {
            guard !t[j].grouped, !t[j].ordinal, t[j].value > 0, t[j].value <= 1000 else { return nil }
            return (t[j].value, j)
        }
        if word(j, .several) || word(j, .few) { return (3, j) }
        if word(j, .couple) { return (2, word(j + 1, .of) ? j + 1 : j) }
        guard case .count(let n) = t[j].lex else { return nil }
        if n == 1, t[j].end - t[j].start <= 2 {  // "a"/"an": "a few", "a couple of"
            if word(j + 1, .few) { return (3, j + 1) }
            if word(j + 1, .couple) { return (2, word(j + 2, .of) ? j + 2 : j + 1) }
        }
        return (n, j)
    }

    private func unit(at j: Int) -> TimeUnit? {
        if case .unit(let u) = lex(j) { return u }
        return nil
    }

    /// [qualifiers] N units (ago | since | after "for"): "two days ago", "just over a week since",
    /// "for 24 hours".
    func countForms(at j: Int) -> TimeMatch? {
        var k = j
        while k < t.count {  // just, about, almost, more than, over …
            if case .word(let w) = t[k].lex,
               [.just, .about, .around, .almost, .nearly, .over, .some, .roughly, .under, .only, .barely].contains(w) {
                k += 1
            } else if (word(k, .more) || word(k, .less)) && word(k + 1, .than) {
                k += 2
            } else { break }
        }
        guard let (n, cLast) = count(at: k), let u = unit(at: cLast + 1) else { return nil }
        let uLast = cLast + 1
        if word(uLast + 1, .ago) {
            var m = TimeMatch(first: j, last: uLast + 1, value: ref.map { TimeResolution.ago(n, u, ref: $0) },
                              basis: .resolved, tense: tense(j, uLast + 1))
            m.sign = .past
            return m
        }
        if word(uLast + 1, .since) {
            var m = TimeMatch(first: j, last: uLast + 1, value: ref.map { TimeResolution.ago(n, u, ref: $0) },
                              duration: TimeResolution.duration(n, u), basis: .resolved, role: .duration,
                              tense: tense(j, uLast + 1))
            m.sign = .past
            return m
        }
        if word(j - 1, .for_) {
            return TimeMatch(first: j, last: uLast, value: nil, duration: TimeResolution.duration(n, u),
                             basis: .explicit, role: .duration, tense: tense(j, uLast))
        }
        return nil
    }

    /// "(the) past|last|previous [N] units" ending on the reference.
    func rolling(at j: Int, first: Int) -> TimeMatch? {
        var n = 1
        var k = j + 1
        if let (c, cLast) = count(at: k) { n = c; k = cLast + 1 }
        guard let u = unit(at: k) else { return nil }
        // "last week" without "the" or a count is the calendar week (see `deictic`).
        if word(j, .last), first == j, k == j + 1 { return nil }
        if word(k + 1, .of) { return nil }  // "the last day of July"
        var m = TimeMatch(first: first, last: k, value: ref.map { TimeResolution.trailing(n, u, ref: $0) },
                          duration: TimeResolution.duration(n, u), basis: .resolved, tense: tense(first, k))
        m.forced = .past
        m.sign = .past
        let oneDay = (u == .day && n == 1) || (u == .hour && n <= 24)
        m.role = oneDay ? .point : .duration
        return m
    }

    /// "the next N units": the N days after the reference (a duration in the future).
    func ahead(at j: Int, first: Int) -> TimeMatch? {
        guard let (n, cLast) = count(at: j + 1), let u = unit(at: cLast + 1) else { return nil }
        let last = cLast + 1
        var m = TimeMatch(first: first, last: last, value: nil, duration: TimeResolution.duration(n, u),
                          basis: .resolved, role: .duration, tense: tense(first, last))
        if let ref {
            let span = TimeResolution.trailing(n, u, ref: ref)
            let len = span.start.days(until: span.end) + 1
            m.value = TimeValue(start: ref.adding(days: 1), end: ref.adding(days: len), granularity: .interval)
        }
        m.forced = .future
        m.sign = .future
        return m
    }

    /// "recent days|weeks|months", "(the) coming days|weeks|months".
    func vague(at j: Int, first: Int) -> TimeMatch? {
        guard let u = unit(at: j + 1), t[j + 1].key == TimeGrammar.daysKey || t[j + 1].key == TimeGrammar.weeksKey
            || t[j + 1].key == TimeGrammar.monthsKey else { return nil }  // plural only: "recent days"
        let recent = word(j, .recent)
        var m = TimeMatch(first: first, last: j + 1, value: nil, basis: .resolved, role: .vague, tense: tense(first, j + 1))
        m.forced = recent ? .past : .future
        m.sign = m.forced
        if let ref {
            switch (recent, u) {
            case (true, .day): m.value = TimeValue(start: ref.adding(days: -3), end: ref, granularity: .interval)
            case (true, .week): m.value = TimeValue(start: ref.adding(days: -21), end: ref, granularity: .interval)
            case (true, .month): m.value = TimeValue(start: ref.adding(months: -3), end: ref, granularity: .interval)
            case (false, .day): m.value = TimeValue(start: ref.adding(days: 1), end: ref.adding(days: 7), granularity: .interval)
            case (false, .week): m.value = TimeValue(start: ref.adding(days: 1), end: ref.adding(days: 21), granularity: .interval)
            case (false, .month):
                m.value = TimeValue(start: ref.adding(days: 1), end: ref.adding(months: 3), granularity: .interval)
            default: return nil
            }
        }
        return m
    }

    static let daysKey = WordKey.of("days")
    static let weeksKey = WordKey.of("weeks")
    static let monthsKey = WordKey.of("months")
}

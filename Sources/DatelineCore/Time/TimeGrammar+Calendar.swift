/// Written calendar dates: "August 6, 2024", "6 August", "Aug. 6", "6th of August", "2024-08-06",
/// "Tuesday, August 6", "December 2023", "in August", "in 1943", day ranges "5-7 August".
extension TimeGrammar {
    // MARK: pieces

    /// A month name at `i`: full names must be capitalised (so "may" and "a march" are not months);
    /// abbreviations may take a dot ("Aug."). Returns the month and the last token used.
    func month(at i: Int) -> (month: Int, last: Int, full: Bool)? {
        guard i >= 0, i < t.count, t[i].capitalized else { return nil }
        switch t[i].lex {
        case .month(let m): return (m, i, true)
        case .monthAbbrev(let m):
            if punct(i + 1, "."), adjacent(i + 1) { return (m, i + 1, false) }
            return (m, i, false)
        default: return nil
        }
    }

    /// A day of the month: a plain 1–2 digit number 1…31, not a time ("10:00"), a quantity ("8.5",
    /// "1,000") or a percentage.
    func dayNumber(at i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, !t[i].grouped, t[i].digits <= 2,
              (1...31).contains(t[i].value) else { return nil }
        if i + 1 < t.count, adjacent(i + 1), t[i + 1].isPunct(":") || t[i + 1].isPunct("%") || t[i + 1].isPunct("/") {
            return nil
        }
        if i > 0, adjacent(i), t[i - 1].isPunct("/") || t[i - 1].isPunct(":") { return nil }
        return t[i].value
    }

    /// A four-digit year 1000…2999 that is not part of a quantity or a numeric date.
    func yearNumber(at i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .number, !t[i].grouped, !t[i].ordinal, t[i].digits == 4,
              (1000...2999).contains(t[i].value) else { return nil }
        if i + 1 < t.count, adjacent(i + 1), t[i + 1].kind != .punct || !TimeGrammar.yearFollowers.contains(t[i + 1].value) {
            return nil
        }
        if i > 0, adjacent(i), t[i - 1].kind == .punct, !TimeGrammar.yearLeaders.contains(t[i - 1].value) { return nil }
        return t[i].value
    }

    static let sKey = WordKey.of("s")
    static let yearFollowers: Set<Int> = Set([",", ".", ";", ":", ")", "\"", "'", "!", "?", "\u{2019}", "\u{201D}"]
        .map { Int($0.unicodeScalars.first!.value) })
    static let yearLeaders: Set<Int> = Set(["(", "\"", "\u{201C}", "'", "\u{2018}"].map { Int($0.unicodeScalars.first!.value) })

    /// Words after which a bare month name or year is a time ("in May", "since 2022", "mid-August").
    static let calendarContext: Set<TimeWord> = [.in_, .since, .by, .until, .till, .from, .of, .during, .through,
                                                  .throughout, .early, .late, .mid, .between, .and, .to, .before,
                                                  .after, .last, .next, .this, .end, .start, .beginning, .for_]

    private func hasCalendarContext(before i: Int) -> Bool {
        var k = i - 1
        if k >= 0, t[k].isDash, adjacent(i) { k -= 1 }  // "mid-August"
        guard k >= 0, case .word(let w) = t[k].lex else { return false }
        return TimeGrammar.calendarContext.contains(w)
    }

    /// Optional ", 2024" / " 2024" after a day or month; returns the year and the last token used.
    private func trailingYear(after i: Int) -> (Int, Int)? {
        if let y = yearNumber(at: i + 1) { return (y, i + 1) }
        if punct(i + 1, ","), let y = yearNumber(at: i + 2) { return (y, i + 2) }
        return nil
    }

    /// A second day after "-", "to", "through", "and": "5-7", "5 to 7".
    private func rangeEnd(after i: Int, allowAnd: Bool) -> (Int, Int)? {
        let c = i + 1
        guard c < t.count, t[c].isDash || word(c, .to) || word(c, .through) || word(c, .until) || (allowAnd && word(c, .and))
        else { return nil }
        guard let d = dayNumber(at: c + 1) else { return nil }
        return (d, c + 1)
    }

    // MARK: forms

    /// "2024-08-06".
    func iso(at i: Int) -> TimeMatch? {
        guard i + 4 < t.count, t[i].kind == .number, t[i].digits == 4, !t[i].grouped,
              t[i + 1].isDash, t[i + 2].kind == .number, t[i + 2].digits == 2,
              t[i + 3].isDash, t[i + 4].kind == .number, t[i + 4].digits == 2,
              adjacent(i + 1), adjacent(i + 2), adjacent(i + 3), adjacent(i + 4),
              let d = CalendarDate(year: t[i].value, month: t[i + 2].value, day: t[i + 4].value) else { return nil }
        if i + 5 < t.count, adjacent(i + 5), t[i + 5].kind != .punct { return nil }
        var m = TimeMatch(first: i, last: i + 4, value: .day(d), basis: .explicit, tense: tense(i, i + 4))
        m.partial = PartialDate(year: d.year, month: d.month, day: d.day)
        return m
    }

    /// "August 6", "Aug. 6, 2024", "August 6th", "August 5-7", "December 2023", "in August".
    func monthFirst(at i: Int, weekday: Int? = nil, contextChecked: Bool = false) -> TimeMatch? {
        guard let (mon, mLast, full) = month(at: i) else { return nil }
        if let day = dayNumber(at: mLast + 1) {
            var last = mLast + 1
            var endDay: Int?
            if let (d2, l2) = rangeEnd(after: last, allowAnd: false), d2 > day { endDay = d2; last = l2 }
            var p = PartialDate(month: mon, day: day, weekday: weekday)
            if let (y, l) = trailingYear(after: last) { p.year = y; last = l }
            return make(p, first: i, last: last, endDay: endDay)
        }
        if let y = yearNumber(at: mLast + 1) {
            return make(PartialDate(year: y, month: mon), first: i, last: mLast + 1)
        }
        // A month alone: only a full name, and only where a time is expected.
        guard full, weekday == nil, contextChecked || hasCalendarContext(before: i) else { return nil }
        return make(PartialDate(month: mon), first: i, last: mLast)
    }

    /// "6 August 2024", "6th of August", "the 6th of August", "5-7 August", "5 and 7 August".
    func dayFirst(at i: Int, weekday: Int? = nil) -> TimeMatch? {
        var k = i
        if word(k, .the) { k += 1 }
        guard let day = dayNumber(at: k) else { return nil }
        var endDay: Int?
        var dayLast = k
        if let (d2, l2) = rangeEnd(after: k, allowAnd: true), d2 > day { endDay = d2; dayLast = l2 }
        var mk = dayLast + 1
        if word(mk, .of) { mk += 1 }
        guard let (mon, mLast, _) = month(at: mk) else { return nil }
        if word(i, .the), !t[k].ordinal { return nil }
        var p = PartialDate(month: mon, day: day, weekday: weekday)
        var last = mLast
        if let y = yearNumber(at: mLast + 1) { p.year = y; last = mLast + 1 }
        return make(p, first: i, last: last, endDay: endDay)
    }

    /// A bare year: "in 1943", "since 2022", "Ukraine's 2023 counteroffensive", "… in 2022." — but not
    /// a count ("2000 troops" has no year context).
    func year(at i: Int) -> TimeMatch? {
        guard let y = yearNumber(at: i) else { return nil }
        let possessive = i >= 2 && t[i - 1].key == TimeGrammar.sKey && t[i - 2].isApostrophe
        let endsHere = i + 1 >= t.count || t[i + 1].kind == .punct
        guard hasCalendarContext(before: i) || possessive || endsHere else { return nil }
        return make(PartialDate(year: y), first: i, last: i)
    }

    /// A weekday and what may follow: "Tuesday, August 6", "Tuesday 6 August 2024", "Tuesday morning".
    func weekdayFirst(at i: Int, mode: TimeResolution.WeekdayMode = .bare, from first: Int? = nil) -> TimeMatch? {
        guard case .weekday(let wd) = lex(i) else { return nil }
        let start = first ?? i
        if mode == .bare {
            let k = punct(i + 1, ",") ? i + 2 : i + 1
            if var m = monthFirst(at: k, weekday: wd) ?? dayFirst(at: k, weekday: wd), m.partial?.day != nil {
                m.first = start
                return m
            }
        }
        var last = i
        if case .dayPart = lex(i + 1) { last = i + 1 }
        let tn = tense(start, last)
        var m = TimeMatch(first: start, last: last, value: nil, basis: .resolved, tense: tn)
        if let ref { m.value = .day(TimeResolution.weekday(wd, mode: mode, ref: ref, tense: tn)) }
        switch mode {
        case .last: m.sign = .past
        case .next: m.sign = .future
        case .bare, .this: m.sign = tn == .future ? .future : nil
        }
        return m
    }

    /// Resolves a written date; `endDay` makes it a day range within the month.
    func make(_ p: PartialDate, first: Int, last: Int, endDay: Int? = nil) -> TimeMatch? {
        let tn = tense(first, last)
        var m = TimeMatch(first: first, last: last, value: nil, basis: p.year != nil ? .explicit : .resolved,
                          partial: p, tense: tn)
        if p.year != nil, p.month != nil, let day = p.day, CalendarDate(year: p.year!, month: p.month!, day: day) == nil {
            return nil  // "February 30, 2024" is not a date
        }
        if p.year == nil, let mo = p.month, let day = p.day, day > CalendarDate.daysIn(month: mo, year: 2024) {
            return nil  // "June 31" exists in no year
        }
        if let (v, basis) = TimeResolution.resolve(p, ref: ref, tense: tn) {
            m.basis = basis
            if let endDay, let e = CalendarDate(year: v.start.year, month: v.start.month, day: endDay) {
                m.value = TimeValue(start: v.start, end: e, granularity: .interval)
            } else {
                m.value = v
            }
        }
        return m
    }
}

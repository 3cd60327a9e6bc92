/// A date as written, before the reference fills what it leaves out.
struct PartialDate: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
}

/// Turns partial and relative dates into spans, given the publication date and the clause's tense.
///
/// Choices (all relative to the reference day `ref`):
/// - A date without a year takes the year (ref.year-1 … ref.year+1) that puts it nearest `ref`;
///   a past-tense clause restricts this to dates on or before `ref`, a future one to dates on or after.
///   A stated weekday picks, among those years, the one where it holds ("Tuesday, August 6").
/// - A bare weekday is the most recent such day on or before `ref` (so `ref` itself when it is that
///   weekday), or the next on or after `ref` in a future-tense clause. "last X" is strictly before,
///   "next X" strictly after; "this X" reads like a bare weekday but defaults to the future.
enum TimeResolution {
    static func resolve(_ p: PartialDate, ref: CalendarDate?, tense: Tense?) -> (TimeValue, DateBasis)? {
        guard let month = p.month else {
            if let y = p.year, let v = TimeValue.year(y) { return (v, .explicit) }
            return nil
        }
        if let day = p.day {
            if let y = p.year {
                guard let d = CalendarDate(year: y, month: month, day: day) else { return nil }
                return (.day(d), .explicit)
            }
            guard let ref else { return nil }
            var options = YearOptions(around: ref.year) { CalendarDate(year: $0, month: month, day: day) }
            if let w = p.weekday { options = options.narrowed { $0.weekday == w } }
            guard let chosen = pick(options, ref: ref, tense: tense, start: { $0 }, end: { $0 }) else { return nil }
            return (.day(chosen), .resolved)
        }
        if let y = p.year {
            guard let v = TimeValue.month(year: y, month: month) else { return nil }
            return (v, .explicit)
        }
        guard let ref else { return nil }
        let options = YearOptions(around: ref.year) { TimeValue.month(year: $0, month: month) }
        guard let chosen = pick(options, ref: ref, tense: tense, start: { $0.start }, end: { $0.end }) else {
            return nil
        }
        return (chosen, .resolved)
    }

    /// Nearest option to `ref`, restricted by tense when that leaves any option.
    private static func pick<T>(_ options: YearOptions<T>, ref: CalendarDate, tense: Tense?, start: (T) -> CalendarDate,
                                end: (T) -> CalendarDate) -> T? {
        func distance(_ o: T) -> Int {
            if end(o) < ref { return end(o).days(until: ref) }
            if start(o) > ref { return ref.days(until: start(o)) }
            return 0
        }
        var pool = options
        switch tense {
        case .past?: pool = options.narrowed { start($0) <= ref }
        case .future?: pool = options.narrowed { end($0) >= ref }
        default: break
        }
        // Ties go to the earlier option: news reports more than it forecasts.
        return pool.nearest(distance)
    }

    enum WeekdayMode { case bare, this, last, next }

    static func weekday(_ w: Int, mode: WeekdayMode, ref: CalendarDate, tense: Tense?) -> CalendarDate {
        let back = (ref.weekday - w + 7) % 7      // days back to the most recent such day (0 = ref)
        let ahead = (w - ref.weekday + 7) % 7     // days ahead to the next (0 = ref)
        switch mode {
        case .last: return ref.adding(days: back == 0 ? -7 : -back)
        case .next: return ref.adding(days: ahead == 0 ? 7 : ahead)
        case .bare: return tense == .future ? ref.adding(days: ahead) : ref.adding(days: -back)
        case .this: return tense == .past || tense == .present ? ref.adding(days: -back) : ref.adding(days: ahead)
        }
    }

    /// The span `n` units back from `ref`, ending on `ref` ("the past three days" = ref-2 … ref).
    static func trailing(_ n: Int, _ unit: TimeUnit, ref: CalendarDate) -> TimeValue {
        let start: CalendarDate
        switch unit {
        case .hour: start = ref.adding(days: -(max(1, (n + 23) / 24) - 1))
        case .day: start = ref.adding(days: -(n - 1))
        case .week: start = ref.adding(days: -(7 * n - 1))
        case .fortnight: start = ref.adding(days: -(14 * n - 1))
        case .month: start = ref.adding(months: -n).adding(days: 1)
        case .year: start = ref.adding(months: -12 * n).adding(days: 1)
        }
        return TimeValue(start: start, end: ref, granularity: start == ref ? .day : .interval)
    }

    /// The point `n` units before `ref`: a day for days and weeks (the same weekday n weeks back),
    /// the month for months, the year for years.
    static func ago(_ n: Int, _ unit: TimeUnit, ref: CalendarDate) -> TimeValue {
        switch unit {
        case .hour: return .day(ref.adding(days: -(n / 24)))
        case .day: return .day(ref.adding(days: -n))
        case .week: return .day(ref.adding(days: -7 * n))
        case .fortnight: return .day(ref.adding(days: -14 * n))
        case .month:
            let d = ref.adding(months: -n)
            return TimeValue.month(year: d.year, month: d.month)!
        case .year: return TimeValue.year(ref.year - n)!
        }
    }

    static func duration(_ n: Int, _ unit: TimeUnit) -> String {
        switch unit {
        case .hour: return "PT\(n)H"
        case .day: return "P\(n)D"
        case .week: return "P\(n)W"
        case .fortnight: return "P\(2 * n)W"
        case .month: return "P\(n)M"
        case .year: return "P\(n)Y"
        }
    }
}

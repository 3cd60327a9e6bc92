/// How precisely a time is known.
public enum Granularity: String, Codable, Sendable, CaseIterable {
    case day, week, month, year, interval
}

/// How a date was obtained: stated outright, resolved from a relative phrase against the
/// publication date, or only the publication date itself (nothing in the text dated it).
public enum DateBasis: String, Codable, Sendable, CaseIterable {
    case explicit, resolved, reported
}

/// Whether the text places the time before, at or after its reference (tense and cue words).
public enum TemporalDirection: String, Codable, Sendable {
    case past, present, future
}

/// A normalised time: the span of days it covers and how it is written in TIMEX3.
public struct TimeValue: Hashable, Codable, Sendable {
    public var start: CalendarDate
    /// Inclusive last day of the span (equal to `start` for a day).
    public var end: CalendarDate
    public var granularity: Granularity

    public init(start: CalendarDate, end: CalendarDate, granularity: Granularity) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }

    public static func day(_ date: CalendarDate) -> TimeValue {
        TimeValue(start: date, end: date, granularity: .day)
    }

    public static func week(containing date: CalendarDate) -> TimeValue {
        let monday = date.startOfWeek
        return TimeValue(start: monday, end: monday.adding(days: 6), granularity: .week)
    }

    public static func month(year: Int, month: Int) -> TimeValue? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        return TimeValue(start: first, end: first.lastOfMonth, granularity: .month)
    }

    public static func year(_ year: Int) -> TimeValue? {
        guard let first = CalendarDate(year: year, month: 1, day: 1),
              let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
        return TimeValue(start: first, end: last, granularity: .year)
    }

    /// TIMEX3 value: `2024-08-14`, `2024-W32`, `2024-08`, `2024`, or `START/END` for intervals
    /// (each end written at its own precision, e.g. `2024-01/2024-07`).
    public var timex: String {
        switch granularity {
        case .day: return start.iso
        case .week:
            let w = start.isoWeek
            return CalendarDate.pad(w.year, 4) + "-W" + CalendarDate.pad(w.week, 2)
        case .month: return CalendarDate.pad(start.year, 4) + "-" + CalendarDate.pad(start.month, 2)
        case .year: return CalendarDate.pad(start.year, 4)
        case .interval: return TimeValue.endpoint(start, isEnd: false, of: self) + "/" + TimeValue.endpoint(end, isEnd: true, of: self)
        }
    }

    /// The date as the export writes it: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` at coarser precision.
    /// Weeks and intervals are written by their first day's coarsest faithful form.
    public var exportDate: String {
        switch granularity {
        case .day, .week: return start.iso
        case .month: return timex
        case .year: return timex
        case .interval:
            if start.day == 1 && end == end.lastOfMonth {
                if start.month == 1 && end.month == 12 && start.year == end.year { return CalendarDate.pad(start.year, 4) }
                return CalendarDate.pad(start.year, 4) + "-" + CalendarDate.pad(start.month, 2)
            }
            return start.iso
        }
    }

    /// Midpoint day, used to order and compare spans.
    public var midpoint: CalendarDate {
        start.adding(days: start.days(until: end) / 2)
    }

    public var lengthInDays: Int { start.days(until: end) + 1 }

    /// Whole months are written as months, whole years as years, anything else as days.
    private static func endpoint(_ date: CalendarDate, isEnd: Bool, of value: TimeValue) -> String {
        let wholeMonths = value.start.day == 1 && value.end == value.end.lastOfMonth
        if wholeMonths {
            return CalendarDate.pad(date.year, 4) + "-" + CalendarDate.pad(date.month, 2)
        }
        return date.iso
    }
}

/// A time expression found in a sentence.
public struct TimeExpression: Hashable, Codable, Sendable {
    /// The normalised span; nil for a bare duration that is anchored to nothing.
    public var value: TimeValue?
    /// TIMEX3 duration when the phrase is (or contains) one, e.g. `P1W`, `P2D`.
    public var duration: String?
    public var basis: DateBasis
    public var direction: TemporalDirection
    /// The words it came from, exactly as in the sentence.
    public var phrase: String
    /// Offsets of `phrase` in the sentence, in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(value: TimeValue?, duration: String? = nil, basis: DateBasis, direction: TemporalDirection = .past,
                phrase: String, start: Int, end: Int) {
        self.value = value
        self.duration = duration
        self.basis = basis
        self.direction = direction
        self.phrase = phrase
        self.start = start
        self.end = end
    }

    public var granularity: Granularity? { value?.granularity }

    /// The TIMEX3 value: the span's value, else the duration.
    public var timex: String { value?.timex ?? duration ?? "" }
}

import DatelineCore

/// How dates are written in the browser, and how the `d` prompt reads them. Days and the
/// timeline's date column are written by Core's `DateLabel`, as the command line writes them;
/// only the browser's own forms (day separators, the detail's `When`) are here.
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// `Wed 14 Aug`
    public static func short(_ d: CalendarDate) -> String { DateLabel.short(.day(d), basis: .resolved) }
    /// `Wed 14 Aug 2024`
    public static func long(_ d: CalendarDate) -> String { DateLabel.day(d) }

    /// The timeline's date column: `Wed 14 Aug`, `~14 Aug` (only the report date is known),
    /// `wk 32`, `Aug 2024`, `2024`, `6–14 Aug` — written by Core's `DateLabel`, as the CLI writes them.
    public static func label(_ time: TimeValue, basis: DateBasis) -> String {
        DateLabel.short(time, basis: basis)
    }

    public static func label(_ incident: Incident) -> String {
        DateLabel.short(incident)
    }

    /// Incidents with the same key share a day separator.
    static func groupKey(_ time: TimeValue) -> String {
        switch time.granularity {
        case .day: return "d" + time.start.iso
        default: return String(describing: time.granularity) + time.timex
        }
    }

    /// The separator's label: `Wed 14 Aug 2024`, `Week 32, 2024 (5–11 Aug)`, `August 2024`.
    static func groupLabel(_ time: TimeValue) -> String {
        let s = time.start, e = time.end
        switch time.granularity {
        case .day: return long(s)
        case .week:
            let w = s.isoWeek
            return "Week \(w.week), \(w.year) (\(s.day) \(months[s.month - 1])–\(e.day) \(months[e.month - 1]))"
        case .month: return "\(monthNames[s.month - 1]) \(s.year)"
        case .year: return "\(s.year)"
        case .interval: return "\(s.day) \(months[s.month - 1]) \(s.year) – \(e.day) \(months[e.month - 1]) \(e.year)"
        }
    }

    /// The detail's date: `Wed 14 Aug 2024`, `week 32 (5 Aug–11 Aug 2024)`, `August 2024`.
    static func whenText(_ time: TimeValue) -> String {
        switch time.granularity {
        case .day: return long(time.start)
        case .week:
            let s = time.start, e = time.end
            return "week \(s.isoWeek.week) (\(s.day) \(months[s.month - 1])–\(e.day) \(months[e.month - 1]) \(e.year))"
        default: return groupLabel(time)
        }
    }

    /// Reads `2024-08-14`, `14 Aug`, `aug 14`, `14 August 2024`, `Aug 14, 2024`, `14/08`, `14`.
    public static func parse(_ input: String, defaultYear: Int, defaultMonth: Int = 1) -> CalendarDate? {
        let text = input.trimmingCharacters(in: " ").lowercased()
        if let iso = CalendarDate(iso: text) { return iso }
        var numbers: [Int] = []
        var month: Int?
        var token = ""
        func flush() {
            guard !token.isEmpty else { return }
            defer { token = "" }
            if let n = Int(token) { numbers.append(n); return }
            let stripped = token.hasSuffix("th") || token.hasSuffix("st") || token.hasSuffix("nd") || token.hasSuffix("rd")
                ? String(token.dropLast(2)) : token
            if let n = Int(stripped) { numbers.append(n); return }
            if token.count >= 3, let m = monthNames.firstIndex(where: { $0.lowercased().hasPrefix(token) }) { month = m + 1 }
        }
        for ch in text {
            if ch.isLetter || ch.isNumber { token.append(ch) } else { flush() }
        }
        flush()
        if let month {
            guard let day = numbers.first(where: { $0 >= 1 && $0 <= 31 }) else { return nil }
            let year = numbers.first(where: { $0 > 31 }) ?? defaultYear
            return CalendarDate(year: year, month: month, day: day)
        }
        switch numbers.count {
        case 1: return CalendarDate(year: defaultYear, month: defaultMonth, day: numbers[0])
        case 2: return CalendarDate(year: defaultYear, month: numbers[1], day: numbers[0])
        case 3: return CalendarDate(year: numbers[2] < 100 ? 2000 + numbers[2] : numbers[2], month: numbers[1], day: numbers[0])
        default: return nil
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

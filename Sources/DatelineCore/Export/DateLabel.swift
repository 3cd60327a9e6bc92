/// Short and long human labels for an incident's date that show precision and basis at a glance:
/// `Wed 14 Aug` (stated or resolved day), `~14 Aug` (only the report date), `wk 32`, `Aug 2024`,
/// `1943`, `Jan–Jul 2024`, `undated`. The command line and the browser both write dates with it.
public enum DateLabel {
    /// An incident's short label, `undated` when nothing dates it.
    public static func short(_ incident: Incident) -> String {
        incident.undated ? "undated" : short(incident.time, basis: incident.basis)
    }

    public static func long(_ incident: Incident) -> String {
        incident.undated ? "undated (no date in the text, no publication date)" : long(incident.time, basis: incident.basis)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    public static func short(_ value: TimeValue, basis: DateBasis) -> String {
        let approx = basis == .reported ? "~" : ""
        switch value.granularity {
        case .day:
            let d = value.start
            let dayMonth = "\(d.day) \(months[d.month - 1])"
            return basis == .reported ? "~" + dayMonth : "\(weekdays[d.weekday - 1]) \(dayMonth)"
        case .week:
            return approx + "wk \(value.start.isoWeek.week)"
        case .month:
            return approx + "\(months[value.start.month - 1]) \(value.start.year)"
        case .year:
            return approx + "\(value.start.year)"
        case .interval:
            return approx + interval(value)
        }
    }

    /// With the year, for detail views: `Wed 14 Aug 2024`, `week 32 of 2024 (5–11 Aug)`.
    public static func long(_ value: TimeValue, basis: DateBasis) -> String {
        switch value.granularity {
        case .day:
            let d = value.start
            let text = "\(weekdays[d.weekday - 1]) \(d.day) \(months[d.month - 1]) \(d.year)"
            return basis == .reported ? "reported \(text)" : text
        case .week:
            let w = value.start.isoWeek
            return "week \(w.week) of \(w.year) (\(value.start.day) \(months[value.start.month - 1])–\(value.end.day) \(months[value.end.month - 1]))"
        case .month, .year, .interval:
            return short(value, basis: basis)
        }
    }

    /// A publication date as `Wed 14 Aug 2024`.
    public static func day(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    static func interval(_ value: TimeValue) -> String {
        let s = value.start, e = value.end
        let wholeMonths = s.day == 1 && e == e.lastOfMonth
        if wholeMonths {
            if s.year == e.year { return "\(months[s.month - 1])\u{2013}\(months[e.month - 1]) \(e.year)" }
            return "\(months[s.month - 1]) \(s.year)\u{2013}\(months[e.month - 1]) \(e.year)"
        }
        if s.year == e.year && s.month == e.month { return "\(s.day)\u{2013}\(e.day) \(months[s.month - 1])" }
        return "\(s.day) \(months[s.month - 1])\u{2013}\(e.day) \(months[e.month - 1])"
    }

    /// How the date was obtained, in words: "'on Wednesday' in ITV News, published Wed 14 Aug 2024".
    public static func provenance(of incident: Incident, model: EventModel) -> String {
        provenance(of: incident, article: model.article)
    }

    /// The same, looking articles up with `article` (by id).
    public static func provenance(of incident: Incident, article: (String) -> Article?) -> String {
        let mention = incident.datingMention
        let article = article(mention.articleID)
        let outlet = article?.displayOutlet ?? mention.articleID
        let published = article?.published.map { "published \(day($0))" + (article?.publishedInferred == true ? " (inferred from the text)" : "") } ?? "publication date unknown"
        if incident.undated { return "no date in the text and no publication date for \(outlet)" }
        switch incident.basis {
        case .reported:
            return "no date in the text; the report date of \(outlet), \(published)"
        case .explicit:
            return "'\(mention.time.phrase)' stated in \(outlet), \(published)"
        case .resolved:
            return "'\(mention.time.phrase)' in \(outlet), \(published)"
        }
    }
}

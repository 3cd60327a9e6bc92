/// The selection the command line and the browser share: regions, a date range, a text search
/// and whether background incidents are included.
public struct IncidentFilter: Sendable, Equatable {
    public var regions: [String] = []
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var search: String?
    public var includeBackground = false

    public init(regions: [String] = [], from: CalendarDate? = nil, to: CalendarDate? = nil, search: String? = nil,
                includeBackground: Bool = false) {
        self.regions = regions
        self.from = from
        self.to = to
        self.search = search
        self.includeBackground = includeBackground
    }

    public func apply(_ incidents: [Incident]) -> [Incident] {
        incidents.filter(matches)
    }

    public func matches(_ incident: Incident) -> Bool {
        matches(background: incident.background, undated: incident.undated, time: incident.time, regions: incident.regions,
                headline: incident.headline, passages: { incident.mentions.lazy.map(\.span.text) })
    }

    /// The same test on an incident's parts, for readers that do not hold whole incidents (the
    /// index): `passages` (the texts of its mentions) is called only when the search needs them.
    public func matches<Passages: Sequence<String>>(background: Bool, undated: Bool, time: TimeValue, regions incidentRegions: [String],
                                                    headline: String, passages: () throws -> Passages) rethrows -> Bool {
        if background && !includeBackground { return false }
        if !regions.isEmpty && !incidentRegions.contains(where: { r in regions.contains { Self.regionMatches(r, $0) } }) { return false }
        if (from != nil || to != nil) && undated { return false }
        if let from, time.end < from { return false }
        if let to, time.start > to { return false }
        if let search, !search.isEmpty {
            let needle = search.lowercased()
            let hit = try headline.lowercased().contains(needle) || passages().contains { $0.lowercased().contains(needle) }
            if !hit { return false }
        }
        return true
    }

    /// `kursk` selects "Kursk Oblast": case-insensitive, either name containing the other.
    public static func regionMatches(_ region: String, _ wanted: String) -> Bool {
        let r = region.lowercased(), w = wanted.lowercased().trimmingSpaces()
        return !w.isEmpty && (r.contains(w) || w.contains(r))
    }
}

private extension String {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

/// Incidents per region, on the timeline and in the background, and incidents naming none.
struct RegionTally {
    var timeline: [String: Int] = [:]
    var background: [String: Int] = [:]
    var unnamed = 0

    mutating func add(background isBackground: Bool, regions: [String]) {
        if regions.isEmpty { unnamed += 1 }
        for region in regions {
            if isBackground { background[region, default: 0] += 1 } else { timeline[region, default: 0] += 1 }
        }
    }

    /// Most incidents first, then by name (as `EventModel.regionCounts`).
    var regions: [String] {
        let names = Set(timeline.keys).union(background.keys)
        func total(_ r: String) -> Int { (timeline[r] ?? 0) + (background[r] ?? 0) }
        return names.sorted { total($0) != total($1) ? total($0) > total($1) : $0 < $1 }
    }
}

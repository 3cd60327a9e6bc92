import DatelineCore

/// Every incident of a timeline, in order, as a few flat arrays: what the browser filters,
/// groups by day, counts and jumps by date over without reading any incident. At 100k articles
/// (some 400k incidents) it is a few MB and is filtered in about a millisecond.
public final class TimelineSpine: Sendable {
    public static let backgroundFlag: UInt8 = 1
    public static let undatedFlag: UInt8 = 2

    /// Per incident: `backgroundFlag`, `undatedFlag`.
    public let flags: [UInt8]
    /// Per incident: index into `times`.
    public let timeIndex: [Int32]
    /// The distinct incident dates.
    public let times: [TimeValue]
    /// Incident `i`'s regions are `regionIDs[regionStart[i]..<regionStart[i + 1]]` (indices into `regionNames`).
    public let regionStart: [Int32]
    public let regionIDs: [Int32]
    public let regionNames: [String]

    // Derived once.
    /// Per incident: its day separator (index into `groupLabels`).
    let group: [Int32]
    let groupLabels: [String]
    /// Region names with the number of incidents naming each, most first.
    public let regionCounts: [(region: String, count: Int)]
    /// Same region, same colour: by the region's place in the alphabetical list.
    let regionColor: [String: Int]
    let regionID: [String: Int]
    /// Incidents per background flag: [timeline, background].
    let countByBackground: [Int]
    /// Positions of the timeline incidents, and of the background ones, ascending: what is shown
    /// without a region filter.
    let timelinePositions: [Int]
    let backgroundPositions: [Int]
    /// Per region id r, `regionPositions[regionListStart[r]..<regionListStart[r + 1]]` are the
    /// positions of the incidents naming it, ascending: filtering reads the chosen regions'
    /// lists instead of every incident. One flat array, filled by a counting sort.
    let regionListStart: [Int]
    let regionPositions: [Int32]

    public var count: Int { flags.count }

    public init(flags: [UInt8], timeIndex: [Int32], times: [TimeValue], regionStart: [Int32], regionIDs: [Int32], regionNames: [String]) {
        precondition(timeIndex.count == flags.count && regionStart.count == flags.count + 1)
        self.flags = flags
        self.timeIndex = timeIndex
        self.times = times
        self.regionStart = regionStart
        self.regionIDs = regionIDs
        self.regionNames = regionNames

        // Separators: one per date key, apart for background and undated incidents.
        var labels: [String] = []
        var byKey: [String: Int32] = [:]
        func groupID(_ key: String, _ label: @autoclosure () -> String) -> Int32 {
            if let id = byKey[key] { return id }
            let id = Int32(labels.count)
            byKey[key] = id
            labels.append(label())
            return id
        }
        let undated = groupID("undated", "Undated")
        let timelineGroup = times.map { groupID(DateText.groupKey($0), DateText.groupLabel($0)) }
        let backgroundGroup = times.map { groupID("bg" + DateText.groupKey($0), "background · " + DateText.groupLabel($0)) }
        var group = [Int32](repeating: 0, count: flags.count)
        var background = 0
        var timelinePositions: [Int] = []
        var backgroundPositions: [Int] = []
        timelinePositions.reserveCapacity(flags.count)
        for i in 0..<flags.count {
            let f = flags[i]
            if f & Self.backgroundFlag != 0 {
                background += 1
                backgroundPositions.append(i)
            } else {
                timelinePositions.append(i)
            }
            group[i] = f & Self.undatedFlag != 0 ? undated
                : (f & Self.backgroundFlag != 0 ? backgroundGroup[Int(timeIndex[i])] : timelineGroup[Int(timeIndex[i])])
        }
        self.group = group
        groupLabels = labels
        countByBackground = [flags.count - background, background]
        self.timelinePositions = timelinePositions
        self.backgroundPositions = backgroundPositions

        var counts = [Int](repeating: 0, count: regionNames.count)
        for r in regionIDs { counts[Int(r)] += 1 }
        var listStart = [Int](repeating: 0, count: regionNames.count + 1)
        for r in 0..<regionNames.count { listStart[r + 1] = listStart[r] + counts[r] }
        var next = listStart
        var lists = [Int32](repeating: 0, count: regionIDs.count)
        regionStart.withUnsafeBufferPointer { start in
            regionIDs.withUnsafeBufferPointer { ids in
                lists.withUnsafeMutableBufferPointer { lists in
                    for i in 0..<flags.count {
                        for k in Int(start[i])..<Int(start[i + 1]) {
                            let r = Int(ids[k])
                            lists[next[r]] = Int32(i)
                            next[r] += 1
                        }
                    }
                }
            }
        }
        regionListStart = listStart
        regionPositions = lists
        let present = regionNames.indices.filter { counts[$0] > 0 }
        regionCounts = present.map { (regionNames[$0], counts[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.region < $1.region }
        var colors: [String: Int] = [:]
        for (i, r) in present.map({ regionNames[$0] }).sorted().enumerated() { colors[r] = i }
        regionColor = colors
        var ids: [String: Int] = [:]
        for (i, name) in regionNames.enumerated() where ids[name] == nil { ids[name] = i }
        regionID = ids
    }

    /// The spine of incidents already in timeline order.
    public convenience init(incidents: [Incident]) {
        var builder = Builder()
        for incident in incidents {
            builder.append(background: incident.background, undated: incident.undated, time: incident.time, regions: incident.regions)
        }
        self.init(builder)
    }

    public convenience init(_ b: Builder) {
        self.init(flags: b.flags, timeIndex: b.timeIndex, times: b.times, regionStart: b.regionStart, regionIDs: b.regionIDs,
                  regionNames: b.regionNames)
    }

    /// Appends incidents one at a time, interning dates and region names.
    public struct Builder {
        public private(set) var flags: [UInt8] = []
        public private(set) var timeIndex: [Int32] = []
        public private(set) var times: [TimeValue] = []
        public private(set) var regionStart: [Int32] = [0]
        public private(set) var regionIDs: [Int32] = []
        public private(set) var regionNames: [String] = []
        private var timeID: [TimeValue: Int32] = [:]
        private var regionIDByName: [String: Int32] = [:]

        public init() {}

        /// Continues the interning of an existing spine's dates and region names: ids it gave
        /// out keep their meaning, so its positions can be copied with `appendCopy`.
        public init(times: [TimeValue], regionNames: [String]) {
            self.times = times
            self.regionNames = regionNames
            for (i, t) in times.enumerated() where timeID[t] == nil { timeID[t] = Int32(i) }
            for (i, r) in regionNames.enumerated() where regionIDByName[r] == nil { regionIDByName[r] = Int32(i) }
        }

        /// Appends positions `range` of the spine this builder was seeded from (its columns).
        public mutating func appendCopy(of range: Range<Int>, flags: [UInt8], timeIndex: [Int32], regionStart: [Int32],
                                        regionIDs: [Int32]) {
            guard !range.isEmpty else { return }
            self.flags += flags[range]
            self.timeIndex += timeIndex[range]
            let from = Int(regionStart[range.lowerBound]), to = Int(regionStart[range.upperBound])
            let shift = Int32(self.regionIDs.count - from)
            self.regionIDs += regionIDs[from..<to]
            self.regionStart += regionStart[(range.lowerBound + 1)...range.upperBound].map { $0 + shift }
        }

        public mutating func append(background: Bool, undated: Bool, time: TimeValue, regions: [String]) {
            flags.append((background ? TimelineSpine.backgroundFlag : 0) | (undated ? TimelineSpine.undatedFlag : 0))
            timeIndex.append(Self.intern(time, ids: &timeID, values: &times))
            for r in regions { regionIDs.append(Self.intern(r, ids: &regionIDByName, values: &regionNames)) }
            regionStart.append(Int32(regionIDs.count))
        }

        /// The id of `value`: its place in `values`, appended the first time it is seen.
        private static func intern<T: Hashable>(_ value: T, ids: inout [T: Int32], values: inout [T]) -> Int32 {
            if let id = ids[value] { return id }
            let id = Int32(values.count)
            ids[value] = id
            values.append(value)
            return id
        }
    }

    public func isBackground(_ i: Int) -> Bool { flags[i] & Self.backgroundFlag != 0 }
    public func time(_ i: Int) -> TimeValue { times[Int(timeIndex[i])] }

    /// Positions shown, in order: background incidents first when shown (as before the timeline),
    /// then the timeline; with a region filter, only incidents naming one of `regions`.
    public func visible(showBackground: Bool, regions: Set<String>) -> [Int] {
        guard !regions.isEmpty else { return showBackground ? backgroundPositions + timelinePositions : timelinePositions }
        let ids = Set(regions.compactMap { regionID[$0] })
        var hits: [Int32] = []
        for id in ids { hits += regionPositions[regionListStart[id]..<regionListStart[id + 1]] }
        if ids.count > 1 { hits.sort() }
        var timeline: [Int] = []
        var background: [Int] = []
        timeline.reserveCapacity(hits.count)
        var last: Int32 = -1
        for p in hits where p != last {
            last = p
            if flags[Int(p)] & Self.backgroundFlag == 0 { timeline.append(Int(p)) } else if showBackground { background.append(Int(p)) }
        }
        return background + timeline
    }
}

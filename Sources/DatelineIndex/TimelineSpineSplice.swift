import DatelineCore
import DatelineTUI
import Foundation
import GRDB

/// Updates a stored spine after an index update without reading every incident: the timeline
/// order sorts first by (background, undated, start day, precision), and the spine holds those
/// four, so each such group is one contiguous range of the spine. Only the groups that lost or
/// gained an incident are read again (in order, from the covering index) and spliced in.
enum TimelineSpineSplice {
    /// Above this share of changed incidents, reading everything is as fast.
    static let limit = 0.125

    struct Key: Hashable, Comparable {
        var background: Int
        var undated: Int
        var start: String
        var precision: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.background, a.undated, a.start, a.precision) < (b.background, b.undated, b.start, b.precision)
        }
    }

    static func key(_ spine: TimelineSpineStore.Columns, _ i: Int) -> Key {
        let f = spine.flags[i], t = spine.time(i)
        return Key(background: f & TimelineSpine.backgroundFlag != 0 ? 1 : 0, undated: f & TimelineSpine.undatedFlag != 0 ? 1 : 0,
                   start: t.start.iso, precision: IncidentWriter.precision(t.granularity))
    }

    /// nil when too much changed (or the log is inconsistent): compute the spine anew.
    static func apply(_ db: Database, to old: TimelineSpineStore.Loaded, previousMaxRowid: Int64) throws -> (loaded: TimelineSpineStore.Loaded, groups: Int)? {
        let deleted = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM timeline_deleted"))
        let added = try Row.fetchAll(db, sql: """
            SELECT background, undated, timeStart, precision FROM incidents
            WHERE rowid > ? OR rowid IN (SELECT rowid FROM timeline_deleted)
            """, arguments: [previousMaxRowid])
        let n = old.rowids.count
        guard Double(deleted.count + added.count) <= limit * Double(max(n, 1)) else { return nil }
        var keys = Set<Key>()
        if !deleted.isEmpty {
            for (i, r) in old.rowids.enumerated() where deleted.contains(r) { keys.insert(key(old.spine, i)) }
        }
        for row in added { keys.insert(Key(background: row[0], undated: row[1], start: row[2], precision: row[3])) }

        var out = Splicer(old)
        var copied = 0
        let group = try db.cachedStatement(sql: """
            SELECT rowid, background, undated, timeStart, timeEnd, granularity, regions FROM incidents
            WHERE background = ? AND undated = ? AND timeStart = ? AND precision = ?
            ORDER BY background, undated, timeStart, precision, basis = 'reported', sources DESC, id
            """)
        for k in keys.sorted() {
            // The group's range in the old spine (empty for a new group: where it goes).
            let lo = bound(old.spine, n) { key(old.spine, $0) < k }
            let hi = bound(old.spine, n) { key(old.spine, $0) <= k }
            guard lo >= copied else { return nil }
            out.copy(copied..<lo)
            let rows = try Row.fetchCursor(group, arguments: [k.background, k.undated, k.start, k.precision])
            while let row = try rows.next() { try out.append(row) }
            copied = hi
        }
        out.copy(copied..<n)
        return (out.loaded, keys.count)
    }

    /// First index in 0..<n where `before` is false (the spine is sorted by key).
    private static func bound(_ spine: TimelineSpineStore.Columns, _ n: Int, _ before: (Int) -> Bool) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The new spine's arrays: ranges of the old one copied whole, fresh rows appended.
    private struct Splicer {
        let old: TimelineSpineStore.Loaded
        var rowids: [Int64] = []
        var flags: [UInt8] = []
        var timeIndex: [Int32] = []
        var regionStart: [Int32] = [0]
        var regionIDs: [Int32] = []
        var times: [TimeValue]
        var regionNames: [String]
        var timeID: [TimeValue: Int32] = [:]
        var regionID: [String: Int32] = [:]

        init(_ old: TimelineSpineStore.Loaded) {
            self.old = old
            times = old.spine.times
            regionNames = old.spine.regionNames
            for (i, t) in times.enumerated() where timeID[t] == nil { timeID[t] = Int32(i) }
            for (i, r) in regionNames.enumerated() where regionID[r] == nil { regionID[r] = Int32(i) }
            let n = old.rowids.count
            rowids.reserveCapacity(n + 64)
            flags.reserveCapacity(n + 64)
            timeIndex.reserveCapacity(n + 64)
            regionStart.reserveCapacity(n + 65)
            regionIDs.reserveCapacity(old.spine.regionIDs.count + 128)
        }

        mutating func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let s = old.spine
            rowids += old.rowids[range]
            flags += s.flags[range]
            timeIndex += s.timeIndex[range]
            let from = Int(s.regionStart[range.lowerBound]), to = Int(s.regionStart[range.upperBound])
            let shift = Int32(regionIDs.count - from)
            regionIDs += s.regionIDs[from..<to]
            regionStart += s.regionStart[(range.lowerBound + 1)...range.upperBound].map { $0 + shift }
        }

        mutating func append(_ row: Row) throws {
            guard let start = CalendarDate(iso: row[3]), let end = CalendarDate(iso: row[4]), let g = Granularity(rawValue: row[5]) else {
                throw IndexError.damaged("incident \(row[0] as Int64) has an unreadable date")
            }
            let time = TimeValue(start: start, end: end, granularity: g)
            rowids.append(row[0])
            flags.append(((row[1] as Bool) ? TimelineSpine.backgroundFlag : 0) | ((row[2] as Bool) ? TimelineSpine.undatedFlag : 0))
            if let t = timeID[time] { timeIndex.append(t) } else {
                timeID[time] = Int32(times.count)
                timeIndex.append(Int32(times.count))
                times.append(time)
            }
            let text: String = row[6]
            for r in text.isEmpty ? [] : text.components(separatedBy: "\n") {
                if let id = regionID[r] { regionIDs.append(id) } else {
                    regionID[r] = Int32(regionNames.count)
                    regionIDs.append(Int32(regionNames.count))
                    regionNames.append(r)
                }
            }
            regionStart.append(Int32(regionIDs.count))
        }

        var loaded: TimelineSpineStore.Loaded {
            TimelineSpineStore.Loaded(spine: TimelineSpineStore.Columns(flags: flags, timeIndex: timeIndex, times: times, regionStart: regionStart,
                                                           regionIDs: regionIDs, regionNames: regionNames), rowids: rowids)
        }
    }
}

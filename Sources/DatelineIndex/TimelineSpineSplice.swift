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
            SELECT \(TimelineSpineStore.RowReader.columns) FROM incidents
            WHERE background = ? AND undated = ? AND timeStart = ? AND precision = ?
            ORDER BY \(IndexSchema.timelineOrder)
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

    /// The new spine: ranges of the old one copied whole, fresh rows appended, interning
    /// continued from the old spine's dates and region names.
    private struct Splicer {
        let old: TimelineSpineStore.Loaded
        var builder: TimelineSpine.Builder
        var rowids: [Int64] = []
        var reader = TimelineSpineStore.RowReader()

        init(_ old: TimelineSpineStore.Loaded) {
            self.old = old
            builder = TimelineSpine.Builder(times: old.spine.times, regionNames: old.spine.regionNames)
            rowids.reserveCapacity(old.rowids.count + 64)
        }

        mutating func copy(_ range: Range<Int>) {
            let s = old.spine
            rowids += old.rowids[range]
            builder.appendCopy(of: range, flags: s.flags, timeIndex: s.timeIndex, regionStart: s.regionStart, regionIDs: s.regionIDs)
        }

        mutating func append(_ row: Row) throws {
            try reader.append(row, to: &builder, rowids: &rowids)
        }

        var loaded: TimelineSpineStore.Loaded { TimelineSpineStore.Loaded(builder, rowids: rowids) }
    }
}

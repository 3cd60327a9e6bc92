import DatelineCore
import DatelineTUI
import Foundation
import GRDB

/// Keeps the browser's timeline spine (every incident's rowid, flags, date and regions, in
/// timeline order) as one row of the `timeline` table, so that opening the browser reads a few
/// MB instead of scanning 400k incident rows. Refreshed at the end of each index update: only
/// the day groups an update touched are read again (`TimelineSpineSplice`).
///
/// Layout: `data` holds little-endian arrays back to back: rowids (Int64 × n), flags (UInt8 × n),
/// time index (Int32 × n), region starts (Int32 × (n + 1)), region ids (Int32 × k); `times` is
/// one `granularity start end` line per distinct date, `regions` one name per line; `stamp` is
/// the largest incident rowid when it was written.
///
/// Kept incident rows never change content, so the incidents changed since the spine was
/// written are those above its largest rowid, and those deleted, which a trigger logs in
/// `timeline_deleted` (a rowid freed at the top can be taken again: it is in the log).
public enum TimelineSpineStore {
    /// The stored columns with, per position, the incident's rowid. Refreshing works on these
    /// alone: the browser's derived tables (`TimelineSpine`) are built only when it opens.
    public struct Loaded: Sendable {
        public var spine: Columns
        public var rowids: [Int64]

        init(spine: Columns, rowids: [Int64]) {
            self.spine = spine
            self.rowids = rowids
        }

        init(_ b: TimelineSpine.Builder, rowids: [Int64]) {
            self.init(spine: Columns(flags: b.flags, timeIndex: b.timeIndex, times: b.times, regionStart: b.regionStart,
                                     regionIDs: b.regionIDs, regionNames: b.regionNames), rowids: rowids)
        }
    }

    /// `TimelineSpine`'s stored columns.
    public struct Columns: Sendable {
        public var flags: [UInt8]
        public var timeIndex: [Int32]
        public var times: [TimeValue]
        public var regionStart: [Int32]
        public var regionIDs: [Int32]
        public var regionNames: [String]

        public var count: Int { flags.count }
        public func time(_ i: Int) -> TimeValue { times[Int(timeIndex[i])] }

        public func timelineSpine() -> TimelineSpine {
            TimelineSpine(flags: flags, timeIndex: timeIndex, times: times, regionStart: regionStart, regionIDs: regionIDs, regionNames: regionNames)
        }
    }

    public enum Refresh: Equatable {
        case unchanged
        /// Only these day groups were read again.
        case spliced(groups: Int)
        case full
    }

    static func maxRowid(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM incidents") ?? 0
    }

    /// The stored spine's stamp when it still describes the incidents.
    static func isCurrent(_ db: Database, stamp: String?) throws -> Bool {
        guard let stamp, stamp == String(try maxRowid(db)) else { return false }
        return try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM timeline_deleted)")!
    }

    /// Brings the stored spine up to date with the incidents.
    @discardableResult
    public static func refresh(_ pool: DatabasePool) throws -> Refresh {
        let current = try pool.read { db in
            try isCurrent(db, stamp: String.fetchOne(db, sql: "SELECT stamp FROM timeline WHERE name = 'spine'"))
        }
        guard !current else { return .unchanged }
        return try pool.write { db in
            // Under the write lock: the incidents cannot change between reading and storing.
            var how = Refresh.full
            var loaded: Loaded?
            if let row = try Row.fetchOne(db, sql: "SELECT stamp, data, times, regions FROM timeline WHERE name = 'spine'"),
               let oldMax = Int64(row["stamp"] as String),
               let old = decode(row["data"], times: row["times"], regions: row["regions"]),
               let spliced = try TimelineSpineSplice.apply(db, to: old, previousMaxRowid: oldMax) {
                loaded = spliced.loaded
                how = .spliced(groups: spliced.groups)
            }
            let spine = try loaded ?? compute(db)
            try db.execute(sql: """
                INSERT INTO timeline(name, stamp, data, times, regions) VALUES ('spine', ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET stamp = excluded.stamp, data = excluded.data, times = excluded.times, regions = excluded.regions
                """, arguments: [String(try maxRowid(db)), encode(spine), times(spine.spine.times),
                                 spine.spine.regionNames.joined(separator: "\n")])
            try db.execute(sql: "DELETE FROM timeline_deleted")
            return how
        }
    }

    /// The stored spine when current, else one computed from the incidents (not stored: the
    /// reader may be read-only).
    public static func load(_ db: Database) throws -> Loaded {
        if let row = try Row.fetchOne(db, sql: "SELECT stamp, data, times, regions FROM timeline WHERE name = 'spine'"),
           try isCurrent(db, stamp: row["stamp"]),
           let loaded = decode(row["data"], times: row["times"], regions: row["regions"]) {
            return loaded
        }
        return try compute(db)
    }

    /// Reads every incident's ordering columns (the `incidents_timeline` covering index).
    static func compute(_ db: Database) throws -> Loaded {
        var builder = TimelineSpine.Builder()
        var rowids: [Int64] = []
        var reader = RowReader()
        let rows = try Row.fetchCursor(db, sql: "SELECT \(RowReader.columns) FROM incidents ORDER BY \(IndexSchema.timelineOrder)")
        while let row = try rows.next() { try reader.append(row, to: &builder, rowids: &rowids) }
        return Loaded(builder, rowids: rowids)
    }

    /// Turns incident rows (`columns`, in that order) into spine entries; dates and region
    /// lists repeat across incidents, so each distinct text is parsed once.
    struct RowReader {
        static let columns = "rowid, background, undated, timeStart, timeEnd, granularity, regions"
        private var timeByKey: [String: TimeValue] = [:]
        private var regionsByText: [String: [String]] = [:]

        mutating func append(_ row: Row, to builder: inout TimelineSpine.Builder, rowids: inout [Int64]) throws {
            let start: String = row[3], end: String = row[4], granularity: String = row[5]
            let key = start + end + granularity
            let time: TimeValue
            if let t = timeByKey[key] { time = t } else {
                guard let s = CalendarDate(iso: start), let e = CalendarDate(iso: end), let g = Granularity(rawValue: granularity) else {
                    throw IndexError.damaged("incident \(row[0] as Int64) has an unreadable date")
                }
                time = TimeValue(start: s, end: e, granularity: g)
                timeByKey[key] = time
            }
            let text: String = row[6]
            let regions: [String]
            if let r = regionsByText[text] { regions = r } else {
                regions = IndexSchema.regions(fromColumn: text)
                regionsByText[text] = regions
            }
            rowids.append(row[0])
            builder.append(background: row[1], undated: row[2], time: time, regions: regions)
        }
    }

    // MARK: Encoding

    static func times(_ times: [TimeValue]) -> String {
        times.map { "\($0.granularity.rawValue) \($0.start.iso) \($0.end.iso)" }.joined(separator: "\n")
    }

    static func encode(_ loaded: Loaded) -> Data {
        let s = loaded.spine
        var data = Data()
        data.reserveCapacity(16 + s.count * 17 + s.regionIDs.count * 4 + 4)
        func append<T: FixedWidthInteger>(_ values: [T]) {
            #if _endian(little)
            values.withUnsafeBytes { data.append(contentsOf: $0) }
            #else
            values.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
            #endif
        }
        append([Int64(s.count), Int64(s.regionIDs.count)])
        append(loaded.rowids)
        append(s.flags)
        append(s.timeIndex)
        append(s.regionStart)
        append(s.regionIDs)
        return data
    }

    static func decode(_ data: Data, times: String, regions: String) -> Loaded? {
        var offset = 0
        func read<T: FixedWidthInteger>(_ count: Int, as: T.Type) -> [T]? {
            let bytes = count * MemoryLayout<T>.size
            guard count >= 0, offset + bytes <= data.count else { return nil }
            var out = [T](repeating: 0, count: count)
            out.withUnsafeMutableBytes { dst in
                data.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + bytes])) }
            }
            offset += bytes
            #if _endian(little)
            return out
            #else
            return out.map { T(littleEndian: $0) }
            #endif
        }
        guard let header = read(2, as: Int64.self) else { return nil }
        let n = Int(header[0]), k = Int(header[1])
        guard let rowids = read(n, as: Int64.self), let flags = read(n, as: UInt8.self), let timeIndex = read(n, as: Int32.self),
              let regionStart = read(n + 1, as: Int32.self), let regionIDs = read(k, as: Int32.self), offset == data.count else { return nil }
        var timeValues: [TimeValue] = []
        for line in times.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let g = Granularity(rawValue: String(parts[0])), let s = CalendarDate(iso: String(parts[1])),
                  let e = CalendarDate(iso: String(parts[2])) else { return nil }
            timeValues.append(TimeValue(start: s, end: e, granularity: g))
        }
        let names = IndexSchema.regions(fromColumn: regions)
        // A damaged row must not crash the browser: check every index before trusting it.
        let t = UInt32(timeValues.count), r = UInt32(names.count)
        guard timeIndex.allSatisfy({ UInt32(bitPattern: $0) < t }), regionIDs.allSatisfy({ UInt32(bitPattern: $0) < r }),
              regionStart.first == 0, regionStart.last.map({ Int($0) == k }) ?? false else { return nil }
        for i in 0..<n where regionStart[i] > regionStart[i + 1] { return nil }
        let spine = Columns(flags: flags, timeIndex: timeIndex, times: timeValues, regionStart: regionStart, regionIDs: regionIDs,
                            regionNames: names)
        return Loaded(spine: spine, rowids: rowids)
    }
}

import DatelineCore
import DatelineTUI
import Foundation
import GRDB

/// `dateline list` straight from the index: the incidents that pass a filter, in timeline
/// order, a row at a time. The date, regions and headline are columns; the two flags the row
/// shows are picked out of the stored JSON by SQLite only for rows that pass; passages are read
/// only for a search, and then only for incidents FTS5 cannot rule out (`IncidentTextSearch`).
public struct IndexListing {
    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Calls `each` with the summary of every incident `filter` keeps, in timeline order (as
    /// `filter.apply(model.incidents)`).
    public func rows(_ filter: IncidentFilter, _ each: (IncidentSummary) throws -> Void) throws {
        try database.pool.read { db in
            let search = filter.search.flatMap { $0.isEmpty ? nil : $0 }
            let candidates = try search.flatMap { try IncidentTextSearch.candidates(db, containing: $0) }
            // Both flags in one integer: a single value is the cheapest fetch per row.
            let flags = try db.cachedStatement(sql: """
                SELECT (coalesce(json_extract(CAST(json AS TEXT), '$.regionsFromContext'), 0) != 0)
                       | ((coalesce(json_array_length(CAST(json AS TEXT), '$.disagreements'), 0) > 0) << 1)
                FROM incidents WHERE rowid = ?
                """)
            // Few distinct region lists and dates among many incidents: each is split or parsed once.
            var regionLists: [String: [String]] = [:]
            // The region test (names compared case-insensitively, per row) is decided once per
            // distinct list, the rest of the filter per row.
            let regionFilter = IncidentFilter(regions: filter.regions, includeBackground: true)
            var rest = filter
            rest.regions = []
            var regionVerdicts: [String: Bool] = [:]
            var days: [String: CalendarDate] = [:]
            func day(_ text: String) -> CalendarDate? {
                if let known = days[text] { return known }
                let parsed = CalendarDate(iso: text)
                days[text] = parsed
                return parsed
            }
            let passages = try db.cachedStatement(sql: """
                SELECT json_extract(value, '$.span.text') FROM incidents, json_each(CAST(incidents.json AS TEXT), '$.mentions')
                WHERE incidents.rowid = ?
                """)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, id, timeStart, timeEnd, granularity, basis, background, undated, regions, headline, sources FROM incidents
                \(filter.includeBackground ? "" : "WHERE background = 0") ORDER BY \(IndexSchema.timelineOrder)
                """)
            while let row = try rows.next() {
                let rowid: Int64 = row[0]
                if let candidates, !candidates.contains(rowid) { continue }
                guard let start = day(row[2]), let end = day(row[3]), let g = Granularity(rawValue: row[4]),
                      let basis = DateBasis(rawValue: row[5]) else {
                    throw IndexError.damaged("incident \(rowid) has an unreadable date")
                }
                let time = TimeValue(start: start, end: end, granularity: g)
                let background: Bool = row[6], undated: Bool = row[7], headline: String = row[9]
                let column: String = row[8]
                let regions = regionLists[column] ?? IndexSchema.regions(fromColumn: column)
                if regionLists.count < 10_000 { regionLists[column] = regions }
                if !filter.regions.isEmpty {
                    let verdict = regionVerdicts[column] ?? regionFilter.matches(background: false, undated: false, time: time, regions: regions,
                                                                                 headline: "", passages: { [String]() })
                    if regionVerdicts.count < 10_000 { regionVerdicts[column] = verdict }
                    if !verdict { continue }
                }
                guard try rest.matches(background: background, undated: undated, time: time, regions: regions, headline: headline,
                                         passages: { try String.fetchAll(passages, arguments: [rowid]) }) else { continue }
                guard let flag = try Int.fetchOne(flags, arguments: [rowid]) else { continue }
                try each(IncidentSummary(id: row[1], time: time, basis: basis, background: background, undated: undated, regions: regions,
                                         regionsFromContext: flag & 1 != 0, headline: headline, sourceCount: row[10],
                                         disagrees: flag & 2 != 0))
            }
        }
    }

    /// The number of background incidents (which `list` hides without `--background`).
    public func backgroundCount() throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE background = 1") ?? 0 }
    }
}

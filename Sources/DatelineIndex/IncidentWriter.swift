import DatelineCore
import Foundation
import GRDB

/// Re-clusters the cached mentions and rewrites only the incidents whose content changed
/// (an incident row is identified by its JSON: an unchanged incident keeps its row).
struct IncidentWriter {
    let pipeline: Pipeline

    func recluster(_ pool: DatabasePool, info: CorpusInfo) throws -> (written: Int, deleted: Int) {
        let decoder = JSONDecoder()
        let (mentions, articles) = try pool.read { db -> ([Mention], [Article]) in
            let mentions = try Data.fetchAll(db, sql: "SELECT json FROM mentions ORDER BY file, ordinal")
                .map { try decoder.decode(Mention.self, from: $0) }
            // The builder needs only ids, outlets and publication dates.
            let articles = try Row.fetchAll(db, sql: "SELECT id, outlet, published FROM articles ORDER BY file").map { row in
                Article(id: row["id"], outlet: row["outlet"], published: (row["published"] as String?).flatMap { CalendarDate(iso: $0) }, body: "")
            }
            return (mentions, articles)
        }
        let incidents = pipeline.incidents(from: mentions, info: info, articles: articles)
        let encoded = try incidents.map { ($0, try ArticleStore.encoder.encode($0)) }
        return try pool.write { db in
            var existing: [Data: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rowid, json FROM incidents") {
                existing[row["json"], default: []].append(row["rowid"])
            }
            var written = 0
            for (incident, json) in encoded {
                if var rows = existing[json], !rows.isEmpty {
                    rows.removeLast()
                    existing[json] = rows
                    continue
                }
                try insert(db, incident, json)
                written += 1
            }
            var deleted = 0
            for rows in existing.values {
                for rowid in rows {
                    try db.execute(sql: "DELETE FROM incidents WHERE rowid = ?", arguments: [rowid])
                    deleted += 1
                }
            }
            return (written, deleted)
        }
    }

    static func precision(_ g: Granularity) -> Int {
        switch g { case .day: 0; case .week: 1; case .month: 2; case .interval: 3; case .year: 4 }
    }

    private func insert(_ db: Database, _ incident: Incident, _ json: Data) throws {
        try db.execute(sql: """
            INSERT INTO incidents(id, background, timeStart, timeEnd, granularity, precision, basis, type, regions, headline, sources, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [incident.id, incident.background, incident.time.start.iso, incident.time.end.iso,
                             incident.time.granularity.rawValue, Self.precision(incident.time.granularity), incident.basis.rawValue,
                             incident.type, incident.regions.joined(separator: "\n"), incident.headline, incident.sourceCount, json])
        let rowid = db.lastInsertedRowID
        let figure = try db.cachedStatement(sql: "INSERT INTO figures(incident, articleID, quantity, value, upper, unit, qualifier, phrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for m in incident.mentions {
            for f in m.figures {
                try figure.execute(arguments: [rowid, m.articleID, f.quantity, f.value, f.upper, f.unit, f.qualifier, f.phrase])
            }
        }
    }
}

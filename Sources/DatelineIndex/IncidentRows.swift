import DatelineCore
import Foundation
import GRDB

/// Writes the incidents of a re-clustering, in as many calls as the caller likes (a full
/// clustering writes part by part): an old incident whose content (JSON digest) is unchanged
/// keeps its row, others are inserted, and each mention row is linked to its incident. `finish`
/// deletes the old incidents not kept and records the statistics the clustering used.
struct IncidentRows {
    private let old: Set<Int64>
    private var byDigest: [String: [Int64]] = [:]
    private var kept: Set<Int64> = []
    /// Every row is new (a first build): the headline index and the incidents' and figures'
    /// indexes are built once at the end instead of one insertion per row (a full clustering
    /// writes part by part, out of timeline order: inserting into the order indexes then landed
    /// all over them).
    private let bulk: Bool
    /// The `CREATE INDEX` statements dropped for a bulk write, as the schema spells them.
    private var droppedIndexes: [String] = []
    private(set) var written = 0

    /// `digestsOfAll`: read the digests in one pass over the table (when `old` is most of it).
    init(_ db: Database, replacing old: Set<Int64>, bulk: Bool, digestsOfAll: Bool = false) throws {
        self.old = old
        if digestsOfAll {
            let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, digest FROM incidents")
            while let row = try cursor.next() {
                let rowid: Int64 = row[0]
                if old.contains(rowid), let d: String = row[1] { byDigest[d, default: []].append(rowid) }
            }
        } else {
            let digestOf = try db.cachedStatement(sql: "SELECT digest FROM incidents WHERE rowid = ?")
            for rowid in old { if let d = try String.fetchOne(digestOf, arguments: [rowid]) { byDigest[d, default: []].append(rowid) } }
        }
        self.bulk = bulk
        if bulk {
            try db.execute(sql: "DROP TRIGGER IF EXISTS incidents_ai")
            // Partial indexes (stale incidents) stay: new rows do not enter them.
            let indexes = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name IN ('incidents', 'figures') AND sql IS NOT NULL AND sql NOT LIKE '% WHERE %'
                """)
            for index in indexes {
                droppedIndexes.append(index[1])
                try db.execute(sql: "DROP INDEX \(index[0] as String)")
            }
        }
    }

    /// Writes `incidents`; `rowids` says which stored mention each of their mentions is
    /// (identical mentions: in turn) and is emptied as they are linked.
    mutating func write(_ incidents: [Incident], rowids: inout [Mention: [Int64]], _ db: Database) throws {
        let link = try db.cachedStatement(sql: "UPDATE mentions SET incident = ? WHERE rowid = ?")
        let unstale = try db.cachedStatement(sql: "UPDATE incidents SET stale = 0 WHERE rowid = ?")
        for incident in incidents {
            // Encoded one at a time: the JSON of every incident at once is the corpus again.
            let json = try ArticleStore.encoder.encode(incident)
            let digest = ContentHash.hex(json)
            let rowid: Int64
            if var rows = byDigest[digest], let reuse = rows.popLast() {
                // Same content (the JSON holds every mention): keep the row.
                byDigest[digest] = rows
                rowid = reuse
                kept.insert(reuse)
                try unstale.execute(arguments: [reuse])
            } else {
                rowid = try IncidentWriter.insert(db, incident, json, digest)
                written += 1
            }
            for m in incident.mentions { if let member = rowids[m]?.popLast() { try link.execute(arguments: [rowid, member]) } }
        }
    }

    /// Deletes the old incidents not kept; returns how many.
    func finish(_ db: Database, mentionCount n: Int) throws -> Int {
        if bulk {
            try db.execute(sql: "INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')")
            try db.execute(sql: IndexSchema.incidentsInsertTrigger)
            for sql in droppedIndexes { try db.execute(sql: sql) }
        }
        var deleted = 0
        let delete = try db.cachedStatement(sql: "DELETE FROM incidents WHERE rowid = ?")
        for rowid in old where !kept.contains(rowid) {
            try delete.execute(arguments: [rowid])
            deleted += 1
        }
        // Zero counts first: afterwards they would no longer differ from `clustered`.
        try db.execute(sql: "DELETE FROM keys WHERE \(IndexSchema.pendingKeys) AND count = 0")
        try db.execute(sql: "UPDATE keys SET clustered = count WHERE \(IndexSchema.pendingKeys)")
        try IndexDatabase.setMeta(db, "clusteredN", String(n))
        return deleted
    }
}

import DatelineCore
import Foundation
import GRDB

/// Brings the incidents up to date with the cached mentions.
///
/// **Local** (the usual case on a large corpus): clustering decomposes over the connected
/// components of the graph of linked mentions (`MentionLinker`), so only the components that
/// contain a *dirty* mention are clustered again, with the corpus-wide statistics:
/// - mentions that belong to no incident yet (new or re-extracted);
/// - every mention of an incident that lost a mention (`incidents.stale`);
/// - every mention in a posting list whose bucketed IDF or whose eligibility to propose pairs
///   (length ≤ `maximumPostings`) changed since the last clustering.
/// Any other mention keeps the same pair scores with every other such mention, and its old
/// incident lies outside the re-clustered components, so keeping it equals a rebuild. The
/// components are found by a search from the dirty mentions through the postings.
///
/// **Full** (`FullClustering`, part by part): when the statistics are exact (small corpora: every
/// change moves every IDF), when the bucketed mention count moved, when the anchor changed, or
/// when the dirty part is large. Either way incidents whose content is unchanged keep their rows
/// (`IncidentRows`).
struct IncidentWriter {
    let pipeline: Pipeline
    /// Above this share of dirty mentions, cluster everything (it is faster).
    var fullAbove = 0.3

    struct Result {
        var written = 0
        var deleted = 0
        var mentions = 0
        var local = false
        var phases: [(name: String, seconds: Double)] = []
    }

    private struct Stored {
        var rowid: Int64
        var mention: Mention
    }

    func recluster(_ pool: DatabasePool, info: CorpusInfo, forceFull: Bool) throws -> Result {
        var result = Result()
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            result.phases.append((name, Double(now - clock) / 1e9))
            clock = now
        }
        let decoder = JSONDecoder()
        let maximumPostings = pipeline.maximumPostings

        // What changed since the last clustering: only the posting lists whose length moved
        // (`keys_pending`), never the whole `keys` table.
        let state = try pool.read { db -> (n: Int, dirty: [Int64]?) in
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0
            let clusteredN = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'clusteredN'").flatMap { Int($0) }
            guard !forceFull, let clusteredN, pipeline.quantizesStatistics(mentionCount: n),
                  pipeline.quantizesStatistics(mentionCount: clusteredN),
                  CorpusStatistics.bucket(n) == CorpusStatistics.bucket(clusteredN) else { return (n, nil) }
            var changedKeys: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT key, count, clustered FROM keys WHERE \(IndexSchema.pendingKeys)") {
                let key: String = row[0], count: Int = row[1], clustered: Int = row[2]
                let idfMoved = !key.hasPrefix("#") && CorpusStatistics.bucket(count) != CorpusStatistics.bucket(clustered)
                if idfMoved || (count <= maximumPostings) != (clustered <= maximumPostings) { changedKeys.append(key) }
            }
            var dirty = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM mentions WHERE incident IS NULL"))
            dirty.formUnion(try Int64.fetchAll(db, sql: """
                SELECT m.rowid FROM incidents i JOIN mentions m ON m.incident = i.rowid WHERE i.stale = 1
                """))
            let byKey = try db.cachedStatement(sql: "SELECT mention FROM postings WHERE key = ?")
            for key in changedKeys { dirty.formUnion(try Int64.fetchAll(byKey, arguments: [key])) }
            return (n, dirty.sorted())
        }
        lap("dirty set")

        guard let dirty = state.dirty, Double(dirty.count) <= fullAbove * Double(max(state.n, 1)) else {
            let full = try FullClustering(pipeline: pipeline).run(pool, info: info, mentionCount: state.n)
            result.written = full.written
            result.deleted = full.deleted
            result.mentions = state.n
            result.phases += full.phases
            return result
        }
        var (part, counts) = try component(pool, from: dirty, n: state.n, anchor: info.anchor, decoder: decoder)
        result.local = true
        result.mentions = part.count
        lap("components")

        let mentions = part.map(\.mention)
        // The builder needs only the ids, outlets and publication dates of the part's articles.
        let articleIDs = Set(mentions.map(\.articleID))
        let articles = try pool.read { db in
            let rows: [Row]
            if articleIDs.count <= 5000 {
                let ids = Array(articleIDs)
                rows = try Row.fetchAll(db, sql: "SELECT \(ArticleStore.builderColumns) FROM articles WHERE id IN (\(SQLList.placeholders(ids.count))) ORDER BY file",
                                        arguments: StatementArguments(ids))
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT \(ArticleStore.builderColumns) FROM articles ORDER BY file")
            }
            return rows.filter { articleIDs.contains($0["id"]) }.map(ArticleStore.builderArticle)
        }
        let incidents = pipeline.incidents(fromPart: mentions, postingCounts: counts, mentionCount: state.n, info: info, articles: articles)
        lap("cluster")

        // Which stored mention each incident's mentions are (identical mentions: in turn).
        var rowids: [Mention: [Int64]] = [:]
        for stored in part.reversed() { rowids[stored.mention, default: []].append(stored.rowid) }
        part = []
        let written = try pool.write { db -> (Int, Int) in
            // Old incidents to replace: those of the re-clustered mentions, and stale ones.
            var old = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM incidents WHERE stale = 1"))
            let of = try db.cachedStatement(sql: "SELECT incident FROM mentions WHERE rowid = ?")
            for list in rowids.values { for rowid in list { if let i = try Int64.fetchOne(of, arguments: [rowid]) { old.insert(i) } } }
            var rows = try IncidentRows(db, replacing: old, bulk: old.isEmpty && !incidents.isEmpty)
            try rows.write(incidents, rowids: &rowids, db)
            return (rows.written, try rows.finish(db, mentionCount: state.n))
        }
        result.written = written.0
        result.deleted = written.1
        lap("write incidents")
        return result
    }

    /// The union of the connected components (of linked mentions) that contain `seeds`, in
    /// corpus order, with the corpus-wide posting counts of their keys. Counts are read per key
    /// as the search reaches it (the whole `keys` table is large at 100k articles). Even a
    /// component of 118k mentions (a generator whose words percolated) was cheaper than a full
    /// clustering (82 s against about 180 s at 100k), so there is no size limit.
    private func component(_ pool: DatabasePool, from seeds: [Int64], n: Int, anchor: CalendarDate?,
                           decoder: JSONDecoder) throws -> ([Stored], [String: Int]) {
        let maximumPostings = pipeline.maximumPostings
        return try pool.read { db in
            let one = try db.cachedStatement(sql: "SELECT file, ordinal, json FROM mentions WHERE rowid = ?")
            let postings = try db.cachedStatement(sql: "SELECT mention FROM postings WHERE key = ?")
            let countOf = try db.cachedStatement(sql: "SELECT count FROM keys WHERE key = ?")
            var counts: [String: Int] = [:]
            /// Counts read since the linker last learned.
            var unlearned: [String: Int] = [:]
            var cache: [Int64: (file: String, ordinal: Int, mention: Mention, keys: Set<String>)] = [:]
            func load(_ rowid: Int64) throws -> (file: String, ordinal: Int, mention: Mention, keys: Set<String>) {
                if let hit = cache[rowid] { return hit }
                guard let row = try Row.fetchOne(one, arguments: [rowid]) else { throw IndexError.damaged("mention \(rowid) is missing") }
                let mention = try decoder.decode(Mention.self, from: row[2] as Data)
                let keys = Set(Pipeline.postingKeys(of: mention))
                for key in keys where counts[key] == nil {
                    let count = try Int.fetchOne(countOf, arguments: [key]) ?? 0
                    counts[key] = count
                    unlearned[key] = count
                }
                let value = (row[0] as String, row[1] as Int, mention, keys)
                cache[rowid] = value
                return value
            }
            // The linker holds the statistics of the keys loaded so far and learns the ones each
            // searched mention brings (the whole table is not read; rebuilding the linker per mention was
            // quadratic in the component's size).
            var linker = pipeline.linker(postingCounts: [:], mentionCount: n, anchor: anchor)
            var listCache: [String: [Int64]] = [:]
            var visited = Set(seeds)
            var queue = seeds
            while let rowid = queue.popLast() {
                let this = try load(rowid)
                var candidates: [Int64] = []
                for key in this.keys where (counts[key] ?? 0) <= maximumPostings {
                    let list: [Int64]
                    if let hit = listCache[key] { list = hit } else {
                        list = try Int64.fetchAll(postings, arguments: [key])
                        listCache[key] = list
                    }
                    candidates += list
                }
                var seen: Set<Int64> = [rowid]
                candidates = candidates.filter { !visited.contains($0) && seen.insert($0).inserted }
                for other in candidates { _ = try load(other) }
                if !unlearned.isEmpty {
                    linker.learn(postingCounts: unlearned)
                    unlearned.removeAll(keepingCapacity: true)
                }
                for other in candidates where linker.linked(this.mention, key: rowid, try load(other).mention, key: other) {
                    visited.insert(other)
                    queue.append(other)
                }
            }
            var partCounts: [String: Int] = [:]
            let part = try visited.map { rowid -> (String, Int, Stored) in
                let v = try load(rowid)
                for key in v.keys { partCounts[key] = counts[key] }
                return (v.file, v.ordinal, Stored(rowid: rowid, mention: v.mention))
            }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            return (part, partCounts)
        }
    }

    static func precision(_ g: Granularity) -> Int {
        switch g { case .day: 0; case .week: 1; case .month: 2; case .interval: 3; case .year: 4 }
    }

    static func insert(_ db: Database, _ incident: Incident, _ json: Data, _ digest: String) throws -> Int64 {
        let row = try db.cachedStatement(sql: """
            INSERT INTO incidents(id, background, undated, timeStart, timeEnd, granularity, precision, basis, type, regions, headline, sources, digest, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try row.execute(arguments: [incident.id, incident.background, incident.undated, incident.time.start.iso, incident.time.end.iso,
                             incident.time.granularity.rawValue, Self.precision(incident.time.granularity), incident.basis.rawValue,
                             incident.type, IndexSchema.regionsColumn(incident.regions), incident.headline, incident.sourceCount, digest, json])
        let rowid = db.lastInsertedRowID
        let figure = try db.cachedStatement(sql: "INSERT INTO figures(incident, articleID, quantity, value, upper, unit, qualifier, phrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for m in incident.mentions {
            for f in m.figures {
                try figure.execute(arguments: [rowid, m.articleID, f.quantity, f.value, f.upper, f.unit, f.qualifier, f.phrase])
            }
        }
        return rowid
    }
}

import DatelineCore
import Foundation
import GRDB

/// Clusters every mention of the index, part by part, without holding the corpus.
///
/// Clustering decomposes over the connected components of the linked graph (`MentionLinker`),
/// so the mentions are split first from integers alone (`MentionComponents`: each pair-proposing
/// posting list, streamed from `postings`, joins its members), parts above `splitAbove` mentions
/// into their linked components (those mentions profiled once). Then a batch of parts at a time
/// is read, clustered with the corpus-wide statistics and written. Holding every decoded mention,
/// with its profile, pair scores and incident, took 3.2 GB at 100k articles. The incidents equal
/// those of one whole-corpus clustering (`Pipeline.incidentsByComponent` is tested against it);
/// their rows come in batch order rather than timeline order, which no reader relies on.
struct FullClustering {
    let pipeline: Pipeline
    /// Parts above this many mentions are split into linked components before clustering.
    var splitAbove = 2048
    /// Parts are clustered together until a batch has this many mentions: one call per part
    /// would cost a similarity and a builder per singleton.
    var batchSize = 4096
    /// Rowids of a batch at most this far apart are read with one range scan (skipping the rows
    /// between costs less than a lookup).
    var rangeGap: Int64 = 32

    struct Result {
        var written = 0
        var deleted = 0
        var phases: [(name: String, seconds: Double)] = []
    }

    func run(_ pool: DatabasePool, info: CorpusInfo, mentionCount n: Int) throws -> Result {
        var result = Result()
        var clock = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { clock = now }
            return Double(now - clock) / 1e9
        }
        let decoder = JSONDecoder()
        return try pool.write { db in
            // Mentions by their index in corpus order (the clusterer's order).
            let order = try Int64.fetchAll(db, sql: "SELECT rowid FROM mentions ORDER BY file, ordinal")
            var index: [Int64: Int32] = [:]
            index.reserveCapacity(order.count)
            for (i, rowid) in order.enumerated() { index[rowid] = Int32(i) }
            var counts: [String: Int] = [:]
            let keyRows = try Row.fetchCursor(db, sql: "SELECT key, count FROM keys")
            while let row = try keyRows.next() { counts[row[0]] = row[1] }

            var components = MentionComponents(count: order.count)
            try forEachProposingList(db, index: index) { components.join(list: $0) }
            var parts = components.parts()
            let large = Dictionary(uniqueKeysWithValues: parts.indices.filter { parts[$0].count > splitAbove }.map { (components.find(parts[$0][0]), $0) })
            result.phases.append(("parts", elapsed()))

            if !large.isEmpty {
                // Lists are read again for the large parts only (keeping all of them would be
                // every posting of the corpus).
                var lists: [Int: [[Int32]]] = [:]
                try forEachProposingList(db, index: index) { list in
                    if let p = large[components.find(list[0])] { lists[p, default: []].append(list) }
                }
                let one = try db.cachedStatement(sql: "SELECT json FROM mentions WHERE rowid = ?")
                var split: [Int: [[Int32]]] = [:]
                for (_, p) in large {
                    split[p] = try pipeline.linkedComponents(of: parts[p], lists: lists[p] ?? [], mention: { i in
                        guard let json = try Data.fetchOne(one, arguments: [order[Int(i)]]) else { throw IndexError.damaged("mention \(order[Int(i)]) is missing") }
                        return try decoder.decode(Mention.self, from: json)
                    }, postingCounts: counts, mentionCount: n, anchor: info.anchor)
                    lists[p] = nil
                }
                parts = parts.indices.flatMap { split[$0] ?? [parts[$0]] }
                result.phases.append(("split parts", elapsed()))
            }

            // The builder needs only the ids, outlets and publication dates (the first article
            // of an id, as in `Pipeline.incidents`).
            var articles: [String: Article] = [:]
            let articleRows = try Row.fetchCursor(db, sql: "SELECT \(ArticleStore.builderColumns) FROM articles ORDER BY file")
            while let row = try articleRows.next() {
                let id: String = row["id"]
                if articles[id] == nil { articles[id] = ArticleStore.builderArticle(row) }
            }
            let old = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM incidents"))
            var rows = try IncidentRows(db, replacing: old, bulk: old.isEmpty, digestsOfAll: true)
            var seconds = (read: 0.0, cluster: 0.0, write: elapsed())

            let range = try db.cachedStatement(sql: "SELECT rowid, json FROM mentions WHERE rowid BETWEEN ? AND ?")
            var batch: [Int32] = []
            func flush() throws {
                batch.sort()
                // Read by ranges of nearby rowids: a range scan reads pages in order, where a
                // lookup per row descends the tree each time.
                var slot: [Int64: Int] = [:]
                for (k, i) in batch.enumerated() { slot[order[Int(i)]] = k }
                let wanted = slot.keys.sorted()
                var read: [Mention?] = Array(repeating: nil, count: batch.count)
                var start = 0
                while start < wanted.count {
                    var end = start
                    while end + 1 < wanted.count && wanted[end + 1] - wanted[end] <= rangeGap { end += 1 }
                    let rows = try Row.fetchCursor(range, arguments: [wanted[start], wanted[end]])
                    while let row = try rows.next() {
                        if let k = slot[row[0]] { read[k] = try decoder.decode(Mention.self, from: row[1] as Data) }
                    }
                    start = end + 1
                }
                var mentions: [Mention] = []
                mentions.reserveCapacity(batch.count)
                var partCounts: [String: Int] = [:]
                var ids: Set<String> = []
                for (k, m) in read.enumerated() {
                    guard let m else { throw IndexError.damaged("mention \(order[Int(batch[k])]) is missing") }
                    for key in Pipeline.postingKeys(of: m) { partCounts[key] = counts[key] ?? 0 }
                    ids.insert(m.articleID)
                    mentions.append(m)
                }
                seconds.read += elapsed()
                let incidents = pipeline.incidents(fromPart: mentions, postingCounts: partCounts, mentionCount: n, info: info,
                                                   articles: ids.compactMap { articles[$0] })
                seconds.cluster += elapsed()
                // Which stored mention each incident's mentions are (identical mentions: in turn).
                var rowids: [Mention: [Int64]] = [:]
                for (i, m) in zip(batch, mentions).reversed() { rowids[m, default: []].append(order[Int(i)]) }
                try rows.write(incidents, rowids: &rowids, db)
                seconds.write += elapsed()
                batch.removeAll(keepingCapacity: true)
            }
            for part in parts {
                batch += part
                if batch.count >= batchSize { try flush() }
            }
            if !batch.isEmpty { try flush() }
            result.deleted = try rows.finish(db, mentionCount: n)
            result.written = rows.written
            seconds.write += elapsed()
            result.phases += [("read mentions", seconds.read), ("cluster", seconds.cluster), ("write incidents", seconds.write)]
            return result
        }
    }

    /// Calls `body` with each posting list that proposes pairs (length ≤ `maximumPostings`), as
    /// mention indices, streamed from `postings` a key at a time.
    private func forEachProposingList(_ db: Database, index: [Int64: Int32], _ body: ([Int32]) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT k.key, p.mention FROM keys k JOIN postings p ON p.key = k.key WHERE k.count <= ? ORDER BY k.key
            """, arguments: [pipeline.maximumPostings])
        var key: String?
        var list: [Int32] = []
        while let row = try rows.next() {
            let k: String = row[0]
            if k != key {
                if !list.isEmpty { try body(list) }
                list.removeAll(keepingCapacity: true)
                key = k
            }
            if let i = index[row[1]] { list.append(i) }
        }
        if !list.isEmpty { try body(list) }
    }
}

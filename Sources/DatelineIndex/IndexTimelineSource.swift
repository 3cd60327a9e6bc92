import DatelineCore
import DatelineTUI
import Foundation
import GRDB

/// The browser's timeline read lazily from the index: the spine at open, then row summaries for
/// the rows on screen (a block at a time), the selected incident, and articles when opened, each
/// kept in a small cache so that scrolling inside a block does not query. Search uses FTS5.
public final class IndexTimelineSource: TimelineSource, @unchecked Sendable {
    let database: IndexDatabase
    public let corpus: CorpusInfo
    public let spine: TimelineSpine
    /// Incident rowid at each position.
    let rowids: [Int64]
    static let summaryLimit = 4096
    static let detailLimit = 64
    static let articleLimit = 32

    // Mutable caches, behind the lock (the state is a value shared with the renderer).
    private let lock = NSLock()
    private var summaryCache: [Int: IncidentSummary] = [:]
    private var detailCache: [(position: Int, value: IncidentDetail)] = []
    private var passageCache: [(position: Int, value: [Int: DetailPassage])] = []
    private var articleCache: [(id: String, article: Article?)] = []
    private var sentenceCache: [(id: String, sentences: [Sentence])] = []
    private var positionByRowid: [Int64: Int]?
    private var readError: String?

    /// Opens on an index that is up to date (`CorpusIndex.update` first).
    public init(database: IndexDatabase, corpus: CorpusInfo) throws {
        self.database = database
        self.corpus = corpus
        let loaded = try database.pool.read { try TimelineSpineStore.load($0) }
        spine = loaded.spine.timelineSpine()
        rowids = loaded.rowids
    }

    /// The last read error, for the status line (reads do not throw).
    public var lastError: String? {
        lock.lock(); defer { lock.unlock() }
        return readError
    }

    /// FTS5 over 400k incidents' sentences takes tens of milliseconds for a short prefix:
    /// the `/` prompt searches on Enter.
    public var searchesAsYouType: Bool { false }

    private func read<T>(_ fallback: T, _ body: (Database) throws -> T) -> T {
        do {
            return try database.pool.read(body)
        } catch {
            readError = "\(error)"
            return fallback
        }
    }

    // MARK: Rows

    public func summaries(at positions: [Int]) -> [IncidentSummary] {
        lock.lock(); defer { lock.unlock() }
        // The caller asks for whole blocks of rows around the screen (`TimelineView`): only
        // the ones not read yet are read, in one query.
        let missing = positions.filter { summaryCache[$0] == nil && rowids.indices.contains($0) }
        if !missing.isEmpty {
            if summaryCache.count + missing.count > Self.summaryLimit { summaryCache.removeAll(keepingCapacity: true) }
            for (p, s) in zip(missing, fetchSummaries(missing.map { rowids[$0] })) { summaryCache[p] = s }
        }
        return positions.map { summaryCache[$0] ?? Self.unreadable }
    }

    static let unreadable = IncidentSummary(id: "", time: .day(CalendarDate(year: 1970, month: 1, day: 1)!), basis: .reported,
                                            background: false, undated: true, regions: [], regionsFromContext: false,
                                            headline: "(unreadable incident)", sourceCount: 0, disagrees: false)

    /// One query for the block; the JSON is only parsed (in SQLite) for two small fields.
    private func fetchSummaries(_ ids: [Int64]) -> [IncidentSummary?] {
        read(ids.map { _ in nil }) { db in
            var byRowid: [Int64: IncidentSummary] = [:]
            for chunk in SQLList.chunks(ids) {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT rowid, id, timeStart, timeEnd, granularity, basis, background, undated, regions, headline, sources,
                           json_extract(CAST(json AS TEXT), '$.regionsFromContext'),
                           json_array_length(CAST(json AS TEXT), '$.disagreements')
                    FROM incidents WHERE rowid IN (\(SQLList.placeholders(chunk.count)))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    guard let start = CalendarDate(iso: row[2]), let end = CalendarDate(iso: row[3]),
                          let g = Granularity(rawValue: row[4]), let basis = DateBasis(rawValue: row[5]) else { continue }
                    let regions: String = row[8]
                    byRowid[row[0]] = IncidentSummary(
                        id: row[1], time: TimeValue(start: start, end: end, granularity: g), basis: basis, background: row[6],
                        undated: row[7], regions: IndexSchema.regions(fromColumn: regions),
                        regionsFromContext: (row[11] as Bool?) ?? false, headline: row[9], sourceCount: row[10],
                        disagrees: ((row[12] as Int?) ?? 0) > 0)
                }
            }
            return ids.map { byRowid[$0] }
        }
    }

    // MARK: Selected incident

    public func detail(at position: Int) -> IncidentDetail? {
        lock.lock(); defer { lock.unlock() }
        if let hit = Self.take(position, from: &detailCache) { return hit }
        guard rowids.indices.contains(position) else { return nil }
        let detail: IncidentDetail? = read(nil) { [rowids] db in try IncidentDetailReader.detail(db, incident: rowids[position]) }
        if let detail { Self.keep(detail, at: position, in: &detailCache) }
        return detail
    }

    public func passages(at position: Int, _ indices: [Int]) -> [DetailPassage?] {
        lock.lock(); defer { lock.unlock() }
        guard rowids.indices.contains(position) else { return indices.map { _ in nil } }
        var cached = Self.take(position, from: &passageCache) ?? [:]
        let missing = indices.filter { cached[$0] == nil }
        if !missing.isEmpty {
            let read: [Int: DetailPassage] = read([:]) { [rowids] db in try IncidentDetailReader.passages(db, incident: rowids[position], missing) }
            cached.merge(read) { a, _ in a }
        }
        Self.keep(cached, at: position, in: &passageCache)
        return indices.map { cached[$0] }
    }

    /// Least recently used first: going back to an incident (the top of the timeline, the one
    /// just left) finds it here.
    private static func take<T>(_ position: Int, from cache: inout [(position: Int, value: T)]) -> T? {
        guard let i = cache.firstIndex(where: { $0.position == position }) else { return nil }
        let hit = cache.remove(at: i)
        cache.append(hit)
        return hit.value
    }

    private static func keep<T>(_ value: T, at position: Int, in cache: inout [(position: Int, value: T)]) {
        cache.removeAll { $0.position == position }
        cache.append((position, value))
        if cache.count > detailLimit { cache.removeFirst() }
    }

    // MARK: Articles

    public func article(_ id: String) -> Article? {
        lock.lock(); defer { lock.unlock() }
        if let hit = articleCache.first(where: { $0.id == id }) { return hit.article }
        let article: Article? = read(nil) { db in
            try Data.fetchOne(db, sql: "SELECT json FROM articles WHERE id = ? ORDER BY file LIMIT 1", arguments: [id])
                .map { try JSONDecoder().decode(Article.self, from: $0) }
        }
        articleCache.append((id, article))
        if articleCache.count > Self.articleLimit { articleCache.removeFirst() }
        return article
    }

    /// The article's sentences (of the last file with the id, as `ModelReader` keys them).
    private func sentences(_ id: String) -> [Sentence] {
        if let hit = sentenceCache.first(where: { $0.id == id }) { return hit.sentences }
        let list: [Sentence] = read([]) { db in
            try Row.fetchAll(db, sql: """
                SELECT idx, paragraph, start, "end", kind, text FROM sentences
                WHERE file = (SELECT file FROM articles WHERE id = ? ORDER BY file DESC LIMIT 1) ORDER BY idx
                """, arguments: [id]).map(ArticleStore.sentence)
        }
        sentenceCache.append((id, list))
        if sentenceCache.count > Self.articleLimit { sentenceCache.removeFirst() }
        return list
    }

    public func citedSpans(inArticle id: String) -> [Range<Int>] {
        lock.lock(); defer { lock.unlock() }
        let sentences = sentences(id)
        let spans: [(Int, Int, Int)] = read([]) { db in
            try Row.fetchAll(db, sql: """
                SELECT sentenceIndex, start, "end" FROM mentions
                WHERE file IN (SELECT file FROM articles WHERE id = ?) AND articleID = ? AND incident IS NOT NULL
                """, arguments: [id, id]).map { ($0[0], $0[1], $0[2]) }
        }
        let ranges = Set(spans.map { ModelIndex.sentenceRange(sentenceIndex: $0.0, start: $0.1, end: $0.2, sentences: sentences) })
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    public func sentenceRange(of passage: DetailPassage) -> Range<Int> {
        lock.lock(); defer { lock.unlock() }
        return ModelIndex.sentenceRange(sentenceIndex: passage.sentenceIndex, start: passage.span.start, end: passage.span.end,
                                        sentences: sentences(passage.articleID))
    }

    // MARK: Search

    /// Incidents whose headline, or a sentence of one of their mentions, matches the words (the
    /// last one as a prefix), as positions.
    public func search(_ query: String) -> [Int] {
        guard let fts = IndexSearch.ftsQuery(query) else { return [] }
        lock.lock(); defer { lock.unlock() }
        let hits: Set<Int64> = read([]) { db in try IndexSearch.incidentRowids(db, headlines: fts, sentences: fts) }
        if positionByRowid == nil {
            var map: [Int64: Int] = [:]
            map.reserveCapacity(rowids.count)
            for (p, r) in rowids.enumerated() { map[r] = p }
            positionByRowid = map
        }
        return hits.compactMap { positionByRowid?[$0] }.sorted()
    }
}

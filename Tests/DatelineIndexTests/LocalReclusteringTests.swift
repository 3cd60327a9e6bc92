import DatelineCore
@testable import DatelineIndex
import Foundation
import GRDB
import XCTest

/// With bucketed statistics (what large corpora get), a change re-clusters only the components
/// it touches, and the result still equals a rebuild from scratch.
final class LocalReclusteringTests: XCTestCase {
    let p = Fixtures.quantized

    private func build(_ articles: Int, seed: UInt64 = 21) throws -> (TempCorpus, IndexDatabase) {
        let corpus = try TempCorpus(articles: articles, seed: seed)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        let first = try Fixtures.update(db, corpus, pipeline: p)
        XCTAssertFalse(first.localClustering, "the first build clusters everything")
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        return (corpus, db)
    }

    private func mentionCount(_ db: IndexDatabase) throws -> Int {
        try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mentions") ?? 0 }
    }

    func testChangedArticle() throws {
        let (corpus, db) = try build(60)
        let names = try corpus.names()
        for (i, index) in [5, 33, 59].enumerated() {
            try corpus.append("\nOfficials said on Tuesday that \(30 + i) drones were shot down and \(i + 2) people were wounded.\n", to: names[index])
            let summary = try Fixtures.update(db, corpus, pipeline: p)
            XCTAssertEqual(summary.changed, 1)
            try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
            if !summary.focusChanged {
                XCTAssertTrue(summary.localClustering, "\(summary)")
                XCTAssertLessThan(summary.reclusteredMentions, try mentionCount(db), "\(summary)")
            }
        }
    }

    func testRewrittenArticle() throws {
        let (corpus, db) = try build(60)
        let names = try corpus.names()
        // Replace an article's text by another article's (same events, other outlet's words).
        try Data(contentsOf: corpus.url(names[40])).write(to: corpus.url(names[12]))
        let summary = try Fixtures.update(db, corpus, pipeline: p)
        XCTAssertEqual(summary.changed, 1)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
    }

    func testAddedAndRemovedArticles() throws {
        let (corpus, db) = try build(60)
        let bigger = CorpusGenerator(articles: 66, seed: 21)
        for i in 60..<63 {
            let extra = bigger.article(i)
            try Data(extra.text.utf8).write(to: corpus.url(extra.name))
            let summary = try Fixtures.update(db, corpus, pipeline: p)
            XCTAssertEqual(summary.added, 1)
            try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        }
        let names = try corpus.names()
        for index in [0, 20] {
            try FileManager.default.removeItem(at: corpus.url(names[index]))
            let summary = try Fixtures.update(db, corpus, pipeline: p)
            XCTAssertEqual(summary.removed, 1)
            if !summary.focusChanged { XCTAssertEqual(summary.extracted, 0) }
            try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        }
    }

    func testLocalEqualsFullOnTheSameIndex() throws {
        let (corpus, db) = try build(50)
        let names = try corpus.names()
        try corpus.append("\nOn Aug. 8, 12 drones were shot down, officials said.\n", to: names[10])
        try FileManager.default.removeItem(at: corpus.url(names[30]))
        _ = try Fixtures.update(db, corpus, pipeline: p)
        let local = try ModelReader(database: db).model(corpus: corpus.folder)
        // Force a full re-clustering of the same state: same incidents.
        try db.pool.write { try IndexDatabase.setMeta($0, "clustered", "0") }
        let indexer = IncrementalIndexer(database: db, pipeline: p)
        indexer.forceFullClustering = true
        let full = try indexer.update(corpus: corpus.folder)
        XCTAssertFalse(full.localClustering)
        XCTAssertEqual(full.incidentsWritten, 0, "every incident of the local run is kept: \(full)")
        XCTAssertEqual(full.incidentsDeleted, 0)
        XCTAssertEqual(try Fixtures.encoded(local), try Fixtures.encoded(ModelReader(database: db).model(corpus: corpus.folder)))
    }

    func testInterruptedAfterExtractionStillReclustersWhatChanged() throws {
        let (corpus, db) = try build(40)
        let names = try corpus.names()
        try corpus.append("\nOn Aug. 9, 7 drones were shot down, officials said.\n", to: names[3])
        try corpus.append("\nOn Aug. 9, 7 drones were shot down, officials said.\n", to: names[4])
        let indexer = IncrementalIndexer(database: db, pipeline: p)
        indexer.localClusteringLimit = 1
        indexer.batchSize = 1
        indexer.stopAfter = 3  // both loaded, one extracted
        XCTAssertThrowsError(try indexer.update(corpus: corpus.folder))
        let resumed = try Fixtures.update(db, corpus, pipeline: p)
        XCTAssertEqual(resumed.added + resumed.changed, 0)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
    }

    func testEveryMentionLinksToItsIncident() throws {
        let (corpus, db) = try build(30)
        try corpus.append("\nOn Aug. 9, 7 drones were shot down, officials said.\n", to: try corpus.names()[2])
        _ = try Fixtures.update(db, corpus, pipeline: p)
        let orphans = try db.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions m LEFT JOIN incidents i ON i.rowid = m.incident WHERE i.rowid IS NULL")
        }
        XCTAssertEqual(orphans, 0)
        let stale = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM incidents WHERE stale = 1") }
        XCTAssertEqual(stale, 0)
        let drift = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM keys WHERE count <> clustered") }
        XCTAssertEqual(drift, 0)
        // The posting counts match the mentions.
        let model = try ModelReader(database: db).model(corpus: corpus.folder)
        var expected: [String: Int] = [:]
        for incident in model.incidents { for m in incident.mentions { for k in Pipeline.postingKeys(of: m) { expected[k, default: 0] += 1 } } }
        let stored = try db.pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, count FROM keys").map { ($0[0] as String, $0[1] as Int) })
        }
        XCTAssertEqual(stored, expected)
    }
}

final class StaleIncidentTests: XCTestCase {
    /// An article naming no place leaves the corpus focus alone, so adding and removing it is a
    /// purely local change: removing it must re-cluster the incidents it had joined.
    func testRemovingAnArticleReclustersTheIncidentsItJoined() throws {
        let p = Fixtures.quantized
        let corpus = try TempCorpus(articles: 60, seed: 21)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus, pipeline: p)
        // Echo a drone report of the corpus without its places.
        var echoes: [String] = []
        for name in try corpus.names() {
            let text = try String(contentsOf: corpus.url(name), encoding: .utf8)
            guard let body = text.components(separatedBy: "\n\n").dropFirst().first(where: { $0.contains(" drones were reported") }),
                  let comma = body.firstIndex(of: ","),
                  let figure = body.components(separatedBy: ". ").last?.components(separatedBy: " drones were reported").first?
                    .split(separator: " ").last else { continue }
            echoes.append("\(body[..<comma]), air defences shot down \(figure) drones, officials said.")
            if echoes.count == 3 { break }
        }
        XCTAssertEqual(echoes.count, 3)
        let published = "2024-12-31"
        try ("---\noutlet: Wire\npublished: \(published)\n---\n" + echoes.joined(separator: "\n\n") + "\n")
            .write(to: corpus.url("zz-echo.md"), atomically: true, encoding: .utf8)
        let added = try Fixtures.update(db, corpus, pipeline: p)
        XCTAssertFalse(added.focusChanged, "\(added)")
        XCTAssertEqual(added.extracted, 1)
        XCTAssertTrue(added.localClustering, "\(added)")
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        let joined = try db.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM mentions m WHERE m.file <> 'zz-echo.md'
                AND m.incident IN (SELECT incident FROM mentions WHERE file = 'zz-echo.md')
                """) ?? 0
        }
        XCTAssertGreaterThan(joined, 0, "the echo merged with the reports it echoes")
        try FileManager.default.removeItem(at: corpus.url("zz-echo.md"))
        let removed = try Fixtures.update(db, corpus, pipeline: p)
        XCTAssertFalse(removed.focusChanged)
        XCTAssertTrue(removed.localClustering, "\(removed)")
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
    }
}

import DatelineCore
@testable import DatelineIndex
import Foundation
import GRDB
import XCTest

/// The index's full clustering reads, clusters and writes a batch of parts at a time: however
/// the parts are split and batched, the incidents are those of one whole-corpus clustering.
final class FullClusteringTests: XCTestCase {
    func testSplittingAndBatchingChangeNoIncident() throws {
        let p = Fixtures.quantized
        let corpus = try TempCorpus(articles: 60, seed: 5)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus, pipeline: p)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        let n = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mentions") ?? 0 }
        let info = CorpusLoader().corpusInfo(folder: corpus.folder).info

        // Every part split into linked components, tiny batches: every incident is found again
        // with the same content, so every row is kept.
        let again = try FullClustering(pipeline: p, splitAbove: 1, batchSize: 5).run(db.pool, info: info, mentionCount: n)
        XCTAssertTrue(again.phases.contains { $0.name == "split parts" }, "the split path ran")
        XCTAssertEqual(again.written, 0)
        XCTAssertEqual(again.deleted, 0)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)

        // From no incidents at all (a first build), with the same settings.
        let schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
        let before = try db.pool.read { try Row.fetchAll($0, sql: schema) }
        try db.pool.write { db in
            try db.execute(sql: "UPDATE mentions SET incident = NULL")
            try db.execute(sql: "DELETE FROM incidents")
        }
        let fresh = try FullClustering(pipeline: p, splitAbove: 1, batchSize: 5).run(db.pool, info: info, mentionCount: n)
        XCTAssertGreaterThan(fresh.written, 0)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: p)
        let orphans = try db.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions m LEFT JOIN incidents i ON i.rowid = m.incident WHERE i.rowid IS NULL")
        }
        XCTAssertEqual(orphans, 0, "every mention links to its incident")
        // The headline index was rebuilt from the rows, and its trigger is back.
        try db.pool.write { try $0.execute(sql: "INSERT INTO incidents_fts(incidents_fts) VALUES ('integrity-check')") }
        let trigger = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_ai'") }
        XCTAssertEqual(trigger, 1)
        // The indexes dropped for the bulk write are back as they were, and consistent.
        XCTAssertEqual(try db.pool.read { try Row.fetchAll($0, sql: schema) }, before)
        XCTAssertEqual(try db.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
    }
}

import DatelineCore
@testable import DatelineIndex
import Foundation
import Glibc
import GRDB
import XCTest

final class IncrementalIndexTests: XCTestCase {
    func testFirstBuildEqualsPipeline() throws {
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        let summary = try Fixtures.update(db, corpus)
        XCTAssertEqual(summary.added, 30)
        XCTAssertEqual(summary.extracted, 30)
        XCTAssertGreaterThan(summary.incidents, 10)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testNoChangeDoesNothing() throws {
        let corpus = try TempCorpus(articles: 12)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let again = try Fixtures.update(db, corpus)
        XCTAssertTrue(again.upToDate, "\(again)")
        // Touching a file without changing it re-reads nothing either.
        let name = try corpus.names()[3]
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: corpus.url(name).path)
        let touched = try Fixtures.update(db, corpus)
        XCTAssertTrue(touched.upToDate, "\(touched)")
    }

    func testChangedArticleIsReprocessedAloneAndEqualsRebuild() throws {
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let name = try corpus.names()[7]
        // A sentence naming no new place: the corpus focus stays, so one article is extracted.
        try corpus.append("\nOfficials said on Tuesday that 40 drones were shot down and 12 people were wounded.\n", to: name)
        let summary = try Fixtures.update(db, corpus)
        XCTAssertEqual(summary.changed, 1)
        XCTAssertEqual(summary.added + summary.removed, 0)
        if !summary.focusChanged { XCTAssertEqual(summary.extracted, 1) }
        XCTAssertTrue(summary.reclustered)
        XCTAssertLessThan(summary.incidentsWritten, summary.incidents, "unchanged incidents keep their rows")
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testAddedAndRemovedArticlesEqualRebuild() throws {
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        // Add: an article from a larger corpus of the same seed (it reports the same events).
        let extra = CorpusGenerator(articles: 33, seed: 11).article(31)
        try Data(extra.text.utf8).write(to: corpus.url(extra.name))
        var summary = try Fixtures.update(db, corpus)
        XCTAssertEqual(summary.added, 1)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
        // Remove two.
        let names = try corpus.names()
        try FileManager.default.removeItem(at: corpus.url(names[0]))
        try FileManager.default.removeItem(at: corpus.url(names[15]))
        summary = try Fixtures.update(db, corpus)
        XCTAssertEqual(summary.removed, 2)
        XCTAssertEqual(summary.extracted == 0, !summary.focusChanged)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
        let rows = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") }
        XCTAssertEqual(rows, 29)
    }

    func testBadFilesKeepTheirWarnings() throws {
        let corpus = try TempCorpus(articles: 5)
        try Data().write(to: corpus.url("empty.txt"))
        try Data([0, 1, 2, 0, 255]).write(to: corpus.url("binary.md"))
        try "---\ntitle: x\nno closing fence\n".write(to: corpus.url("broken.md"), atomically: true, encoding: .utf8)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
        let model = try ModelReader(database: db).model(corpus: corpus.folder)
        XCTAssertTrue(model.warnings.contains { $0.file == "empty.txt" })
        XCTAssertTrue(model.warnings.contains { $0.file == "binary.md" })
    }

    /// Hashing a changed file must not wait on a named pipe (nothing ever writes to it).
    func testANamedPipeIsSkippedNotWaitedOn() throws {
        let corpus = try TempCorpus(articles: 3)
        XCTAssertEqual(mkfifo(corpus.url("pipe.md").path, 0o644), 0)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let model = try ModelReader(database: db).model(corpus: corpus.folder)
        XCTAssertEqual(model.articles.count, 3)
        XCTAssertTrue(model.warnings.contains { $0.file == "pipe.md" && $0.message.contains("not a regular file") })
    }

    func testAnchorChangeReclusters() throws {
        let corpus = try TempCorpus(articles: 10)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        try "name: moved\nanchor: 2024-10-01\n".write(to: corpus.folder.appendingPathComponent("corpus.yml"), atomically: true, encoding: .utf8)
        let summary = try Fixtures.update(db, corpus)
        XCTAssertTrue(summary.reclustered)
        XCTAssertEqual(summary.extracted, 0)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testInterruptedIndexingIsCompletedByTheNextRun() throws {
        let corpus = try TempCorpus(articles: 20)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        let indexer = IncrementalIndexer(database: db, pipeline: Fixtures.pipeline)
        indexer.batchSize = 4
        indexer.stopAfter = 8
        XCTAssertThrowsError(try indexer.update(corpus: corpus.folder)) { error in
            guard case IndexError.interrupted = error else { return XCTFail("\(error)") }
        }
        // What was written is complete per file: two batches, with their hashes.
        let partial = try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files WHERE hash <> ''") }
        XCTAssertEqual(partial, 8)
        XCTAssertEqual(try db.meta("clustered"), "0")
        // Killed in the extraction phase this time.
        let second = IncrementalIndexer(database: db, pipeline: Fixtures.pipeline)
        second.batchSize = 4
        second.stopAfter = 16
        XCTAssertThrowsError(try second.update(corpus: corpus.folder))
        let resumed = try Fixtures.update(db, corpus)
        XCTAssertEqual(resumed.added, 0, "loaded files are not read again")
        XCTAssertTrue(resumed.reclustered)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testAnotherCorpusInTheSameFileStartsOver() throws {
        let a = try TempCorpus(articles: 6, seed: 1)
        let b = try TempCorpus(articles: 4, seed: 2)
        let db = try IndexDatabase.openStrict(at: a.indexURL)
        _ = try Fixtures.update(db, a)
        let summary = try IncrementalIndexer(database: db, pipeline: Fixtures.pipeline).update(corpus: b.folder)
        XCTAssertEqual(summary.added, 4)
        try Fixtures.assertIndexEqualsRebuild(db, b)
    }
}

import DatelineCore
@testable import DatelineIndex
import Foundation
import GRDB
import XCTest

final class IndexRobustnessTests: XCTestCase {
    private func asideFiles(_ corpus: TempCorpus) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.root.path).filter { $0.contains(".corrupt-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
    }

    func testGarbageFileIsMovedAsideAndRebuilt() throws {
        let corpus = try TempCorpus(articles: 6)
        try Data((0..<40_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: corpus.indexURL)
        var messages: [String] = []
        let db = try IndexRecovery.open(at: corpus.indexURL) { messages.append($0) }
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("moved it to"), messages[0])
        XCTAssertEqual(try asideFiles(corpus).count, 1)
        _ = try Fixtures.update(db, corpus)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testTruncatedIndexIsDetected() throws {
        let corpus = try TempCorpus(articles: 25)
        do {
            let db = try IndexDatabase.openStrict(at: corpus.indexURL)
            _ = try Fixtures.update(db, corpus)
            try db.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: corpus.indexURL.path)[.size] as? NSNumber).intValue
        XCTAssertGreaterThan(size, 100_000)
        let handle = try FileHandle(forWritingTo: corpus.indexURL)
        try handle.truncate(atOffset: UInt64(size / 3))
        try handle.close()
        XCTAssertThrowsError(try IndexDatabase.openStrict(at: corpus.indexURL))
        var messages: [String] = []
        let db = try IndexRecovery.open(at: corpus.indexURL) { messages.append($0) }
        XCTAssertEqual(messages.count, 1)
        _ = try Fixtures.update(db, corpus)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testForeignDatabaseIsNotUsed() throws {
        let corpus = try TempCorpus(articles: 3)
        do {
            let queue = try DatabaseQueue(path: corpus.indexURL.path)
            try queue.write { try $0.execute(sql: "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)") }
        }
        var messages: [String] = []
        let db = try IndexRecovery.open(at: corpus.indexURL) { messages.append($0) }
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("not a Dateline index"), messages[0])
        _ = try Fixtures.update(db, corpus)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    func testOtherFormatVersionIsRebuilt() throws {
        let corpus = try TempCorpus(articles: 3)
        do {
            let db = try IndexDatabase.openStrict(at: corpus.indexURL)
            try db.pool.write { try $0.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'format'") }
        }
        var messages: [String] = []
        _ = try IndexRecovery.open(at: corpus.indexURL) { messages.append($0) }
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("format"), messages[0])
    }

    func testHealthyIndexOpensSilently() throws {
        let corpus = try TempCorpus(articles: 3)
        _ = try IndexRecovery.open(at: corpus.indexURL) { XCTFail($0) }
        _ = try IndexRecovery.open(at: corpus.indexURL) { XCTFail($0) }
        XCTAssertEqual(try asideFiles(corpus).count, 0)
    }

    func testTwoConnectionsUpdateAndReadAtOnce() throws {
        let corpus = try TempCorpus(articles: 24)
        let first = try IndexDatabase.openStrict(at: corpus.indexURL)
        let second = try IndexDatabase.openStrict(at: corpus.indexURL)
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 3) { i in
            do {
                switch i {
                case 0: _ = try Fixtures.update(first, corpus)
                case 1: _ = try Fixtures.update(second, corpus)
                default:
                    for _ in 0..<20 { _ = try ModelReader(database: second).incidentCount(includeBackground: true) }
                }
            } catch { errors.add(error) }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        try Fixtures.assertIndexEqualsRebuild(first, corpus)
        try Fixtures.assertIndexEqualsRebuild(second, corpus)
        let mode = try first.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
    }

    func testFullTextSearch() throws {
        let corpus = try TempCorpus(articles: 20)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let search = IndexSearch(database: db)
        let hits = try search.sentences(matching: "independently verified")
        XCTAssertFalse(hits.isEmpty)
        for hit in hits { XCTAssertTrue(hit.text.lowercased().contains("independently verified"), hit.text) }
        // Prefix on the last word; operators in the text are not syntax.
        XCTAssertFalse(try search.sentences(matching: "evacuat").isEmpty)
        XCTAssertEqual(try search.sentences(matching: "zzzqqq"), [])
        XCTAssertEqual(try search.sentences(matching: "\"AND OR ( NEAR"), [])
        let model = try ModelReader(database: db).model(corpus: corpus.folder)
        let word = try XCTUnwrap(model.incidents.first?.headline.split(separator: " ").first { $0.count > 4 }).lowercased()
        let ids = try search.incidents(matching: String(word))
        XCTAssertFalse(ids.isEmpty)
        let byID = Dictionary(model.incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in ids { XCTAssertNotNil(byID[id]) }
        // Deleting an article takes its sentences out of the search.
        let name = hits[0].file
        try FileManager.default.removeItem(at: corpus.url(name))
        _ = try Fixtures.update(db, corpus)
        XCTAssertFalse(try search.sentences(matching: "independently verified", limit: 1000).contains { $0.file == name })
        // The first build fills the headline index in one go: it matches the table, and the
        // trigger is back for the incidents written since.
        try db.pool.write { db in
            try db.execute(sql: "INSERT INTO incidents_fts(incidents_fts) VALUES ('integrity-check')")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_ai'"), 1)
        }
        let latest = try ModelReader(database: db).model(corpus: corpus.folder)
        for incident in latest.incidents.prefix(5) {
            let word = incident.headline.split(separator: " ").first { $0.count > 5 && $0.allSatisfy(\.isLetter) }
            if let word { XCTAssertFalse(try search.incidents(matching: String(word)).isEmpty, String(word)) }
        }
    }

    func testWindowedReadsFollowTimelineOrder() throws {
        let corpus = try TempCorpus(articles: 20)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let reader = ModelReader(database: db)
        let model = try reader.model(corpus: corpus.folder)
        let all = try reader.incidents(offset: 0, limit: 10_000, includeBackground: true)
        XCTAssertEqual(all.map(\.id), model.incidents.map(\.id))
        XCTAssertEqual(try reader.incidents(offset: 5, limit: 3, includeBackground: true).map(\.id), Array(model.incidents.map(\.id)[5..<8]))
        XCTAssertEqual(try reader.incidentCount(), model.timeline.count)
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
}

final class FocusCodingTests: XCTestCase {
    func testStoredFocusRoundTrips() throws {
        let corpus = try TempCorpus(articles: 20)
        let pipeline = Fixtures.pipeline
        let loaded = try CorpusLoader().load(folder: corpus.folder)
        let focus = Pipeline.focus(loaded.articles.map { pipeline.firstPassPlaces(pipeline.segment($0)) })
        XCTAssertNotEqual(focus, GeoFocus.none, "generated articles name places")
        XCTAssertEqual(GeoFocus.decoded(focus.encoded()), focus)
        XCTAssertNil(GeoFocus.decoded(Data("{}".utf8)))
    }

    /// Killed after loading a file whose places changed, before extraction: the next run must
    /// not reuse the stored focus.
    func testInterruptedAfterLoadingRecomputesTheFocus() throws {
        let corpus = try TempCorpus(articles: 20)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let names = try corpus.names()
        try corpus.append("\nShelling hit Sudzha and Kharkiv and Pokrovsk on Tuesday, officials said.\n", to: names[2])
        let indexer = IncrementalIndexer(database: db, pipeline: Fixtures.pipeline)
        indexer.stopAfter = 1
        XCTAssertThrowsError(try indexer.update(corpus: corpus.folder))
        let resumed = try Fixtures.update(db, corpus)
        XCTAssertTrue(resumed.focusChanged, "\(resumed)")
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }
}

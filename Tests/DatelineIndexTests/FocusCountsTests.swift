import DatelineCore
@testable import DatelineIndex
import Foundation
import GRDB
import XCTest

/// The corpus focus from the index's place counts, and the quantised focus of large corpora.
final class FocusCountsTests: XCTestCase {
    private func firstPasses(_ corpus: TempCorpus) throws -> [[PlaceMention]] {
        let pipeline = Fixtures.pipeline
        return try CorpusLoader().load(folder: corpus.folder).articles.map { pipeline.firstPassPlaces(pipeline.segment($0)) }
    }

    private func countedFocus(_ db: IndexDatabase) throws -> GeoFocus? {
        try db.pool.read { try FocusCounts.counts($0) }.map { Pipeline.focus(counts: $0, quantizeAbove: .max) }
    }

    func testCountsGiveTheFocusOfTheFirstPassesAfterEditsAndRemovals() throws {
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        XCTAssertEqual(try countedFocus(db), Pipeline.focus(try firstPasses(corpus), quantizeAbove: .max))
        let names = try corpus.names()
        try corpus.append("\nShelling hit Sudzha and Kharkiv on Tuesday, officials said.\n", to: names[4])
        try FileManager.default.removeItem(at: corpus.url(names[9]))
        let summary = try Fixtures.update(db, corpus)
        XCTAssertTrue(summary.focusChanged, "\(summary)")
        XCTAssertEqual(try countedFocus(db), Pipeline.focus(try firstPasses(corpus), quantizeAbove: .max))
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    /// A place named in another article instead: the first passes change, the counts do not, so
    /// only the two articles are read again.
    func testMovedPlaceNameKeepsTheFocus() throws {
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        let names = try corpus.names()
        let sentence = "\nShelling hit Sudzha on Tuesday, officials said.\n"
        let original = try Data(contentsOf: corpus.url(names[5]))
        try corpus.append(sentence, to: names[5])
        _ = try Fixtures.update(db, corpus)
        try original.write(to: corpus.url(names[5]))
        try corpus.append(sentence, to: names[20])
        let summary = try Fixtures.update(db, corpus)
        XCTAssertFalse(summary.focusChanged, "\(summary)")
        XCTAssertEqual(summary.extracted, 2)
        try Fixtures.assertIndexEqualsRebuild(db, corpus)
    }

    /// An index made before the counts existed gets them from its stored first passes.
    func testMigrationCountsAnExistingIndex() throws {
        let corpus = try TempCorpus(articles: 12)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus)
        let expected = try countedFocus(db)
        try db.pool.write { try FocusCounts.rebuild($0) }
        XCTAssertEqual(try countedFocus(db), expected)
        XCTAssertNotNil(expected)
    }

    /// One more place name in a large corpus leaves the quantised focus as it was, while the
    /// exact focus moves; a small corpus keeps the exact focus.
    func testQuantisedFocusIgnoresOneMorePlaceName() throws {
        let corpus = try TempCorpus(articles: 60)
        let lists = try firstPasses(corpus)
        let large = Array(repeating: lists, count: 20).flatMap { $0 }
        XCTAssertGreaterThanOrEqual(large.reduce(0) { $0 + $1.count }, GeoFocus.defaultQuantizeAbove)
        let extra = try XCTUnwrap(lists.first { !$0.isEmpty })
        XCTAssertNotEqual(Pipeline.focus(large, quantizeAbove: .max), Pipeline.focus(large + [extra], quantizeAbove: .max))
        XCTAssertEqual(Pipeline.focus(large), Pipeline.focus(large + [extra]))
        XCTAssertEqual(Pipeline.focus(lists), Pipeline.focus(lists, quantizeAbove: .max), "below the threshold: exact")
        let q = Pipeline.focus(large)
        for share in Array(q.regionWeights.values) + Array(q.countryWeights.values) + q.anchors.map(\.weight) {
            XCTAssertEqual((share / GeoFocus.quantum).rounded(), share / GeoFocus.quantum, accuracy: 1e-9)
            XCTAssertGreaterThan(share, 0)
        }
    }

    /// With the quantised focus the index and a rebuild still agree, edits naming places included.
    func testQuantisedFocusIndexEqualsRebuild() throws {
        var pipeline = Fixtures.pipeline
        pipeline.quantizeFocusAbove = 0
        let corpus = try TempCorpus(articles: 30)
        let db = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(db, corpus, pipeline: pipeline)
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: pipeline)
        let names = try corpus.names()
        try corpus.append("\nShelling hit Sudzha and Kharkiv on Tuesday, officials said.\n", to: names[4])
        let summary = try Fixtures.update(db, corpus, pipeline: pipeline)
        XCTAssertEqual(summary.extracted, summary.focusChanged ? 30 : 1, "\(summary)")
        try Fixtures.assertIndexEqualsRebuild(db, corpus, pipeline: pipeline)
    }
}

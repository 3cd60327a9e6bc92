import DatelineCore
@testable import DatelineIndex
import Foundation
import XCTest

/// A generated corpus in a temporary folder, and helpers to compare models.
final class TempCorpus: Sendable {
    let root: URL
    let folder: URL
    let indexURL: URL

    init(articles: Int, seed: UInt64 = 11) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-index-tests-" + UUID().uuidString)
        folder = root.appendingPathComponent("corpus")
        indexURL = root.appendingPathComponent("index.sqlite")
        try CorpusGenerator(articles: articles, seed: seed).write(to: folder)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func names() throws -> [String] { try CorpusLoader().articleFileNames(in: folder) }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func append(_ text: String, to name: String) throws {
        let data = try Data(contentsOf: url(name)) + Data(text.utf8)
        try data.write(to: url(name))
    }
}

enum Fixtures {
    static let pipeline: Pipeline = try! Pipeline.bundled()
    /// Bucketed statistics from the first mention, so that small corpora take the local path.
    static let quantized: Pipeline = {
        var p = pipeline
        p.quantizeStatisticsAbove = 0
        return p
    }()

    static func encoded(_ model: EventModel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(model)
    }

    /// The index's model and a rebuild from scratch, as bytes.
    static func assertIndexEqualsRebuild(_ database: IndexDatabase, _ corpus: TempCorpus, pipeline: Pipeline = Fixtures.pipeline,
                                         file: StaticString = #filePath, line: UInt = #line) throws {
        let indexed = try ModelReader(database: database).model(corpus: corpus.folder)
        let rebuilt = try pipeline.build(corpusAt: corpus.folder)
        XCTAssertEqual(indexed.incidents.count, rebuilt.incidents.count, "incident count", file: file, line: line)
        XCTAssertEqual(indexed.incidents.map(\.id), rebuilt.incidents.map(\.id), "incident ids in order", file: file, line: line)
        XCTAssertTrue(indexed.articles == rebuilt.articles, "articles", file: file, line: line)
        XCTAssertEqual(indexed.warnings, rebuilt.warnings, "warnings", file: file, line: line)
        XCTAssertTrue(try encoded(indexed) == encoded(rebuilt), "the whole model, byte for byte", file: file, line: line)
    }

    static func update(_ database: IndexDatabase, _ corpus: TempCorpus, pipeline: Pipeline = Fixtures.pipeline) throws -> IncrementalIndexer.Summary {
        let indexer = IncrementalIndexer(database: database, pipeline: pipeline)
        indexer.localClusteringLimit = 1  // whenever the statistics allow it
        return try indexer.update(corpus: corpus.folder)
    }
}

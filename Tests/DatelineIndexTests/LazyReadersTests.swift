import DatelineCore
@testable import DatelineIndex
import DatelineTUI
import Foundation
import GRDB
import XCTest

/// What the commands read lazily from the index (`IndexListing`, `IncidentLookup`,
/// `IndexTallies`, the streamed exports) against the model built in memory, on a generated
/// corpus, before and after an incremental update.
final class LazyReadersTests: XCTestCase {
    private func indexed(_ corpus: TempCorpus) throws -> (IndexDatabase, EventModel) {
        let database = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(database, corpus)
        return (database, try Fixtures.pipeline.build(corpusAt: corpus.folder))
    }

    private func listed(_ database: IndexDatabase, _ filter: IncidentFilter) throws -> [IncidentSummary] {
        var rows: [IncidentSummary] = []
        try IndexListing(database: database).rows(filter) { rows.append($0) }
        return rows
    }

    private func assertListingsEqual(_ database: IndexDatabase, _ model: EventModel, _ filters: [IncidentFilter],
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        for filter in filters {
            let expected = filter.apply(model.incidents).map(IncidentSummary.init)
            XCTAssertEqual(try listed(database, filter), expected, "\(filter)", file: file, line: line)
        }
    }

    func testListingEqualsTheFilteredModel() throws {
        let corpus = try TempCorpus(articles: 40, seed: 5)
        let (database, model) = try indexed(corpus)
        let region = try XCTUnwrap(model.regionCounts.first?.region)
        let day = try XCTUnwrap(model.timeline.first { !$0.undated }?.time.start)
        let filters = [IncidentFilter(), IncidentFilter(includeBackground: true), IncidentFilter(regions: [String(region.prefix(4))]),
                       IncidentFilter(regions: ["nowhere"], includeBackground: true), IncidentFilter(from: day),
                       IncidentFilter(from: day, to: day, includeBackground: true), IncidentFilter(search: "")]
        XCTAssertFalse(try listed(database, IncidentFilter(from: day, to: day)).isEmpty, "a filter that keeps something")
        try assertListingsEqual(database, model, filters)
        XCTAssertEqual(try IndexListing(database: database).backgroundCount(), model.background.count)
    }

    /// Substrings of passages and headlines cut anywhere (inside words, across punctuation, in
    /// other cases): FTS5 only narrows, the result is the model's substring search.
    func testSearchFindsWhatTheSubstringSearchFinds() throws {
        let corpus = try TempCorpus(articles: 40, seed: 6)
        let (database, model) = try indexed(corpus)
        var generator = SplitMix64(seed: 9)
        var needles = ["", " ", "zzqx", "Курск", "e", "the"]
        let texts = model.incidents.flatMap { [$0.headline] + $0.mentions.map(\.span.text) }
        for _ in 0..<40 {
            let text = Array(texts[Int(generator.next() % UInt64(texts.count))])
            guard text.count > 2 else { continue }
            let start = Int(generator.next() % UInt64(text.count - 1))
            let length = 1 + Int(generator.next() % UInt64(min(14, text.count - start)))
            let needle = String(text[start..<start + length])
            needles.append(generator.next() % 2 == 0 ? needle : needle.uppercased())
        }
        try assertListingsEqual(database, model, needles.flatMap { [IncidentFilter(search: $0), IncidentFilter(search: $0, includeBackground: true)] })
        // A word of one incident's headline narrows the candidates to far fewer than all.
        let word = try XCTUnwrap(model.incidents.lazy.flatMap { $0.headline.split(separator: " ") }.first { $0.count > 8 && $0.allSatisfy(\.isLetter) })
        let candidates = try database.pool.read { try IncidentTextSearch.candidates($0, containing: String(word)) }
        let all = try database.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM incidents") ?? 0 }
        XCTAssertLessThan(try XCTUnwrap(candidates).count, all / 2, "'\(word)'")
        XCTAssertFalse(try listed(database, IncidentFilter(search: String(word), includeBackground: true)).isEmpty)
    }

    private func encoded(_ incident: Incident) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(incident)
    }

    func testLookupByIdPrefix() throws {
        let corpus = try TempCorpus(articles: 30, seed: 7)
        let (database, model) = try indexed(corpus)
        let lookup = IncidentLookup(database: database)
        for incident in model.incidents.prefix(20) {
            for id in [incident.id, String(incident.id.dropFirst(3)), String(incident.id.prefix(6)), String(incident.id.prefix(4))] {
                let matches = model.incidents.filter { $0.id.hasPrefix(id) || $0.id == "ev-" + id }
                switch try lookup.find(id) {
                case .none: XCTFail("\(id): nothing found")
                case .ambiguous(let count, let first):
                    XCTAssertEqual(count, matches.count, id)
                    XCTAssertEqual(first, matches.prefix(5).map(\.id), id)
                case .found(let found, let articles):
                    XCTAssertEqual(matches.count, 1, id)
                    XCTAssertEqual(try encoded(found), try encoded(matches[0]), id)
                    XCTAssertEqual(Set(articles.keys), Set(found.mentions.map(\.articleID)), id)
                    for (articleID, article) in articles { XCTAssertTrue(article == model.article(articleID), articleID) }
                }
            }
        }
        guard case .none = try lookup.find("ev-zzzz") else { return XCTFail("an id no incident has") }
        guard case .ambiguous(let count, _) = try lookup.find("") else { return XCTFail("the empty prefix") }
        XCTAssertEqual(count, model.incidents.count)
    }

    func testTalliesAndExportsEqualTheModelAfterAnUpdate() throws {
        let corpus = try TempCorpus(articles: 30, seed: 8)
        var (database, model) = try indexed(corpus)
        for round in 0..<2 {
            let tallies = IndexTallies(database: database)
            var rows: [IndexTallies.ArticleRow] = []
            try tallies.articles { rows.append($0) }
            var mentions: [String: Int] = [:]
            for incident in model.incidents { for m in incident.mentions { mentions[m.articleID, default: 0] += 1 } }
            XCTAssertEqual(rows, model.articles.map {
                IndexTallies.ArticleRow(id: $0.id, published: $0.published?.iso, publishedInferred: $0.publishedInferred,
                                        sentences: model.sentences[$0.id]?.count ?? 0, mentions: mentions[$0.id] ?? 0, outlet: $0.displayOutlet)
            }, "round \(round)")
            var regions: [String: Int] = [:], unnamed = 0
            try tallies.incidentRegions { _, names in
                if names.isEmpty { unnamed += 1 }
                for r in names { regions[r, default: 0] += 1 }
            }
            XCTAssertEqual(regions, Dictionary(uniqueKeysWithValues: model.regionCounts.map { ($0.region, $0.count) }))
            XCTAssertEqual(unnamed, model.incidents.filter { $0.regions.isEmpty }.count)

            let reader = ModelReader(database: database)
            var csv = ""
            let csvCount = try reader.exportCSV(corpus: corpus.folder) { csv += $0 }
            XCTAssertEqual(csv, CSVExport.text(model), "round \(round)")
            XCTAssertEqual(csvCount.incidents, model.incidents.count)
            var timelineJS = Data()
            let timelineCount = try reader.exportTimelineJS(corpus: corpus.folder) { timelineJS += $0 }
            XCTAssertEqual(timelineJS, try TimelineJSExport.data(model), "round \(round)")
            XCTAssertEqual(timelineCount.warnings, model.warnings)
            XCTAssertEqual(try reader.warnings(corpus: corpus.folder), model.warnings)

            // An article grows a passage: the index is updated, the model rebuilt.
            try corpus.append("\n\nOn Tuesday a drone struck a depot near Sudzha, officials said.\n", to: try corpus.names()[3])
            _ = try Fixtures.update(database, corpus)
            model = try Fixtures.pipeline.build(corpusAt: corpus.folder)
        }
    }
}

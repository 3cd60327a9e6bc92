import DatelineCore
@testable import DatelineIndex
import DatelineTUI
import Foundation
import GRDB
import XCTest

/// The browser on the index (lazy reads, FTS5) against the browser on the model in memory.
final class IndexTimelineSourceTests: XCTestCase {
    /// Keys that visit the timeline, the sources pane, an article, background and the region
    /// picker (no search prompt: the two sources search differently, see below).
    static let script: [Key] = [.char("j"), .char("j"), .char("j"), .tab, .char("l"), .char("j"), .enter, .char("n"), .char("q"),
                                .tab, .char("b"), .char("G"), .char("k"), .pageUp, .char("b"), .char("f"), .char("j"), .char(" "),
                                .enter, .char("j"), .char("o"), .char("q"), .char("F"), .char("g"), .pageDown, .char("o")]

    private func states(_ folder: URL, indexURL: URL, width: Int, height: Int) throws -> (BrowserState, BrowserState) {
        let database = try IndexDatabase.openStrict(at: indexURL)
        let indexer = IncrementalIndexer(database: database, pipeline: Fixtures.pipeline)
        _ = try indexer.update(corpus: folder)
        let model = try Fixtures.pipeline.build(corpusAt: folder)
        let source = try IndexTimelineSource(database: database, corpus: model.corpus)
        return (BrowserState(model: model, width: width, height: height), BrowserState(source: source, width: width, height: height))
    }

    private func assertSameScreens(_ folder: URL, indexURL: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        for (w, h) in [(160, 48), (80, 24)] {
            var (memory, index) = try states(folder, indexURL: indexURL, width: w, height: h)
            XCTAssertEqual(index.visible.count, memory.visible.count, file: file, line: line)
            XCTAssertTrue(BrowserView.render(index) == BrowserView.render(memory), "first frame at \(w)×\(h):\n\(BrowserView.render(index).text)",
                          file: file, line: line)
            for (i, key) in Self.script.enumerated() {
                memory.update(.key(key))
                index.update(.key(key))
                let a = BrowserView.render(memory), b = BrowserView.render(index)
                XCTAssertTrue(a == b, "after key \(i) (\(key.name)) at \(w)×\(h):\n\(a.text)\n--- index:\n\(b.text)", file: file, line: line)
                if a != b { return }
            }
        }
    }

    func testEmbeddedCorpusLooksTheSame() throws {
        let folder = try XCTUnwrap(CorpusLoader.embeddedCorpusURL)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-lazy-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        try assertSameScreens(folder, indexURL: root.appendingPathComponent("index.sqlite"))
    }

    func testGeneratedCorpusLooksTheSame() throws {
        let corpus = try TempCorpus(articles: 60, seed: 5)
        try assertSameScreens(corpus.folder, indexURL: corpus.indexURL)
    }

    /// What the index's detail picks out of the stored JSON (with SQLite) is what the model has,
    /// for every incident and every passage.
    /// Returns how many passages give figures and how many carry hedges (the test must see some).
    @discardableResult
    private func assertSameDetails(_ folder: URL, indexURL: URL, file: StaticString = #filePath, line: UInt = #line) throws -> (figures: Int, hedges: Int) {
        let (memory, index) = try states(folder, indexURL: indexURL, width: 80, height: 24)
        let model = (memory.source as! ModelSource).model
        var figures = 0, hedges = 0
        for (position, incident) in model.incidents.enumerated() {
            let a = try XCTUnwrap(memory.source.detail(at: position)), b = try XCTUnwrap(index.source.detail(at: position))
            XCTAssertEqual(b.incident.id, incident.id, file: file, line: line)
            XCTAssertEqual(b.incident, a.incident, file: file, line: line)
            XCTAssertTrue(b.incident.mentions.isEmpty, file: file, line: line)
            XCTAssertEqual(b.passageCount, incident.mentions.count, file: file, line: line)
            XCTAssertEqual(b.dating, a.dating, file: file, line: line)
            XCTAssertEqual(b.figureNotes, a.figureNotes, file: file, line: line)
            XCTAssertEqual(b.columns, a.columns, file: file, line: line)
            XCTAssertEqual(b.sources, a.sources, file: file, line: line)
            // Asked out of order and twice: answered in the order asked.
            let asked = Array(incident.mentions.indices.reversed()) + [0]
            let passages = index.source.passages(at: position, asked)
            XCTAssertEqual(passages, asked.map { DetailPassage(incident.mentions[$0]) }, file: file, line: line)
            XCTAssertEqual(index.source.passages(at: position, [incident.mentions.count]), [nil], file: file, line: line)
            figures += incident.mentions.filter { !$0.figures.isEmpty }.count
            hedges += incident.mentions.filter { !$0.attribution.hedges.isEmpty }.count
        }
        return (figures, hedges)
    }

    func testEmbeddedCorpusDetailsAreTheModels() throws {
        let folder = try XCTUnwrap(CorpusLoader.embeddedCorpusURL)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-lazy-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = try assertSameDetails(folder, indexURL: root.appendingPathComponent("index.sqlite"))
        XCTAssertGreaterThan(seen.figures, 0)
        XCTAssertGreaterThan(seen.hedges, 0)
    }

    func testGeneratedCorpusDetailsAreTheModels() throws {
        let corpus = try TempCorpus(articles: 60, seed: 5)
        XCTAssertGreaterThan(try assertSameDetails(corpus.folder, indexURL: corpus.indexURL).figures, 0)
    }

    /// A read that fails mid-session leaves empty rows, and the status line says why.
    func testFailedReadIsShownInTheStatusLine() throws {
        let corpus = try TempCorpus(articles: 20, seed: 3)
        let (_, index) = try states(corpus.folder, indexURL: corpus.indexURL, width: 120, height: 30)
        XCTAssertFalse(BrowserView.render(index).text.contains("index read failed"))
        let source = index.source as! IndexTimelineSource
        try source.database.pool.write { try $0.execute(sql: "DROP TABLE incidents") }
        var state = index
        state.update(.key(.char("G")))
        let text = BrowserView.render(state).text
        XCTAssertNotNil(source.lastError)
        XCTAssertTrue(text.contains("index read failed"), text)
    }

    /// Every region filter gives the same incidents, in the same order.
    func testRegionFilterThroughTheIndexEqualsInMemory() throws {
        let corpus = try TempCorpus(articles: 60, seed: 5)
        let (memory, index) = try states(corpus.folder, indexURL: corpus.indexURL, width: 80, height: 24)
        let model = (memory.source as! ModelSource).model
        XCTAssertEqual(index.regionCounts.map(\.region), memory.regionCounts.map(\.region))
        XCTAssertEqual(index.regionCounts.map(\.count), memory.regionCounts.map(\.count))
        XCTAssertGreaterThan(memory.regionCounts.count, 2)
        for (region, _) in memory.regionCounts {
            for background in [false, true] {
                let a = memory.spine.visible(showBackground: background, regions: [region]).map { model.incidents[$0].id }
                let b = index.source.summaries(at: index.spine.visible(showBackground: background, regions: [region])).map(\.id)
                XCTAssertEqual(a, b, "region \(region), background \(background)")
                XCTAssertFalse(a.isEmpty)
            }
        }
    }

    /// FTS5 finds every incident the substring search finds for a whole word (it may find more:
    /// it matches whole sentences, not only the passages).
    func testFullTextSearchFindsWhatSubstringSearchFinds() throws {
        let corpus = try TempCorpus(articles: 60, seed: 5)
        let (memory, index) = try states(corpus.folder, indexURL: corpus.indexURL, width: 80, height: 24)
        let model = (memory.source as! ModelSource).model
        var words = Set<String>()
        for incident in model.incidents.prefix(40) {
            for w in incident.headline.split(whereSeparator: { !$0.isLetter }) where w.count >= 5 { words.insert(w.lowercased()) }
        }
        XCTAssertGreaterThan(words.count, 5)
        for word in words.sorted() {
            let expected = Set(memory.source.search(word).map { model.incidents[$0].id })
            let found = Set(index.source.summaries(at: index.source.search(word)).map(\.id))
            XCTAssertFalse(expected.isEmpty, word)
            XCTAssertTrue(expected.isSubset(of: found), "'\(word)': missing \(expected.subtracting(found).sorted())")
        }
        XCTAssertTrue(index.source.search("zzqxv").isEmpty)
    }

    /// Search through the prompt: the index searches on Enter, then n/N move through the matches.
    func testSearchOnEnterSelectsTheFirstMatch() throws {
        let corpus = try TempCorpus(articles: 60, seed: 5)
        var (_, index) = try states(corpus.folder, indexURL: corpus.indexURL, width: 80, height: 24)
        let word = try XCTUnwrap(index.source.summaries(at: [index.visible[5]]).first?.headline
            .split(whereSeparator: { !$0.isLetter }).first { $0.count >= 5 }).lowercased()
        index.update(.key(.char("/")))
        for ch in word { index.update(.key(.char(ch))) }
        XCTAssertTrue(index.matches.isEmpty, "nothing searched before Enter")
        index.update(.key(.enter))
        XCTAssertFalse(index.matches.isEmpty)
        XCTAssertEqual(index.selected, index.matches.first)
        XCTAssertTrue(index.matches.contains(5))
        index.update(.key(.char("n")))
        XCTAssertEqual(index.selected, index.matches.count > 1 ? index.matches[1] : index.matches[0])
    }

    /// The stored spine is what a computation from the incidents gives, and follows updates.
    func testStoredSpineFollowsUpdates() throws {
        let corpus = try TempCorpus(articles: 30, seed: 3)
        let database = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(database, corpus)
        func check() throws {
            try database.pool.read { db in
                let stored = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT stamp, data, times, regions FROM timeline WHERE name = 'spine'"))
                XCTAssertTrue(try TimelineSpineStore.isCurrent(db, stamp: stored["stamp"]))
                let decoded = try XCTUnwrap(TimelineSpineStore.decode(stored["data"], times: stored["times"], regions: stored["regions"]))
                let computed = try TimelineSpineStore.compute(db)
                XCTAssertEqual(decoded.rowids, computed.rowids)
                XCTAssertEqual(decoded.spine.flags, computed.spine.flags)
                // Per incident (a spliced spine may keep unused dates and names in its tables).
                func regions(_ s: TimelineSpineStore.Columns) -> [[String]] {
                    (0..<s.count).map { i in s.regionIDs[Int(s.regionStart[i])..<Int(s.regionStart[i + 1])].map { s.regionNames[Int($0)] } }
                }
                XCTAssertEqual((0..<decoded.spine.count).map { decoded.spine.time($0) }, (0..<computed.spine.count).map { computed.spine.time($0) })
                XCTAssertEqual(regions(decoded.spine), regions(computed.spine))
                let ids = try String.fetchAll(db, sql: "SELECT id FROM incidents ORDER BY background, undated, timeStart, precision, basis = 'reported', sources DESC, id")
                let byRowid = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rowid, id FROM incidents").map { ($0[0] as Int64, $0[1] as String) })
                XCTAssertEqual(decoded.rowids.map { byRowid[$0]! }, ids)
            }
        }
        try check()
        let names = try corpus.names()
        try corpus.append("\nOfficials said on Tuesday that 40 drones were shot down over Sudzha and 12 people were wounded.\n",
                          to: names[4])
        let summary = try Fixtures.update(database, corpus)
        XCTAssertTrue(summary.incidentsWritten > 0, "\(summary)")
        try check()
        try FileManager.default.removeItem(at: corpus.url(names[9]))
        XCTAssertTrue(try Fixtures.update(database, corpus).incidentsDeleted > 0)
        try check()
    }

    /// Incidents replaced, removed and added (a rowid freed at the top taken again): the spine
    /// is spliced, reading only the touched day groups, and equals one computed from scratch.
    func testSplicedSpineEqualsComputed() throws {
        let corpus = try TempCorpus(articles: 40, seed: 8)
        let database = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(database, corpus)
        func assertSpliced(_ change: String) throws {
            try database.pool.write { try $0.execute(sql: change) }
            let how = try TimelineSpineStore.refresh(database.pool)
            guard case .spliced(let groups) = how else { return XCTFail("\(how) after \(change)") }
            XCTAssertGreaterThan(groups, 0)
            try database.pool.read { db in
                let stored = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT data, times, regions FROM timeline"))
                let spliced = try XCTUnwrap(TimelineSpineStore.decode(stored["data"], times: stored["times"], regions: stored["regions"]))
                let computed = try TimelineSpineStore.compute(db)
                XCTAssertEqual(spliced.rowids, computed.rowids, change)
                XCTAssertEqual(spliced.spine.flags, computed.spine.flags, change)
                XCTAssertEqual((0..<spliced.spine.count).map { spliced.spine.time($0) }, (0..<computed.spine.count).map { computed.spine.time($0) })
                XCTAssertEqual(spliced.spine.timelineSpine().regionCounts.map(\.region), computed.spine.timelineSpine().regionCounts.map(\.region))
                XCTAssertEqual(spliced.spine.timelineSpine().regionCounts.map(\.count), computed.spine.timelineSpine().regionCounts.map(\.count))
            }
        }
        XCTAssertEqual(try TimelineSpineStore.refresh(database.pool), .unchanged)
        let columns = "id, background, undated, timeStart, timeEnd, granularity, precision, basis, type, regions, headline, sources, digest, json"
        // An incident moved to another day and another region, under a new rowid.
        try assertSpliced("""
            INSERT INTO incidents(\(columns))
            SELECT id || 'x', background, undated, '2024-08-20', '2024-08-20', 'day', 0, basis, type, 'Sumy Oblast', headline, sources, digest, json
            FROM incidents WHERE background = 0 AND undated = 0 ORDER BY rowid LIMIT 1;
            DELETE FROM incidents WHERE rowid = (SELECT min(rowid) FROM incidents WHERE background = 0 AND undated = 0);
            """)
        // Two removed, one of them the top rowid, whose number the next insert takes again.
        try assertSpliced("DELETE FROM incidents WHERE rowid IN ((SELECT max(rowid) FROM incidents), (SELECT min(rowid) FROM incidents))")
        try assertSpliced("""
            INSERT INTO incidents(\(columns)) SELECT id || 'y', background, undated, timeStart, timeEnd, granularity, precision, basis, type,
            regions, headline, sources + 1, digest, json FROM incidents ORDER BY rowid LIMIT 1 OFFSET 3
            """)
    }

    /// A damaged spine row is not trusted.
    func testDamagedSpineIsRecomputed() throws {
        let corpus = try TempCorpus(articles: 12, seed: 3)
        let database = try IndexDatabase.openStrict(at: corpus.indexURL)
        _ = try Fixtures.update(database, corpus)
        try database.pool.write { db in
            try db.execute(sql: "UPDATE timeline SET data = substr(data, 1, length(data) - 3)")
        }
        try database.pool.read { db in
            let stored = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT data, times, regions FROM timeline"))
            XCTAssertNil(TimelineSpineStore.decode(stored["data"], times: stored["times"], regions: stored["regions"]))
            XCTAssertEqual(try TimelineSpineStore.load(db).rowids, try TimelineSpineStore.compute(db).rowids)
        }
    }
}

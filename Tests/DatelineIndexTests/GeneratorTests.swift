import DatelineCore
import Foundation
import XCTest

final class GeneratorTests: XCTestCase {
    func testSameSeedSameBytesOtherSeedOtherBytes() throws {
        let a = CorpusGenerator(articles: 50, seed: 3)
        let b = CorpusGenerator(articles: 50, seed: 3)
        let c = CorpusGenerator(articles: 50, seed: 4)
        for i in [0, 17, 49] {
            XCTAssertEqual(a.article(i).text, b.article(i).text)
            XCTAssertEqual(a.article(i).name, b.article(i).name)
        }
        XCTAssertNotEqual((0..<50).map { a.article($0).text }, (0..<50).map { c.article($0).text })
    }

    func testWrittenCorpusLoadsWithStructure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        try CorpusGenerator(articles: 40, seed: 9).write(to: folder)
        let loaded = try CorpusLoader().load(folder: folder)
        XCTAssertEqual(loaded.articles.count, 40)
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertNotNil(loaded.info.anchor)
        XCTAssertTrue(loaded.articles.allSatisfy { $0.published != nil && $0.outlet != nil && $0.title != nil })
        let text = loaded.articles.map(\.body).joined(separator: "\n")
        for form in ["Aug. 6", "Subscribe", "could not be independently verified"] { XCTAssertTrue(text.contains(form), form) }
        XCTAssertTrue(["Yesterday", "Last week", "On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "Last "].contains { text.contains($0) })
        // Several outlets report one incident: the model merges across articles.
        let model = try Pipeline.bundled().build(corpusAt: folder)
        XCTAssertTrue(model.incidents.contains { $0.sourceCount >= 2 })
        XCTAssertGreaterThan(Set(loaded.articles.compactMap(\.outlet)).count, 4)
    }

    /// The outlets reporting one generated incident share its made-up names and merge into one
    /// incident, so that the corpus clusters at any size.
    func testReportsOfOneGeneratedIncidentMerge() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = CorpusGenerator(articles: 60, seed: 5)
        try generator.write(to: folder)
        let model = try Pipeline.bundled().build(corpusAt: folder)
        // The incidents whose reports name each commander ("which named commander X of …").
        var incidentsOf: [String: Set<String>] = [:]
        var articlesOf: [String: Set<String>] = [:]
        for incident in model.incidents {
            for m in incident.mentions {
                guard let range = m.span.text.range(of: "named commander ") else { continue }
                let name = String(m.span.text[range.upperBound...].prefix { $0.isLetter })
                incidentsOf[name, default: []].insert(incident.id)
                articlesOf[name, default: []].insert(m.articleID)
            }
        }
        let reportedTwice = articlesOf.filter { $0.value.count >= 2 }.map(\.key)
        XCTAssertGreaterThan(reportedTwice.count, 5)
        let merged = reportedTwice.filter { incidentsOf[$0]?.count == 1 }
        XCTAssertGreaterThanOrEqual(Double(merged.count), 0.9 * Double(reportedTwice.count), "\(incidentsOf)")
        // Names are made up per incident: many distinct ones, the same for a seed.
        XCTAssertGreaterThan(Set(incidentsOf.keys).count, 15)
        XCTAssertEqual(generator.article(7).text, CorpusGenerator(articles: 60, seed: 5).article(7).text)
    }

    func testSplitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
    }
}

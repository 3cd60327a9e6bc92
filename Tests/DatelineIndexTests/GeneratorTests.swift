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

    func testSplitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
    }
}

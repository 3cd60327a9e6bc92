@testable import DatelineCore
import Foundation
import Testing

/// The index's full clustering goes part by part (`MentionComponents`, `linkedComponents`) so as
/// not to hold the corpus: the incidents must be those of one clustering of every mention.
@Suite struct ComponentClusteringTests {
    struct Corpus {
        let info: CorpusInfo
        let articles: [Article]
        let mentions: [Mention]
    }

    static func mentions(of folder: URL, pipeline: Pipeline) throws -> Corpus {
        let loaded = try CorpusLoader().load(folder: folder)
        let sentences = loaded.articles.map { pipeline.segment($0) }
        let focus = Pipeline.focus(sentences.map { pipeline.firstPassPlaces($0) }, quantizeAbove: pipeline.quantizeFocusAbove)
        let mentions = zip(loaded.articles, sentences).flatMap { pipeline.mentions(of: $0, sentences: $1, focus: focus) }
        return Corpus(info: loaded.info, articles: loaded.articles, mentions: mentions)
    }

    static let embedded: Corpus = try! mentions(of: CorpusLoader.embeddedCorpusURL!, pipeline: Pipeline.bundled())

    /// A generated corpus, clustered with bucketed statistics (as large corpora are).
    static let generated: (Pipeline, Corpus) = {
        var p = try! Pipeline.bundled()
        p.quantizeStatisticsAbove = 0
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-components-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        try! CorpusGenerator(articles: 120, seed: 7).write(to: folder)
        return (p, try! mentions(of: folder, pipeline: p))
    }()

    static func encoded(_ incidents: [Incident]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(incidents)
    }

    /// `splitAbove` 0: every part split into linked components; `Int.max`: posting-list parts only.
    @Test(arguments: [0, 40, Int.max])
    func embeddedCorpusPartByPartEqualsAllAtOnce(splitAbove: Int) throws {
        let p = try Pipeline.bundled(), c = Self.embedded
        let whole = p.incidents(from: c.mentions, info: c.info, articles: c.articles)
        let parts = p.incidentsByComponent(from: c.mentions, info: c.info, articles: c.articles, splitAbove: splitAbove)
        #expect(whole.count > 50)
        #expect(try Self.encoded(parts) == Self.encoded(whole))
    }

    @Test(arguments: [0, 40, Int.max])
    func generatedCorpusPartByPartEqualsAllAtOnce(splitAbove: Int) throws {
        let (p, c) = Self.generated
        let whole = p.incidents(from: c.mentions, info: c.info, articles: c.articles)
        let parts = p.incidentsByComponent(from: c.mentions, info: c.info, articles: c.articles, splitAbove: splitAbove)
        #expect(whole.count > 100)
        #expect(try Self.encoded(parts) == Self.encoded(whole))
    }

    /// Linked components from profiles made once equal those of `MentionLinker.linked` over every
    /// pair sharing a pair-proposing key, and split the posting-list parts (else the test above
    /// would not exercise splitting).
    @Test(arguments: [false, true])
    func linkedComponentsAreThoseOfTheLinker(generated: Bool) throws {
        let (p, c) = generated ? Self.generated : (try Pipeline.bundled(), Self.embedded)
        var counts: [String: Int] = [:]
        var lists: [String: [Int32]] = [:]
        for (i, m) in c.mentions.enumerated() {
            for key in Pipeline.postingKeys(of: m) {
                counts[key, default: 0] += 1
                lists[key, default: []].append(Int32(i))
            }
        }
        let proposing = lists.values.filter { $0.count <= p.maximumPostings }
        var byLists = MentionComponents(count: c.mentions.count)
        for list in proposing { byLists.join(list: list) }
        let all = Array(0..<Int32(c.mentions.count))
        let linked = p.linkedComponents(of: all, lists: proposing, mention: { c.mentions[Int($0)] },
                                        postingCounts: counts, mentionCount: c.mentions.count, anchor: c.info.anchor)

        var linker = p.linker(postingCounts: counts, mentionCount: c.mentions.count, anchor: c.info.anchor)
        var expected = MentionComponents(count: c.mentions.count)
        for list in proposing {
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where a != b {
                    if linker.linked(c.mentions[Int(a)], key: Int64(a), c.mentions[Int(b)], key: Int64(b)) { expected.join(a, b) }
                }
            }
        }
        #expect(linked == expected.parts())
        #expect(linked.count > byLists.parts().count)
        #expect(linked.contains { $0.count > 1 })
    }

    @Test func partsAreAscendingAndOrderedByFirstMember() {
        var c = MentionComponents(count: 6)
        c.join(list: [4, 1])
        c.join(5, 2)
        c.join(list: [2, 0])
        #expect(c.parts() == [[0, 2, 5], [1, 4], [3]])
    }
}

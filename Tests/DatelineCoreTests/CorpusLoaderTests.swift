import Foundation
import Testing
@testable import DatelineCore

/// A throwaway corpus folder for one test.
struct TemporaryCorpus {
    let url: URL

    init(_ files: [String: Data]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
    }

    init(text files: [String: String]) throws {
        try self.init(files.mapValues { Data($0.utf8) })
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite struct CorpusLoaderTests {
    let loader = CorpusLoader()

    @Test func readsFrontMatterFieldsAndKeepsTheBodyByteForByte() throws {
        let body = "Troops advanced on Monday.\nOfficials said so.\n"
        let corpus = try TemporaryCorpus(text: [
            "a.md": "---\ntitle: A title\noutlet: Example News\npublished: 2024-08-14T09:30:00Z\nurl: https://example.org/a\nlanguage: en\n---\n" + body,
            "corpus.yml": "name: Test corpus\nanchor: 2024-08-06\n",
        ])
        defer { corpus.remove() }
        let result = try loader.load(folder: corpus.url)
        #expect(result.warnings.isEmpty)
        #expect(result.info.name == "Test corpus")
        #expect(result.info.anchor == CalendarDate(year: 2024, month: 8, day: 6))
        let article = try #require(result.articles.first)
        #expect(article.id == "a")
        #expect(article.outlet == "Example News")
        #expect(article.published == CalendarDate(year: 2024, month: 8, day: 14))
        #expect(article.publishedInferred == false)
        #expect(article.body == body)
    }

    @Test func aMissingFolderOrNoArticlesIsAnError() throws {
        #expect(throws: CorpusError.self) { try loader.load(folder: URL(fileURLWithPath: "/nonexistent/dateline")) }
        let empty = try TemporaryCorpus(text: ["notes.csv": "a,b"])
        defer { empty.remove() }
        #expect(throws: CorpusError.self) { try loader.load(folder: empty.url) }
    }

    @Test func everyBadArticleIsAWarningNamingItAndTheRestStillLoad() throws {
        var files: [String: Data] = [
            "good.txt": Data("---\npublished: 2024-08-14\n---\nTroops advanced on Monday.".utf8),
            "empty.txt": Data(),
            "binary.txt": Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00]),
            "latin1.txt": Data("---\npublished: 2024-08-14\n---\nCaf".utf8) + Data([0xE9, 0x20, 0xFF]) + Data(" closed.".utf8),
            "badyaml.md": Data("---\npublished: 2024-08-14\ntitle: [unclosed\n---\nBody text here.".utf8),
            "baddate.md": Data("---\npublished: 2024-02-30\n---\nBody text here.".utf8),
            "unclosed.md": Data("---\npublished: 2024-08-14\nBody text without a closing fence.".utf8),
        ]
        files["utf16.txt"] = Data([0xFF, 0xFE]) + "---\npublished: 2024-08-14\n---\nWide text.".data(using: .utf16LittleEndian)!
        let corpus = try TemporaryCorpus(files)
        defer { corpus.remove() }
        let result = try loader.load(folder: corpus.url)
        let loaded = Set(result.articles.map(\.id))
        #expect(loaded == ["good", "latin1", "badyaml", "baddate", "unclosed", "utf16"])
        func warnings(_ file: String) -> [String] { result.warnings.filter { $0.file == file }.map(\.message) }
        #expect(warnings("empty.txt").first?.contains("empty") == true)
        #expect(warnings("binary.txt").first?.contains("binary") == true)
        #expect(warnings("latin1.txt").contains { $0.contains("UTF-8") })
        #expect(warnings("badyaml.md").contains { $0.contains("malformed front matter") && $0.contains("line") })
        #expect(warnings("baddate.md").contains { $0.contains("2024-02-30") })
        #expect(warnings("unclosed.md").contains { $0.contains("never closed") })
        #expect(warnings("good.txt").isEmpty)
        #expect(result.articles.first { $0.id == "latin1" }?.body.contains("\u{FFFD}") == true)
        #expect(result.articles.first { $0.id == "utf16" }?.body == "Wide text.")
    }

    @Test func crlfAndLoneCarriageReturnsBecomeNewlines() throws {
        let corpus = try TemporaryCorpus(text: ["a.txt": "---\r\npublished: 2024-08-14\r\n---\r\nOne line.\r\nTwo line.\rThree."])
        defer { corpus.remove() }
        let article = try #require(try loader.load(folder: corpus.url).articles.first)
        #expect(article.body == "One line.\nTwo line.\nThree.")
        #expect(article.published != nil)
    }

    @Test func anArticleWithoutADateIsWarnedAbout() throws {
        let corpus = try TemporaryCorpus(text: ["nodate.txt": "Troops advanced on Monday, officials said."])
        defer { corpus.remove() }
        let result = try loader.load(folder: corpus.url)
        #expect(result.articles.first?.published == nil)
        #expect(result.warnings.contains { $0.file == "nodate.txt" && $0.message.contains("no publication date") })
    }

    @Test func theEmbeddedCorpusIsBundled() throws {
        let url = try #require(CorpusLoader.embeddedCorpusURL)
        let result = try loader.load(folder: url)
        #expect(result.articles.count == 5)
        #expect(result.warnings.isEmpty)
        #expect(result.info.anchor?.iso == "2024-08-06")
        #expect(result.articles.allSatisfy { $0.published != nil && $0.outlet != nil })
    }
}

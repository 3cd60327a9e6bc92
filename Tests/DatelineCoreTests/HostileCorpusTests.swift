import Foundation
import Testing
@testable import DatelineCore

/// The hostile corpus (see `HostileCorpus`): every good article loads, each problem is one warning
/// naming its file, and memory stays bounded on the huge inputs.
@Suite("Hostile corpus", .serialized)
struct HostileCorpusTests {
    /// File → a phrase its one warning must contain. Files not listed must load without warnings.
    static let expectedWarnings: [String: String] = [
        "escapes.txt": "terminal control sequences",
        "c1-controls.txt": "terminal control sequences",
        "bidi.txt": "bidirectional",
        "nul.txt": "NUL",
        "invalid-utf8.txt": "not valid UTF-8",
        "utf16le.txt": "UTF-16",
        "utf16be.txt": "UTF-16",
        "bad-date.md": "2024-02-30",
        "year-99999.md": "99999-08-14",
        "not-yaml.md": "malformed front matter",
        "yaml-list.md": "not a list of 'key: value' lines",
        "yaml-bomb.md": "lists or maps",
        "huge.txt": "larger than 2 MB",
        "loop.txt": "symbolic link loop",
        "unreadable.txt": "Input/output error",
        "folder.txt": "is a folder",
        "pipe.txt": "not a regular file",
    ]
    static let skipped: Set<String> = ["loop", "unreadable", "folder", "pipe"]

    @Test func everyOtherArticleLoadsAndEachProblemIsOneWarningNamingTheFile() throws {
        let corpus = try HostileCorpus()
        defer { corpus.remove() }
        let result = try CorpusLoader().load(folder: corpus.url)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.url.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let expectedIDs = Set(names.map { ($0 as NSString).deletingPathExtension }).subtracting(Self.skipped)
        #expect(Set(result.articles.map(\.id)) == expectedIDs)
        for name in names {
            let mine = result.warnings.filter { $0.file == name }
            if let phrase = Self.expectedWarnings[name] {
                #expect(mine.count == 1, "\(name): one warning, got \(mine.map(\.message))")
                #expect(mine.first?.message.contains(phrase) == true, "\(name): \(mine.map(\.message))")
            } else {
                #expect(mine.isEmpty, "\(name) is fine and gets no warning: \(mine.map(\.message))")
            }
        }
        #expect(result.warnings.allSatisfy { names.contains($0.file) })
    }

    @Test func decodedTextKeepsTheWordsAndNormalisesLineEnds() throws {
        let corpus = try HostileCorpus(huge: false, specials: false)
        defer { corpus.remove() }
        let articles = Dictionary(uniqueKeysWithValues: try CorpusLoader().load(folder: corpus.url).articles.map { ($0.id, $0) })
        #expect(articles["crlf"]?.body == "First line in Kursk on Monday.\nSecond line on Tuesday.\n")
        #expect(articles["lone-cr"]?.body == "First line in Kursk on Monday.\nSecond line on Tuesday.\n")
        #expect(articles["utf16le"]?.body == "Wide text about Kursk on Tuesday.\n")
        #expect(articles["utf16be"]?.body == "Big-endian text about Belgorod on Monday.\n")
        #expect(articles["nul"]?.body.contains("\0") == false)
        #expect(articles["invalid-utf8"]?.body.contains("\u{FFFD}") == true)
        #expect(articles["not-yaml"]?.body == "Body text in Kursk on Monday survives.\n")
        #expect(articles["yaml-bomb"]?.published?.iso == "2024-08-14", "the good keys of a block survive its bad ones")
        let escapes = try #require(articles["escapes"]?.body)
        #expect(escapes.contains("Troops red entered Sudzha on Monday, officials said."))
        for payload in ["52;c;", "PWNED", "evil.example", "[31m", "never ends"] { #expect(!escapes.contains(payload), "\(payload)") }
        #expect(articles["c1-controls"]?.body.contains("C1 TITLE") == false)
        #expect(articles["bidi"]?.body.contains("\u{202E}") == true, "bidi controls are kept in the model, dropped on screen")
        #expect(articles["bad-date"]?.published == nil)
        #expect(articles["year-99999"]?.published == nil)
    }

    @Test func theFiftyMegabyteArticleIsCutAndMemoryStaysBounded() throws {
        let corpus = try HostileCorpus(huge: true, specials: false)
        defer { corpus.remove() }
        let baseline = PeakMemory.reset()
        let result = try CorpusLoader().load(folder: corpus.url)
        let huge = try #require(result.articles.first { $0.id == "huge" })
        #expect(huge.body.utf8.count <= CorpusLoader.maximumArticleBytes)
        #expect(huge.body.utf8.count > CorpusLoader.maximumArticleBytes / 2)
        if let peak = PeakMemory.bytes(), let baseline {
            // A safety limit, not a benchmark: reading the whole 50 MB file (or several copies of it) would exceed it.
            #expect(peak - baseline < 1_000_000_000, "peak RSS \(peak / 1_000_000) MB from \(baseline / 1_000_000) MB")
        }
    }

    @Test func thePipelineReadsTheHostileArticlesWithBoundedMemory() throws {
        // Without the 50 MB article: its first 2 MB are ~21,000 sentences, tens of seconds in a
        // debug build (measured in docs/reliability.md); the loader test covers its memory.
        let corpus = try HostileCorpus(huge: false, specials: true)
        defer { corpus.remove() }
        let baseline = PeakMemory.reset()
        let model = try Pipeline.bundled().build(corpusAt: corpus.url)
        #expect(model.articles.count == 17)
        #expect(!model.incidents.isEmpty)
        // The 10,000-word sentence stays one sentence, and 1,000 nested quotes one sentence too.
        let long = try #require(model.sentences["long-sentence"])
        #expect(long.count == 1)
        #expect(long.first.map { $0.text.split(separator: " ").count } == 10_000)
        #expect(model.sentences["nested-quotes"]?.count == 1)
        if let peak = PeakMemory.bytes(), let baseline {
            #expect(peak - baseline < 1_000_000_000, "peak RSS \(peak / 1_000_000) MB from \(baseline / 1_000_000) MB")
        }
    }

    @Test func anUnterminatedControlStringEndsAtItsLine() {
        #expect(ControlSequenceFilter.filter("a \u{1B}]0;title\nnext line") == "a \nnext line")
        #expect(ControlSequenceFilter.filter("a \u{9D}0;title\u{9C} b\u{85}c\u{7}") == "a  b\nc")
        #expect(ControlSequenceFilter.filter("plain\ttext\n") == nil)
    }

    @Test func theTimeNormaliserTakesImpossibleDatesWithoutInventingThem() {
        let normalizer = TimeNormalizer(reference: CalendarDate(year: 2024, month: 8, day: 14))
        for text in ["Troops advanced on 30 February 2024.", "It happened on 2024-02-30.", "In the year 99999 troops advanced.",
                     "On 14 August 99999 troops advanced.", "See 2024-13-45 and 31/31/99999."] {
            for e in normalizer.expressions(in: text) {
                if let v = e.value {
                    #expect(v.start.year <= 9999 && v.end.year <= 9999, "\(text): \(v)")
                }
            }
        }
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "99999-01-01") == nil)
    }
}

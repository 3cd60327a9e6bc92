import Foundation
import Testing
import Yams
@testable import DatelineCore

/// The loader's fast paths (clean UTF-8, plain `key: value` front matter) must give exactly what
/// the general paths give, and must be taken for ordinary articles.
@Suite struct LoadFastPathTests {
    /// What Yams makes of a block: the scalar pairs in order, or nil when it is not a mapping of
    /// scalars (or fails).
    private func yamsPairs(_ block: String) -> [(String, String)]? {
        guard let node = try? Yams.compose(yaml: block), let mapping = node.mapping else { return nil }
        var pairs: [(String, String)] = []
        for (key, value) in mapping {
            guard let k = key.scalar?.string, let v = value.scalar?.string else { return nil }
            pairs.append((k, v))
        }
        return pairs
    }

    private func plainPairs(_ block: String) -> [(String, String)]? {
        var block = block
        return block.withUTF8 { PlainYAMLMapping.pairs($0) }?.map { ($0.key, $0.value) }
    }

    @Test func takesTheCommonFrontMatterAndAgreesWithYams() throws {
        let blocks = [
            "title: \"Toshkivka: Ukrainian forces advanced near Toshkivka\"\noutlet: Meduza\npublished: 2024-08-08\nlanguage: en\n",
            "outlet: NBC News (Reuters)\npublished: 2024-08-14T09:30:00Z\nurl: https://example.org/a?b=c#d\n",
            "title: 'Kursk – “incursion”, day 3'\nOutlet: Новая газета\n\nlanguage: uk\n",
            "title: a:b [c] {d}, e\nx-y: 1e3\na_b: null\n",
            "title: \"\"\n",
        ]
        for block in blocks {
            let plain = try #require(plainPairs(block), "not taken: \(block)")
            let yams = try #require(yamsPairs(block))
            #expect(plain.map(\.0) == yams.map(\.0) && plain.map(\.1) == yams.map(\.1), "\(block)")
        }
    }

    @Test func leavesEverythingElseToYams() {
        let blocks = [
            "title: a # comment\n", "title: a: b\n", "title: a:\n", "title: trailing \n", "title:\n", "title:a\n",
            "title: \"esc \\\" q\"\n", "title: 'it''s'\n", "title: \"a\" b\n", "title: [a, b]\n", "title: {a: b}\n",
            "title: - a\n", "title: ? a\n", "title: &x a\n", "title: *x\n", "title: !t a\n", "title: |\n  a\n",
            "title: >\n  a\n", "title: a\n  continued\n", " title: a\n", "# comment\ntitle: a\n", "title: a\ttab\n",
            "title: a\ntitle: b\n", "title: a\nTitle: b\n", "title: a\u{2028}b\n", "title: a\u{FEFF}\n", "title: x\u{85}y\n",
            "title: a\r\n", "\"title\": a\n", "- a\n", "...\n", "", "\n\n",
            String(repeating: "k", count: 200) + ": v\n",
        ]
        for block in blocks { #expect(plainPairs(block) == nil, "taken: \(block)") }
    }

    @Test func theBodyIsCutAfterTheFenceInScalarsAndBytes() throws {
        let text = "---\ntitle: Café «Kursk»\n---\nÜber Sudzha.\n"
        let matter = FrontMatter.parse(text)
        #expect(matter.fields["title"] == "Café «Kursk»")
        #expect(matter.bodyStart == "---\ntitle: Café «Kursk»\n---\n".unicodeScalars.count)
        #expect(matter.bodyStartUTF8 == "---\ntitle: Café «Kursk»\n---\n".utf8.count)
        var warnings: [LoadWarning] = []
        let article = ArticleReader.article(id: "a", path: "a.md", fileName: "a.md", text: text, warnings: &warnings)
        #expect(article.body == "Über Sudzha.\n")
        #expect(article.title == "Café «Kursk»")
    }

    @Test func cleanBytesAreExactlyThoseTheDecoderLeavesAlone() {
        func clean(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { CleanUTF8.isClean($0) } }
        #expect(clean(Array("Plain text,\ttabs and\nnewlines; Café, Київ, 日本, 😀.".utf8)))
        #expect(clean(Array("NBSP\u{A0} and U+2029\u{2029} are text".utf8)))
        let line = "Troops advanced near Sudzha on Tuesday, officials said."
        #expect(clean(Array(line.utf8)))
        // At every offset, so that both the eight-byte and the byte-wise scans meet it.
        for special in ["\0", "\r", "\u{1B}[31m", "\u{7}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}"] {
            for offset in 0...20 {
                var text = line
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: offset))
                #expect(!clean(Array(text.utf8)), "clean with U+\(String(special.unicodeScalars.first!.value, radix: 16)) at \(offset)")
            }
        }
    }

    @Test func plainNamesGiveThePathAndIdThatURLAndNSStringGive() {
        let folders = ["/tmp/corpus", "/tmp/corpus/", "/tmp/a/../corpus", "relative/corpus", "/"]
        let names = ["0000001_meduza.md", "a.b.c.txt", "x.MD", "a-_b.txt", "a..md", "a b.md", "a%20b.md", "ü.md", "a#b?c;d.txt", "e\u{301}.md"]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            let paths = ArticlePaths(folder: url)
            for name in names {
                #expect(paths.path(of: name) == url.appendingPathComponent(name).path, "\(folder) \(name)")
                #expect(paths.id(of: name) == (name as NSString).deletingPathExtension, "\(name)")
            }
        }
        #expect(ArticlePaths.isPlain("0000001_meduza.md") && ArticlePaths.isPlain("a.b.c.txt"))
        #expect(!ArticlePaths.isPlain("a..md") && !ArticlePaths.isPlain("a b.md") && !ArticlePaths.isPlain("ü.md"))
    }

    @Test func cleanAndFixedUpTextsDecodeAsBefore() throws {
        let clean = try ArticleDecoder.decode(Data("\u{FEFF}Text, Café.\n".utf8))
        #expect(clean.text == "Text, Café.\n" && clean.warnings.isEmpty)
        #expect(throws: ArticleDecoder.Rejection.self) { try ArticleDecoder.decode(Data(" \n\t\u{3000}\n".utf8)) }
        let fixed = try ArticleDecoder.decode(Data("a\r\nb\u{85}c\u{202E}d".utf8))
        #expect(fixed.text == "a\nb\nc\u{202E}d")
        #expect(fixed.warnings.count == 2)
    }
}

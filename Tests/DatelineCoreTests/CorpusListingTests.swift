import Foundation
import Testing
@testable import DatelineCore

/// The folder listing every update makes: which names are articles, and their order.
@Suite struct CorpusListingTests {
    @Test func listsArticlesInAnyCaseAndSkipsHiddenFilesAndOtherExtensions() throws {
        let corpus = try TemporaryCorpus(text: [
            "b.txt": "x", "A.TXT": "x", "c.Md": "x", ".hidden.txt": "x", "notes.text": "x", "README": "x", "corpus.yml": "name: x",
            "d.md.bak": "x", "e.tar.md": "x", "f.": "x", "Zürich.txt": "x",
        ])
        defer { corpus.remove() }
        let names = try CorpusLoader().articleFileNames(in: corpus.url)
        #expect(names == ["A.TXT", "b.txt", "c.Md", "e.tar.md", "Zürich.txt"].sorted())
    }

    /// The integer-keyed order for ASCII names is `sorted()`'s, ties in the first 16 bytes included.
    @Test func sortedNamesIsStringOrder() {
        var generator = SystemRandomNumberGenerator()
        let prefixes = ["", "2024-08-06-", "2024-08-06-reuters-", "a", "A", "0000146_", "0000146_deutschewelle"]
        var names: [String] = []
        for _ in 0..<2000 {
            let prefix = prefixes.randomElement(using: &generator)!
            let tail = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in "aZ09-_.x".randomElement(using: &generator)! })
            names.append(prefix + tail + ".txt")
        }
        names = Array(Set(names))
        #expect(CorpusLoader.sortedNames(names) == names.sorted())
        #expect(CorpusLoader.sortedNames(names.reversed()) == names.sorted())
        let mixed = names + ["ä.txt", "z.txt", "é.md"]
        #expect(CorpusLoader.sortedNames(mixed) == mixed.sorted())
        #expect(CorpusLoader.sortedNames([]) == [])
        #expect(CorpusLoader.sortedNames(["b.txt"]) == ["b.txt"])
    }
}

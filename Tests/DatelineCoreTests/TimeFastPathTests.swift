import Testing
@testable import DatelineCore

/// The time tokenizer keys a word in its ASCII letter loop and hands non-ASCII letters to the
/// general classifier (an eight-byte load was tried for short words and measured no cheaper, so
/// these pin the paths any such change must keep): every path must give the key of `WordKey.of`,
/// the word's case and its extent, wherever the word lies.
@Suite struct TimeFastPathTests {
    /// `readWord` of the word at `start`, and what the letter-by-letter rules give.
    private func word(_ text: String, at start: Int) -> (key: UInt64, hasLower: Bool, end: Int) {
        var text = text
        return text.withUTF8 { bytes in
            let w = TimeTokenizer.readWord(bytes, from: start)
            return (w.key, w.hasLower, w.end)
        }
    }

    @Test("words at the start, in the middle and at the text's end agree with WordKey.of")
    func everyPathGivesTheSameWord() {
        // Each word at the start, after another word, and alone.
        for word in ["a", "Aug", "August", "yesterday", "fortnight", "Wednesday", "lunchtime", "OCT", "thirteenth",
                     "abcdefghijklm"] {
            for text in [word + ". 6 more words", word, "x " + word] {
                let start = text.hasPrefix("x ") ? 2 : 0
                let w = self.word(text, at: start)
                #expect(w.key == WordKey.of(word), "\(text)")
                #expect(w.end == start + word.utf8.count, "\(text)")
                #expect(w.hasLower == (word != word.uppercased()), "\(text)")
            }
        }
    }

    @Test("a word with a non-ASCII letter gets no key but its whole extent")
    func nonASCIILettersEndTheFastPath() {
        for text in ["Zürich is far away", "Zürich", "déjà vu and more text"] {
            let first = text.split(separator: " ")[0]
            let w = word(text, at: 0)
            #expect(w.key == 0, "\(text)")
            #expect(w.end == first.utf8.count, "\(text)")
        }
        // Eight ASCII letters, then a non-ASCII one.
        #expect(word("abcdefghé and", at: 0).end == "abcdefghé".utf8.count)
    }

    @Test("months, weekdays, counts and units are tokens with their lexicon meaning")
    func tokensCarryLexiconEntries() {
        var text = "On Aug. 6, 2024, for three days since Monday"
        let tokens = text.withUTF8 { TimeTokenizer.tokens($0) }
        let words = tokens.filter { $0.kind == .word }
        #expect(words.map(\.lex) == [.word(.on), .monthAbbrev(8), .word(.for_), .count(3), .unit(.day), .word(.since), .weekday(1)])
        #expect(words[1].capitalized && !words[1].allCaps)
    }
}

/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) that is
/// followed by white space and a capital, digit or opening quote — except after a known
/// abbreviation, an initial ("J."), a dotted acronym ("U.S."), or inside a quotation that is
/// closed later in the paragraph (a quote that spans sentences is one cited passage).
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    static func bundled() throws -> SentenceSplitter {
        SentenceSplitter(abbreviations: Set(try LexiconFile(resource: "lexicons/abbreviations.tsv").words))
    }

    func sentences(in text: ScalarText, paragraph: Range<Int>) -> [Range<Int>] {
        let withQuotes = split(text, paragraph, respectQuotes: true)
        // An unbalanced quotation would swallow the rest of the paragraph: fall back.
        if let last = withQuotes.last, withQuotes.count == 1, last.count > 600 {
            return split(text, paragraph, respectQuotes: false)
        }
        return withQuotes
    }

    private func split(_ text: ScalarText, _ paragraph: Range<Int>, respectQuotes: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var quoteDepth = 0
        var straightOpen = false
        let closesLater = respectQuotes ? quoteCloses(text, paragraph) : []
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let c = text[i]
            if respectQuotes {
                if c == "\u{201C}" || c == "\u{00AB}" { if closesLater.contains(i) { quoteDepth += 1 } }
                else if c == "\u{201D}" || c == "\u{00BB}" { quoteDepth = max(0, quoteDepth - 1) }
                else if c == "\"" {
                    if straightOpen { straightOpen = false } else if closesLater.contains(i) { straightOpen = true }
                }
            }
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var end = i + 1
                while end < paragraph.upperBound, text[end] == "." || text[end] == "!" || text[end] == "?" { end += 1 }
                let inQuote = quoteDepth > 0 || straightOpen
                var afterClosers = end
                while afterClosers < paragraph.upperBound, text[afterClosers].isClosingPunctuation { afterClosers += 1 }
                let closedQuote = afterClosers > end
                if (!inQuote || closedQuote), isBoundary(text, period: i, after: afterClosers, paragraph: paragraph) {
                    // Closing quotes after the stop belong to this sentence.
                    var sentenceEnd = afterClosers
                    if inQuote && !closedQuote { sentenceEnd = end }
                    result.append(text.trimmed(start..<sentenceEnd))
                    start = sentenceEnd
                    // Quotation state after the closers.
                    for j in end..<afterClosers where text[j] == "\u{201D}" || text[j] == "\u{00BB}" { quoteDepth = max(0, quoteDepth - 1) }
                    for j in end..<afterClosers where text[j] == "\"" { straightOpen = false }
                    i = sentenceEnd
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        let tail = text.trimmed(start..<paragraph.upperBound)
        if !tail.isEmpty { result.append(tail) }
        return result.filter { !$0.isEmpty }
    }

    /// Offsets of opening quotes that have a matching close later in the paragraph.
    private func quoteCloses(_ text: ScalarText, _ paragraph: Range<Int>) -> Set<Int> {
        var opens: [Int] = []
        var straight: Int?
        var matched: Set<Int> = []
        for i in paragraph {
            switch text[i] {
            case "\u{201C}", "\u{00AB}": opens.append(i)
            case "\u{201D}", "\u{00BB}": if let o = opens.popLast() { matched.insert(o) }
            case "\"":
                if let o = straight { matched.insert(o); straight = nil } else { straight = i }
            default: break
            }
        }
        return matched
    }

    private func isBoundary(_ text: ScalarText, period: Int, after: Int, paragraph: Range<Int>) -> Bool {
        // Must be followed by white space, then a sentence opener.
        guard after < paragraph.upperBound else { return true }
        guard text[after].isWhiteSpace else { return false }
        var next = after
        while next < paragraph.upperBound, text[next].isWhiteSpace { next += 1 }
        guard next < paragraph.upperBound else { return true }
        let opener = text[next]
        guard opener.isUppercaseLetter || opener.isDigit || opener.isOpeningQuote || opener == "\"" || opener == "(" || opener == "'" else {
            return false
        }
        guard text[period] == "." else { return true }
        // The word before the period.
        var wordStart = period
        while wordStart > paragraph.lowerBound, !text[wordStart - 1].isWhiteSpace, text[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let word = text.string(wordStart..<period)
        let letters = word.unicodeScalars.filter { $0.isLetter }
        if letters.count == 1 && word.unicodeScalars.first?.isUppercaseLetter == true && word.count <= 2 {
            return false  // an initial: "J. Smith"
        }
        if word.contains(".") && letters.count <= 4 && word.unicodeScalars.allSatisfy({ $0.isLetter || $0 == "." }) {
            // A dotted acronym (U.S., U.N.). It ends the sentence only before a word that cannot
            // continue a name: approximated by a following pronoun or determiner being capitalised.
            let nextWord = text.string(next..<min(paragraph.upperBound, next + 4)).lowercased()
            return nextWord.hasPrefix("the ") || nextWord.hasPrefix("it ") || nextWord.hasPrefix("in ") || nextWord.hasPrefix("he ")
        }
        let bare = word.lowercased().trimmingLeadingPunctuation()
        if abbreviations.contains(bare) {
            // "Aug. 6" continues; "… in Aug. The …" is rare enough to accept.
            return false
        }
        return true
    }
}

private extension String {
    func trimmingLeadingPunctuation() -> String {
        String(unicodeScalars.drop { !$0.isLetter && !$0.isDigit }.map(Character.init))
    }
}

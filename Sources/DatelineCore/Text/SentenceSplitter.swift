/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) that is
/// followed by white space and a capital, digit or opening quote — except after a known
/// abbreviation, an initial ("J."), a dotted acronym ("U.S."), or inside a quotation that is
/// closed later in the paragraph (a quote that spans sentences is one cited passage).
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// The same, looked up from bytes: an ASCII word before a period needs no `String`.
    private let abbreviationTable: ByteKeyTable<Bool>
    private let longestAbbreviation: Int

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
        abbreviationTable = ByteKeyTable(set: abbreviations)
        longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
    }

    static func bundled() throws -> SentenceSplitter {
        SentenceSplitter(abbreviations: Set(try LexiconFile(resource: "lexicons/abbreviations.tsv").words))
    }

    func sentences(in text: ScalarText, paragraph: Range<Int>) -> [Range<Int>] {
        text.scalars.withUnsafeBufferPointer { s in
            let withQuotes = split(text, s, paragraph, respectQuotes: true)
            // An unbalanced quotation would swallow the rest of the paragraph: fall back.
            if let last = withQuotes.last, withQuotes.count == 1, last.count > 600 {
                return split(text, s, paragraph, respectQuotes: false)
            }
            return withQuotes
        }
    }

    /// ASCII scalars that can end a sentence or open or close a quotation ( `!`, `"`, `.`, `?`):
    /// every other ASCII scalar is passed over with one bit test.
    private static let asciiStops: UInt64 = 1 << 0x21 | 1 << 0x22 | 1 << 0x2E | 1 << 0x3F

    private func split(_ text: ScalarText, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ paragraph: Range<Int>,
                       respectQuotes: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var quoteDepth = 0
        var straightOpen = false
        // Read only at a quotation mark: most paragraphs have none and skip the pass.
        var closesLater: [Int]?
        func closes(_ offset: Int) -> Bool {
            if closesLater == nil { closesLater = quoteCloses(s, paragraph) }
            return Self.contains(closesLater!, offset)
        }
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            i = ScalarRuns.nextStopCandidate(s, from: i, to: paragraph.upperBound)
            guard i < paragraph.upperBound else { break }
            let c = s[i]
            if c.value < 0x80 && (c.value >= 64 || Self.asciiStops & (1 << UInt64(c.value)) == 0) { i += 1; continue }
            if respectQuotes {
                if c == "\u{201C}" || c == "\u{00AB}" { if closes(i) { quoteDepth += 1 } }
                else if c == "\u{201D}" || c == "\u{00BB}" { quoteDepth = max(0, quoteDepth - 1) }
                else if c == "\"" {
                    if straightOpen { straightOpen = false } else if closes(i) { straightOpen = true }
                }
            }
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var end = i + 1
                while end < paragraph.upperBound, s[end] == "." || s[end] == "!" || s[end] == "?" { end += 1 }
                let inQuote = quoteDepth > 0 || straightOpen
                var afterClosers = end
                while afterClosers < paragraph.upperBound, s[afterClosers].isClosingPunctuation { afterClosers += 1 }
                let closedQuote = afterClosers > end
                if (!inQuote || closedQuote), isBoundary(text, s, period: i, after: afterClosers, paragraph: paragraph) {
                    // Closing quotes after the stop belong to this sentence.
                    var sentenceEnd = afterClosers
                    if inQuote && !closedQuote { sentenceEnd = end }
                    result.append(ScalarText.trimmed(start..<sentenceEnd, in: s))
                    start = sentenceEnd
                    // Quotation state after the closers.
                    for j in end..<afterClosers where s[j] == "\u{201D}" || s[j] == "\u{00BB}" { quoteDepth = max(0, quoteDepth - 1) }
                    for j in end..<afterClosers where s[j] == "\"" { straightOpen = false }
                    i = sentenceEnd
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        let tail = ScalarText.trimmed(start..<paragraph.upperBound, in: s)
        if !tail.isEmpty { result.append(tail) }
        return result.filter { !$0.isEmpty }
    }

    /// Offsets of opening quotes that have a matching close later in the paragraph, ascending.
    private func quoteCloses(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ paragraph: Range<Int>) -> [Int] {
        var opens: [Int] = []
        var straight: Int?
        var matched: [Int] = []
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let c = s[i]
            i &+= 1
            if c.value < 0x80 && c != "\"" { continue }
            switch c {
            case "\u{201C}", "\u{00AB}": opens.append(i - 1)
            case "\u{201D}", "\u{00BB}": if let o = opens.popLast() { matched.append(o) }
            case "\"":
                if let o = straight { matched.append(o); straight = nil } else { straight = i - 1 }
            default: break
            }
        }
        // Typographic opens are matched innermost first, out of order.
        return matched.sorted()
    }

    /// Binary search in ascending offsets (a paragraph may hold many quotations).
    private static func contains(_ sorted: [Int], _ offset: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == offset
    }

    private func isBoundary(_ text: ScalarText, _ s: UnsafeBufferPointer<Unicode.Scalar>, period: Int, after: Int,
                            paragraph: Range<Int>) -> Bool {
        // Must be followed by white space, then a sentence opener.
        guard after < paragraph.upperBound else { return true }
        guard s[after].isWhiteSpace else { return false }
        var next = after
        while next < paragraph.upperBound, s[next].isWhiteSpace { next += 1 }
        guard next < paragraph.upperBound else { return true }
        let opener = s[next]
        guard opener.isUppercaseLetter || opener.isDigit || opener.isOpeningQuote || opener == "\"" || opener == "(" || opener == "'" else {
            return false
        }
        guard s[period] == "." else { return true }
        // The word before the period.
        var wordStart = period
        while wordStart > paragraph.lowerBound, !s[wordStart - 1].isWhiteSpace, s[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let nextEnd = min(paragraph.upperBound, next + 4)
        // For ASCII a scalar is a Character and lower-casing is per byte: no Strings needed.
        guard text.isASCII(wordStart..<nextEnd) else {
            return isBoundary(word: text.string(wordStart..<period), nextWord: text.string(next..<nextEnd))
        }
        var letters = 0, dots = false, onlyLettersAndDots = true
        for k in wordStart..<period {
            let c = s[k]
            if c.isLetter { letters += 1 } else if c == "." { dots = true } else { onlyLettersAndDots = false }
        }
        if letters == 1 && wordStart < period && s[wordStart].isUppercaseLetter && period - wordStart <= 2 {
            return false  // an initial: "J. Smith"
        }
        if dots && letters <= 4 && onlyLettersAndDots {
            return Self.startsWithPronounOrDeterminer(s, next..<nextEnd)
        }
        var bareStart = wordStart
        while bareStart < period, !s[bareStart].isLetter, !s[bareStart].isDigit { bareStart += 1 }
        return !isAbbreviation(s, bareStart..<period)
    }

    /// The general (Unicode) form of the checks after a period, on Strings.
    private func isBoundary(word: String, nextWord: String) -> Bool {
        let letters = word.unicodeScalars.filter { $0.isLetter }
        if letters.count == 1 && word.unicodeScalars.first?.isUppercaseLetter == true && word.count <= 2 {
            return false  // an initial: "J. Smith"
        }
        if word.contains(".") && letters.count <= 4 && word.unicodeScalars.allSatisfy({ $0.isLetter || $0 == "." }) {
            // A dotted acronym (U.S., U.N.). It ends the sentence only before a word that cannot
            // continue a name: approximated by a following pronoun or determiner being capitalised.
            let lower = nextWord.lowercased()
            return lower.hasPrefix("the ") || lower.hasPrefix("it ") || lower.hasPrefix("in ") || lower.hasPrefix("he ")
        }
        let bare = word.lowercased().trimmingLeadingPunctuation()
        // "Aug. 6" continues; "… in Aug. The …" is rare enough to accept.
        return !abbreviations.contains(bare)
    }

    /// "the ", "it ", "in " or "he " (any case) at the start of ASCII `range` (at most four scalars).
    private static func startsWithPronounOrDeterminer(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var lower: [UInt8] = []
        for k in range { let b = UInt8(truncatingIfNeeded: s[k].value); lower.append(ASCIILanes.lowercased(byte: b)) }
        return lower.starts(with: Array("the ".utf8)) || lower.starts(with: Array("it ".utf8))
            || lower.starts(with: Array("in ".utf8)) || lower.starts(with: Array("he ".utf8))
    }

    /// Whether the lower-cased ASCII `range` is a known abbreviation.
    private func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard range.count <= longestAbbreviation else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, range.count)) { buffer in
            var n = 0
            for k in range {
                let b = UInt8(truncatingIfNeeded: s[k].value)
                buffer[n] = b &- 0x41 < 26 ? b | 0x20 : b
                n += 1
            }
            return abbreviationTable.value(UnsafeBufferPointer(rebasing: buffer[0..<n])) != nil
        }
    }
}

private extension String {
    func trimmingLeadingPunctuation() -> String {
        String(unicodeScalars.drop { !$0.isLetter && !$0.isDigit }.map(Character.init))
    }
}

/// Splits an article body into paragraphs.
///
/// Scraped articles come in two shapes: one paragraph per line, or prose hard-wrapped at a
/// fixed width with blank lines between paragraphs. When most lines are short and run on
/// without final punctuation, the text is hard-wrapped and lines join within a blank-line block;
/// otherwise every non-empty line is a paragraph.
enum ParagraphSplitter {
    static func paragraphs(in text: ScalarText) -> [Range<Int>] {
        let lines = lineRanges(in: text)
        let hardWrapped = isHardWrapped(lines: lines, text: text)
        var result: [Range<Int>] = []
        var blockStart: Int?
        var blockEnd = 0
        for line in lines {
            let trimmed = text.trimmed(line)
            if trimmed.isEmpty {
                if let start = blockStart { result.append(start..<blockEnd); blockStart = nil }
                continue
            }
            if hardWrapped {
                if blockStart == nil { blockStart = trimmed.lowerBound }
                blockEnd = trimmed.upperBound
            } else {
                result.append(trimmed)
            }
        }
        if let start = blockStart { result.append(start..<blockEnd) }
        return result
    }

    private static func lineRanges(in text: ScalarText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 0..<text.count where text[i].isNewline {
            ranges.append(start..<i)
            start = i + 1
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    private static func isHardWrapped(lines: [Range<Int>], text: ScalarText) -> Bool {
        let nonEmpty = lines.map { text.trimmed($0) }.filter { !$0.isEmpty }
        guard nonEmpty.count >= 4 else { return false }
        var wrapped = 0
        for (i, line) in nonEmpty.enumerated() where i + 1 < nonEmpty.count {
            let last = text[line.upperBound - 1]
            let runsOn = !(last == "." || last == "!" || last == "?" || last.isClosingPunctuation || last == ":")
            if line.count <= 100 && runsOn { wrapped += 1 }
        }
        return wrapped * 2 >= nonEmpty.count
    }
}

/// Splits an article body into paragraphs.
///
/// Scraped articles come in two shapes: one paragraph per line, or prose hard-wrapped at a
/// fixed width with blank lines between paragraphs. When most lines are short and run on
/// without final punctuation, the text is hard-wrapped and lines join within a blank-line block;
/// otherwise every non-empty line is a paragraph.
enum ParagraphSplitter {
    static func paragraphs(in text: ScalarText) -> [Range<Int>] {
        text.scalars.withUnsafeBufferPointer { s in
            // One pass over the scalars: every line, trimmed (empty for a blank line).
            let lines = trimmedLines(s)
            let hardWrapped = isHardWrapped(lines: lines, s)
            var result: [Range<Int>] = []
            result.reserveCapacity(lines.count)
            var blockStart = -1
            var blockEnd = 0
            for trimmed in lines {
                if trimmed.isEmpty {
                    if blockStart >= 0 { result.append(blockStart..<blockEnd); blockStart = -1 }
                    continue
                }
                if hardWrapped {
                    if blockStart < 0 { blockStart = trimmed.lowerBound }
                    blockEnd = trimmed.upperBound
                } else {
                    result.append(trimmed)
                }
            }
            if blockStart >= 0 { result.append(blockStart..<blockEnd) }
            return result
        }
    }

    private static func trimmedLines(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            i = ScalarRuns.nextLineBreakCandidate(s, from: i, to: s.count)
            guard i < s.count else { break }
            defer { i += 1 }
            // Newlines are \n, \r, U+2028 and U+2029: one comparison passes over everything between.
            let v = s[i].value
            guard v &- 0x0E >= 0x2028 - 0x0E, s[i].isNewline else { continue }
            ranges.append(ScalarText.trimmed(start..<i, in: s))
            start = i + 1
        }
        if start < s.count { ranges.append(ScalarText.trimmed(start..<s.count, in: s)) }
        return ranges
    }

    private static func isHardWrapped(lines: [Range<Int>], _ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var nonEmpty = 0
        for line in lines where !line.isEmpty { nonEmpty += 1 }
        guard nonEmpty >= 4 else { return false }
        // Every non-empty line but the last that is short and runs on.
        var wrapped = 0
        var seen = 0
        for line in lines where !line.isEmpty {
            seen += 1
            guard seen < nonEmpty else { break }
            let last = s[line.upperBound - 1]
            let runsOn = !(last == "." || last == "!" || last == "?" || last.isClosingPunctuation || last == ":")
            if line.count <= 100 && runsOn { wrapped += 1 }
        }
        return wrapped * 2 >= nonEmpty
    }
}

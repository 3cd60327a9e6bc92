/// Times relative to the previous sentence rather than to the publication date: "a day earlier",
/// "the next day", "two days later", "hours later". The normaliser leaves them alone (it sees one
/// clause); the mention stage resolves them against the date of the passage before.
enum AnaphoricTime {
    struct Found: Equatable {
        /// Days from the anchor: -1 for "a day earlier", +2 for "two days later".
        var offset: Int
        var start: Int
        var end: Int
    }

    static let counts: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3, "few": 3,
    ]
    static let before: Set<String> = ["earlier", "before", "previously", "prior"]
    static let after: Set<String> = ["later", "after"]
    static let previousDay: Set<String> = ["previous", "preceding"]
    static let nextDay: Set<String> = ["next", "following"]

    /// Every phrase `find` reads has "day", "hour" or "minute" in it (any case); most clauses
    /// have none, and need not be split into lower-cased words. No non-ASCII letter lower-cases
    /// to one of these ASCII letters, so a byte test is exact.
    static func mayHold(_ text: String) -> Bool {
        // Read in place (a native string is contiguous): copying it into an array was most of the cost.
        var text = text
        return text.withUTF8 { b in
            @inline(__always) func at(_ i: Int, _ word: StaticString) -> Bool {
                let n = word.utf8CodeUnitCount
                guard i + n <= b.count else { return false }
                for k in 0..<n where b[i + k] | 0x20 != word.utf8Start[k] { return false }
                return true
            }
            for i in b.indices {
                switch b[i] | 0x20 {
                case UInt8(ascii: "d"): if at(i, "day") { return true }
                case UInt8(ascii: "h"): if at(i, "hour") { return true }
                case UInt8(ascii: "m"): if at(i, "minute") { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// Scalar-offset words of `text`, lower-cased.
    static func words(_ text: String) -> [(word: String, start: Int, end: Int)] {
        let scalars = ScalarText(text)
        var out: [(String, Int, Int)] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i].isLetter else { i += 1; continue }
            let start = i
            while i < scalars.count, scalars[i].isLetter { i += 1 }
            out.append((scalars.lowered(start..<i), start, i))
        }
        return out
    }

    static func find(in text: String) -> Found? {
        guard mayHold(text) else { return nil }
        let w = words(text)
        for i in w.indices {
            // "the previous day", "the next day", "the following day", "the day before", "the day after"
            if w[i].word == "the", i + 2 < w.count, w[i + 2].word == "day" {
                if previousDay.contains(w[i + 1].word) { return Found(offset: -1, start: w[i].start, end: w[i + 2].end) }
                if nextDay.contains(w[i + 1].word) { return Found(offset: 1, start: w[i].start, end: w[i + 2].end) }
            }
            if w[i].word == "the", i + 2 < w.count, w[i + 1].word == "day" {
                // "the day before yesterday" belongs to the normaliser.
                if i + 3 < w.count, w[i + 3].word == "yesterday" || w[i + 3].word == "tomorrow" { continue }
                if w[i + 2].word == "before" { return Found(offset: -1, start: w[i].start, end: w[i + 2].end) }
                if w[i + 2].word == "after" { return Found(offset: 1, start: w[i].start, end: w[i + 2].end) }
            }
            // "a day earlier", "two days later", "hours later"
            if let n = counts[w[i].word], i + 2 < w.count, w[i + 1].word == "day" || w[i + 1].word == "days" {
                if before.contains(w[i + 2].word) { return Found(offset: -n, start: w[i].start, end: w[i + 2].end) }
                if after.contains(w[i + 2].word) { return Found(offset: n, start: w[i].start, end: w[i + 2].end) }
            }
            if w[i].word == "hours" || w[i].word == "minutes", i + 1 < w.count, before.contains(w[i + 1].word) || after.contains(w[i + 1].word) {
                return Found(offset: 0, start: w[i].start, end: w[i + 1].end)
            }
        }
        return nil
    }

    /// Resolves `found` against the day the previous passage is about.
    static func expression(_ found: Found, in text: String, anchor: CalendarDate) -> TimeExpression {
        let phrase = ScalarText(text).string(found.start..<found.end)
        return TimeExpression(value: .day(anchor.adding(days: found.offset)), basis: .resolved,
                              direction: found.offset < 0 ? .past : (found.offset > 0 ? .future : .past),
                              phrase: phrase, start: found.start, end: found.end)
    }
}

/// The article's own statement of its date, read from its first lines.
///
/// Accepted (only in the first `maxLines` non-empty lines, at most `maxScalars` scalars):
/// - a dateline: capitalised place, comma, date, then "(" or a dash — "KYIV, Aug 14, 2024 (Reuters) -";
/// - a line that is only a date, optionally with "Updated"/"Published"/"Posted" and a time;
/// - a date in a line that states the article's moment: "Here is the situation on …", "as of …",
///   "updated …", "today …";
/// - any date with its weekday ("Friday, August 16, 2024"), the weekday being consistent.
/// The date must be full: with a year, or weekday + month + day consistent with a year stated in the
/// window ("Friday, August 16" and "2024" nearby). A dateline without a year takes a year stated in
/// the window. A weekday that contradicts the date rejects it. Historic dates in running prose
/// ("The war began on February 24, 2022.") are not the article's date.
public enum PublicationDateInference {
    static let maxLines = 5
    static let maxScalars = 1500

    public static func infer(from body: String) -> (date: CalendarDate, phrase: String)? {
        let window = prefix(of: body)
        var text = window
        return text.withUTF8 { bytes -> (CalendarDate, String)? in
            let (tokens, worth) = TimeTokenizer.tokenize(bytes)
            guard worth else { return nil }
            // Line number of each token.
            var lines = [Int](repeating: 0, count: tokens.count)
            var line = 0, b = 0
            for (i, tok) in tokens.enumerated() {
                while b < tok.byteStart { if bytes[b] == 10 { line += 1 }; b += 1 }
                lines[i] = line
            }
            let grammar = TimeGrammar(tokens: tokens, reference: nil)
            let matches = grammar.matchAll()
            var years: [Int] = []
            for m in matches { if let y = m.partial?.year { years.append(y) } }
            for i in tokens.indices { if let y = grammar.yearNumber(at: i), !years.contains(y) { years.append(y) } }

            for m in matches {
                guard let p = m.partial, let month = p.month, let day = p.day else { continue }
                var first = m.first
                if case .word = tokens[first].lex { first += 1 }  // drop a leading "on" / "the"
                let lineNo = lines[first]
                let dateline = isDateline(tokens, lines, first: first, last: m.last, line: lineNo)
                var date: CalendarDate?
                if let y = p.year {
                    date = CalendarDate(year: y, month: month, day: day)
                    if let d = date, let w = p.weekday, d.weekday != w { continue }
                } else if let w = p.weekday {
                    date = years.lazy.compactMap { CalendarDate(year: $0, month: month, day: day) }.first { $0.weekday == w }
                } else if dateline, let y = years.first {
                    date = CalendarDate(year: y, month: month, day: day)
                }
                guard let found = date else { continue }
                let accepted = dateline || p.weekday != nil || dateOnlyLine(tokens, lines, first: first, last: m.last, line: lineNo)
                    || hasOwnDateCue(tokens, lines, before: first, line: lineNo)
                guard accepted else { continue }
                let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].byteStart..<tokens[m.last].byteEnd]),
                                    as: UTF8.self)
                return (found, phrase)
            }
            return nil
        }
    }

    /// The first `maxLines` non-empty lines, capped at `maxScalars`.
    private static func prefix(of body: String) -> String {
        var out = String.UnicodeScalarView()
        var lines = 0
        var lineHasText = false
        for s in body.unicodeScalars {
            if out.count >= maxScalars { break }
            if s == "\n" {
                if lineHasText { lines += 1; lineHasText = false }
                if lines >= maxLines { break }
            } else if !s.properties.isWhitespace {
                lineHasText = true
            }
            out.append(s)
        }
        return String(out)
    }

    /// "KYIV, Aug 14 (Reuters) -": capitalised words from the line start, a comma, the date, "(" or dash.
    private static func isDateline(_ t: [TimeToken], _ lines: [Int], first: Int, last: Int, line: Int) -> Bool {
        guard first >= 2, t[first - 1].isPunct(","), last + 1 < t.count, lines[last + 1] == line,
              t[last + 1].isPunct("(") || t[last + 1].isDash else { return false }
        var i = first - 2
        var words = 0
        while i >= 0, lines[i] == line {
            if t[i].kind == .word {
                guard t[i].allCaps else { return false }
                words += 1
            } else if !(t[i].isPunct("/") || t[i].isDash || t[i].isPunct(".")) {
                return false
            }
            i -= 1
        }
        return words > 0
    }

    private static let furniture: Set<UInt64> = Set(["updated", "published", "posted", "last", "on", "at", "gmt",
                                                      "utc", "bst", "est", "edt", "cet", "cest", "am", "pm", "a", "m", "p"]
                                                     .map(WordKey.of))

    /// The line holds only the date, page furniture ("Updated", "GMT") and a time.
    private static func dateOnlyLine(_ t: [TimeToken], _ lines: [Int], first: Int, last: Int, line: Int) -> Bool {
        for i in t.indices where lines[i] == line && (i < first || i > last) {
            if t[i].kind == .word, !furniture.contains(t[i].key) { return false }
        }
        return true
    }

    private static let cues: Set<UInt64> = Set(["situation", "here", "today", "updated", "published", "posted",
                                                 "latest", "as", "dated"].map(WordKey.of))

    /// A word stating the article's moment earlier on the same line ("Here is the situation on …").
    private static func hasOwnDateCue(_ t: [TimeToken], _ lines: [Int], before first: Int, line: Int) -> Bool {
        var i = first - 1
        var n = 0
        while i >= 0, lines[i] == line, n < 15 {
            if t[i].isStrongStop { return false }
            if cues.contains(t[i].key) { return true }
            i -= 1; n += 1
        }
        return false
    }
}

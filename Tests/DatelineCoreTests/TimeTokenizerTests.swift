import Testing
@testable import DatelineCore

/// The tokenizer's cheap pre-check and compact tokens: the pre-check must agree with what a full scan
/// finds, and offsets must survive the 32-bit storage.
struct TimeTokenizerTests {
    private func worth(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TimeTokenizer.worthScanning($0) }
    }

    private func tokens(_ text: String) -> [TimeToken] {
        var text = text
        return text.withUTF8 { TimeTokenizer.tokens($0) }
    }

    /// The pre-check of earlier rounds: any digit or any trigger word. The current one must say no
    /// only where this one did, or where a full scan finds nothing.
    private func digitOrTrigger(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { return true }
        return tokens(text).contains { $0.key != 0 && TimeLexicon.entry($0.key)?.trigger == true }
    }

    private func fullScanFinds(_ text: String) -> Bool {
        !TimeGrammar(tokens: tokens(text), reference: CalendarDate(year: 2024, month: 8, day: 14)).matchAll().isEmpty
    }

    @Test("no digit and no time word: not worth a scan, and no tokens are built")
    func plainTextIsSkipped() {
        #expect(!worth("The talks continued without a result."))
        var text = "The talks continued without a result."
        let skipped = text.withUTF8 { TimeTokenizer.tokenize($0) }
        #expect(skipped.tokens.isEmpty && !skipped.worthScanning)
        // Too long to key: a month name inside a longer word is no trigger.
        #expect(!worth("Septemberlikeness stayed."))
    }

    @Test("a time word, a four-digit number or a number with hours anywhere makes the text worth a scan")
    func triggersAreFound() {
        #expect(worth("Prices rose by 5 percent in 2024."))
        #expect(worth("Überfall2024"))  // a year right after a non-ASCII word
        #expect(worth("Kyïv reported shelling in August."))
        #expect(worth("Fighting went on for 24 hours."))
        #expect(worth("For hours, 1,000 people waited."))  // the count may be a word: "for two hours"
        #expect(worth("2024-08-06"))
        #expect(worth("They met in AUGUST."))
        #expect(tokens("They met in August.").count == 5)
    }

    @Test("quantities alone are not worth a scan: no expression starts from them")
    func quantitiesAreSkipped() {
        for text in ["About 1,000 troops crossed.", "Prices rose by 5 percent.", "It held 8.5 million people.",
                     "Überfall2", "Units 12 and 300 withdrew.", "Some 1,000,000 fled; 12,500 stayed.",
                     "Code 20245 and 1,20245 stayed."] {
            #expect(!worth(text), "\(text)")
            #expect(!fullScanFinds(text), "\(text)")
        }
    }

    @Test("the pre-check says no only where the old one did or where a full scan finds nothing")
    func preCheckNeverDropsAnExpression() {
        let pieces = ["5", "1,000", "8.5", "2024", "12,5", "6th", "31", "1000", "two", "a", "hours", "hour", "days",
                      "for", "in", "the", "past", "last", "since", "August", "Monday", "-", "08", ",", ".", "troops",
                      "ago", "said", "over", "and"]
        // Every three-piece clause from the list, and their pairs.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = "\(a) \(b) \(c)"
                    if !worth(text) && digitOrTrigger(text) {
                        #expect(!fullScanFinds(text), "\(text)")
                    }
                    #expect(!worth(text) || digitOrTrigger(text), "\(text)")
                }
            }
        }
    }

    @Test("offsets in scalars and bytes, digits and flags survive the compact token")
    func offsetsRoundTrip() {
        let t = tokens("Kyïv: 12 May")
        #expect(t.count == 4)
        #expect(t.map(\.start) == [0, 4, 6, 9])
        #expect(t.map(\.end) == [4, 5, 8, 12])
        #expect(t.map(\.byteStart) == [0, 5, 7, 10])
        #expect(t.map(\.byteEnd) == [5, 6, 9, 13])
        #expect(t[2].kind == .number && t[2].value == 12 && t[2].digits == 2)
        #expect(t[3].capitalized && t[3].lex == .month(5))
        #expect(MemoryLayout<TimeToken>.stride <= 56)
    }

    @Test("stretch context: relative clause after ', which', strong and weak subordination within a stretch")
    func stretchContext() {
        // Tokens: 0 A, 1 ",", 2 which, 3 B, 4 amid, 5 C, 6 D, 7 ".", 8 after, 9 E, 10 F
        let t = tokens("A, which B amid C D. after E F 1")
        var context = StretchContext(TimeGrammar(tokens: t, reference: nil))
        let r1 = context.inRelativeClause(3)
        #expect(r1)
        let r2 = context.inRelativeClause(0)
        #expect(!r2)
        let r3 = context.inRelativeClause(9)
        #expect(!r3)
        let r4 = context.subordination(6)
        #expect(r4 == .strong)
        let r5 = context.subordination(5)
        #expect(r5 == .none)
        let r6 = context.subordination(10)
        #expect(r6 == .weak)
        let r7 = context.subordination(9)
        #expect(r7 == .none)
    }

    @Test("stretch context: a stretch longer than the walk budget gives the same answers from the table")
    func stretchContextLongStretch() {
        // "amid" and ", which" 80 words before the expression, no comma or stop between.
        let filler = Array(repeating: "word", count: 80).joined(separator: " ")
        let t = tokens("X, which amid \(filler) on Monday")
        let monday = t.count - 1
        var context = StretchContext(TimeGrammar(tokens: t, reference: nil))
        let r8 = context.subordination(monday)
        #expect(r8 == .strong)
        let r9 = context.inRelativeClause(monday)
        #expect(r9)
        // Answers after the table is built agree with the short-walk ones.
        let r10 = context.inRelativeClause(3)
        #expect(r10)
        let r11 = context.inRelativeClause(1)
        #expect(!r11)
        let r12 = context.subordination(5)
        #expect(r12 == .strong)
        let r13 = context.subordination(4)
        #expect(r13 == .none)
        let plain = tokens("\(filler) \(filler) on Monday")
        var none = StretchContext(TimeGrammar(tokens: plain, reference: nil))
        let r14 = none.subordination(plain.count - 1)
        #expect(r14 == .none)
        let r15 = none.inRelativeClause(plain.count - 1)
        #expect(!r15)
    }

    @Test("tense: a cue farther than the walk budget settles the weekday from the table, as a near one does")
    func tenseCueBeyondTheWalkBudget() {
        // Published Wednesday 14 August 2024: "said … on Monday" is the 12th, "will … on Monday" the 19th.
        let normalizer = TimeNormalizer(reference: CalendarDate(year: 2024, month: 8, day: 14))
        let filler = Array(repeating: "word", count: 60).joined(separator: " ")
        for (text, day) in [("Officials said on Monday", 12), ("Officials said \(filler) on Monday", 12),
                            ("Officials will meet on Monday", 19), ("Officials will meet \(filler) on Monday", 19),
                            // Nearest cue wins on both paths: "will" far before, "said" right after.
                            ("Officials will \(filler) on Monday, said the governor", 12)] {
            let found = normalizer.primary(in: text)?.value?.start
            #expect(found == CalendarDate(year: 2024, month: 8, day: day), "\(text.prefix(40))")
        }
    }
}

extension ClauseSplitter {
    /// One pass over an ASCII sentence that reads its words exactly as `words(utf8:)` does (a comma
    /// or point between digits inside a number, a hyphen between spaces as a comma) without
    /// building the word list. It proves most sentences one clause; the only cue it settles itself
    /// is a relative word after a comma, which cuts only when it has a time of its own: those are
    /// handed back for `clauses(of:)` to test. Everything else a rule may cut at is left to them.
    enum CueScan {
        /// Relative words after a comma: (word index, byte start, byte end of their clause, i.e.
        /// the start of the next word after a comma or the sentence's end). Two at most: more go
        /// to the full rules.
        struct Relatives {
            private(set) var count = 0
            private var first = (0, 0, 0), second = (0, 0, 0)

            subscript(i: Int) -> (Int, Int, Int) { i == 0 ? first : second }

            /// False when full.
            mutating func append(index: Int, start: Int, end: Int) -> Bool {
                switch count {
                case 0: first = (index, start, end)
                case 1: second = (index, start, end)
                default: return false
                }
                count += 1
                return true
            }

            /// Ends the open clauses at `start`: a word after a comma, or the sentence's end.
            mutating func close(at start: Int) {
                if count > 0 && first.2 < 0 { first.2 = start }
                if count > 1 && second.2 < 0 { second.2 = start }
            }
        }

        /// The number of words, with the relative words after a comma in `relatives`; nil when the
        /// sentence is not ASCII or holds any other cue: a `;`, the word "and", "while", "whereas"
        /// or "with" after a comma, or an initial "while", "whereas" or "although" (in any case).
        static func scan(_ s: UnsafeBufferPointer<UInt8>, relatives: inout Relatives) -> Int? {
            ByteClass.table.withUnsafeBufferPointer { classes in
                let n = s.count, filter = kindFilter
                var i = 0
                var wordCount = 0
                var sawComma = false
                @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
                while i < n {
                    let b = s[i]
                    let k = classes[Int(b)]
                    if k & ByteClass.wordStart == 0 {
                        if k & ByteClass.nonASCII != 0 || b == 0x3B { return nil }
                        if b == 0x2C { sawComma = true }
                        // A hyphen standing alone between spaces sets off a clause like a comma.
                        else if b == 0x2D, i > 0, i + 1 < n, s[i - 1] == 0x20, s[i + 1] == 0x20 { sawComma = true }
                        i += 1
                        continue
                    }
                    let start = i
                    // Letters, digits, apostrophes, and a comma or point between digits.
                    while i < n {
                        let c = s[i]
                        if classes[Int(c)] & ByteClass.wordPart != 0 { i += 1; continue }
                        if (c == 0x2C || c == 0x2E) && i + 1 < n && isDigit(s[i + 1]) && isDigit(s[i - 1]) { i += 1; continue }
                        break
                    }
                    let word = UnsafeBufferPointer(rebasing: s[start..<i])
                    if sawComma { relatives.close(at: start) }
                    // "and" cuts anywhere; every other cue only after a comma or as the first word:
                    // the others are passed over without a lookup.
                    if word.count == 3, word[0] | 0x20 == 0x61, word[1] | 0x20 == 0x6E, word[2] | 0x20 == 0x64 { return nil }
                    if sawComma || wordCount == 0, filter.mayHold(word), let kinds = cueKinds(word) {
                        if sawComma && !kinds.isDisjoint(with: [.contrast, .with]) { return nil }
                        if wordCount == 0 && !kinds.isDisjoint(with: [.contrast, .although]) { return nil }
                        if sawComma && kinds.contains(.relative) {
                            guard relatives.append(index: wordCount, start: start, end: -1) else { return nil }
                        }
                    }
                    sawComma = false
                    wordCount += 1
                }
                relatives.close(at: n)
                return wordCount
            }
        }
    }
}

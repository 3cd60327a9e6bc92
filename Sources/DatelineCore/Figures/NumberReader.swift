/// Reads one number at a token: digits ("132,000", "8.5", "200 000", "1.5 million"), words
/// ("one", "twenty-five", "a hundred") or vague amounts ("dozens", "tens of thousands").
struct NumberReader: Sendable {
    let lexicon: FigureLexicon

    struct Reading {
        var value: Double
        var upper: Double
        /// Token after the number.
        var end: Int
        var isDigits: Bool
        var isVague: Bool
        var plainInteger: Bool
    }

    func read(_ t: [ClaimsToken], at i: Int) -> Reading? {
        // Most tokens are words that open no number: turn them away before copying the token.
        if t[i].kind == .word, lexicon.numberish.longestMatch(t, at: i) == nil { return nil }
        let x = t[i]
        if x.kind == .number {
            // Number tokens are ASCII digits, commas and periods (`ClaimsTokenizer`): byte tests,
            // not Foundation's string search.
            func has(_ text: String, _ c: Unicode.Scalar) -> Bool { text.utf8.contains(UInt8(ascii: c)) }
            let written = x.text
            var text = has(written, ",") ? String(decoding: written.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self) : written
            var end = i + 1
            // "200 000": a space as the thousands separator.
            while end < t.count, t[end].kind == .number, t[end].spaceBefore, t[end].textCount == 3,
                  t[end - 1].textCount <= 3, !has(t[end].text, "."), !has(text, ".") {
                text += t[end].text
                end += 1
            }
            guard var value = Double(text) else { return nil }
            let plain = !has(written, ",") && !has(written, ".") && end == i + 1
            if end < t.count, t[end].kind == .word, let m = lexicon.multipliers[t[end]] {
                value *= m
                end += 1
            }
            return Reading(value: value, upper: value, end: end, isDigits: true, isVague: false,
                           plainInteger: plain && end == i + 1)
        }
        guard x.kind == .word else { return nil }
        if let v = lexicon.vague.longestMatch(t, at: i) {
            return Reading(value: v.payload.0, upper: v.payload.1, end: i + v.length, isDigits: false, isVague: true,
                           plainInteger: false)
        }
        var total = 0.0, current = 0.0, consumed = false
        var k = i
        if (x.key == "a" || x.key == "an"), i + 1 < t.count, lexicon.multipliers[t[i + 1]] != nil {
            current = 1; consumed = true; k += 1
        }
        while k < t.count, t[k].kind == .word || t[k].key == "-" {
            let w = t[k].key
            if let v = lexicon.numberWords[t[k]] {
                current += v; consumed = true; k += 1
                // "twenty-five"
                if v >= 20, v < 100, k + 1 < t.count, t[k].key == "-", !t[k].spaceBefore,
                   let u = lexicon.numberWords[t[k + 1]], u < 10 {
                    current += u; k += 2
                }
                continue
            }
            if let m = lexicon.multipliers[t[k]], consumed {
                if m == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * m; current = 0 }
                k += 1
                continue
            }
            if w == "and", consumed, total + current >= 100, k + 1 < t.count, lexicon.numberWords[t[k + 1]] != nil {
                k += 1
                continue
            }
            break
        }
        guard consumed else { return nil }
        let value = total + current
        return Reading(value: value, upper: value, end: k, isDigits: false, isVague: false, plainInteger: false)
    }
}

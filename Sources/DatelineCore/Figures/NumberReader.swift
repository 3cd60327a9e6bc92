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
        if x.kind == .number, let fast = digits(t, at: i) { return fast }
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

    /// `read` for a number token, from the packed digits instead of parsing a `String`; nil when
    /// that is not certain to give `Double(text)`'s value (then `read` parses the text).
    /// At most 15 digits are exact in a `Double`, and so is 10^k for k <= 22: the one rounding
    /// of their quotient is the correctly rounded value of the decimal, as `Double(text)` is.
    private func digits(_ t: [ClaimsToken], at i: Int) -> Reading? {
        guard t[i].isShort, var p = Self.parts(t[i].key), p.dots <= 1 else { return nil }
        let plainToken = !p.commas && p.dots == 0
        var end = i + 1
        // "200 000": a space as the thousands separator (the conditions of `read`).
        while end < t.count, t[end].kind == .number, t[end].spaceBefore, t[end].textCount == 3,
              t[end - 1].textCount <= 3 {
            guard t[end].isShort, let q = Self.parts(t[end].key), q.digits == 3, !q.commas else { return nil }
            if q.dots != 0 || p.dots != 0 { break }
            guard p.digits <= 12 else { return nil }
            p.mantissa = p.mantissa * 1000 + q.mantissa
            p.digits += 3
            end += 1
        }
        guard p.digits <= 15 else { return nil }
        var value = p.dots == 0 ? Double(p.mantissa) : Double(p.mantissa) / Self.powersOfTen[p.fraction]
        let plain = plainToken && end == i + 1
        if end < t.count, t[end].kind == .word, let m = lexicon.multipliers[t[end]] {
            value *= m
            end += 1
        }
        return Reading(value: value, upper: value, end: end, isDigits: true, isVague: false,
                       plainInteger: plain && end == i + 1)
    }

    private struct Parts {
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var dots = 0
        var commas = false
    }

    /// Digits, commas and periods of a packed number text (nil: another byte).
    private static func parts(_ key: ClaimsKey) -> Parts? {
        var p = Parts()
        for k in 0..<Int(key.count) {
            let b = key.byte(k)
            if b >= 48 && b <= 57 {
                p.mantissa = p.mantissa * 10 + UInt64(b - 48)
                p.digits += 1
                if p.dots > 0 { p.fraction += 1 }
            } else if b == 44 {
                p.commas = true
            } else if b == 46 {
                p.dots += 1
            } else {
                return nil
            }
        }
        return p
    }

    /// 10^0 … 10^22, each exact in a `Double`.
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                                1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]
}

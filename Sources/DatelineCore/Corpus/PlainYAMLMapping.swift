/// The common front matter without Yams: lines `key: value` where the key is a plain word and the
/// value a plain, single- or double-quoted scalar on that line, needing no escape or folding. For
/// such a block the answer is provably what `Yams.compose` returns: its scalars are these bytes
/// as they stand. Anything else (comments, indentation, empty or multi-line values, indicators,
/// escapes, tabs, characters YAML treats specially, repeated keys, a malformed line) returns nil,
/// and the caller asks Yams, whose warnings and messages stay the only ones.
enum PlainYAMLMapping {
    /// The pairs in order, or nil when the block is not of that simple form (or has no pair).
    static func pairs(_ s: UnsafeBufferPointer<UInt8>) -> [(key: String, value: String)]? {
        var pairs: [(key: String, value: String)] = []
        var lowered: [String] = []
        var lineStart = 0
        while lineStart < s.count {
            let lineEnd = s[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? s.count
            if lineEnd > lineStart {
                guard let pair = pair(UnsafeBufferPointer(rebasing: s[lineStart..<lineEnd])) else { return nil }
                // Keys that repeat, even in another case, are left to Yams and its rules.
                let key = pair.key.lowercased()
                guard !lowered.contains(key) else { return nil }
                lowered.append(key)
                pairs.append(pair)
            }
            lineStart = lineEnd + 1
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// One line: an ASCII word key, a colon, spaces, then a value that ends the line.
    private static func pair(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String)? {
        guard let first = line.first, isLetter(first) else { return nil }
        var i = 1
        while i < line.count, isLetter(line[i]) || isDigit(line[i]) || line[i] == UInt8(ascii: "_") || line[i] == UInt8(ascii: "-") { i += 1 }
        let keyEnd = i
        // libyaml wants a simple key's colon within 1024 characters of its start.
        guard keyEnd <= 128, i + 1 < line.count, line[i] == UInt8(ascii: ":"), line[i + 1] == UInt8(ascii: " ") else { return nil }
        i += 2
        while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
        guard i < line.count else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[0..<keyEnd]), as: UTF8.self)
        let rest = UnsafeBufferPointer(rebasing: line[i...])
        guard let value = quoted(rest) ?? plain(rest) else { return nil }
        return (key, value)
    }

    /// `"…"` without backslash escapes, or `'…'` without doubled quotes, closing at the line's end.
    private static func quoted(_ v: UnsafeBufferPointer<UInt8>) -> String? {
        guard let quote = v.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        guard v.count >= 2, v[v.count - 1] == quote else { return nil }
        let content = UnsafeBufferPointer(rebasing: v[1..<(v.count - 1)])
        guard !content.contains(quote), !content.contains(UInt8(ascii: "\\")), allPrintable(content) else { return nil }
        return String(decoding: content, as: UTF8.self)
    }

    /// A plain scalar: starts with a letter, digit, `(` or a non-ASCII character; no `: `, no
    /// ` #`, no `:` or space at its end (YAML would end the scalar there or trim it).
    private static func plain(_ v: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = v.first, isLetter(first) || isDigit(first) || first == UInt8(ascii: "(") || first >= 0x80 else { return nil }
        guard let last = v.last, last != UInt8(ascii: " "), last != UInt8(ascii: ":") else { return nil }
        for i in 1..<v.count {
            if v[i] == UInt8(ascii: " ") && v[i - 1] == UInt8(ascii: ":") { return nil }
            if v[i] == UInt8(ascii: "#") && v[i - 1] == UInt8(ascii: " ") { return nil }
        }
        guard allPrintable(v) else { return nil }
        return String(decoding: v, as: UTF8.self)
    }

    /// ASCII 0x20–0x7E, or a non-ASCII character that YAML reads as ordinary text: not C1, not a
    /// line or paragraph separator (U+2028, U+2029), not U+FEFF, U+FFFE, U+FFFF.
    private static func allPrintable(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < v.count {
            let b = v[i]
            if b >= 0x20 && b < 0x7F { i += 1; continue }
            if b < 0x80 { return false }
            if b == 0xC2 { guard i + 1 < v.count, v[i + 1] >= 0xA0 else { return false } }
            if b == 0xE2, i + 2 < v.count, v[i + 1] == 0x80, v[i + 2] == 0xA8 || v[i + 2] == 0xA9 { return false }
            if b == 0xEF, i + 2 < v.count, (v[i + 1] == 0xBB && v[i + 2] == 0xBF) || (v[i + 1] == 0xBF && (v[i + 2] == 0xBE || v[i + 2] == 0xBF)) { return false }
            i += 1
        }
        return true
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}

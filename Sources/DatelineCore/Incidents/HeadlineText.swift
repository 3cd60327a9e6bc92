/// Makes a passage fit a headline: no leading conjunction, a capital first letter, at most
/// `limit` characters cut at a word with an ellipsis.
enum HeadlineText {
    static let leadingWords: Set<String> = ["and", "but", "while", "whereas", "meanwhile,", "although", "with", "who", "which", "where", "when"]

    static func trim(_ text: String, limit: Int) -> String {
        asciiTrim(text, limit: limit) ?? characterTrim(text, limit: limit)
    }

    /// The rules over `Character`s: any text.
    static func characterTrim(_ text: String, limit: Int) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = words.first, leadingWords.contains(first.lowercased()), words.count > 3 { words.removeFirst() }
        var result = words.joined(separator: " ")
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        if result.count > limit {
            var cut = String(result.prefix(limit))
            if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
            while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
            result = cut + "\u{2026}"
        }
        return result
    }

    /// The same rules over bytes, for ASCII text without CR: there every byte is one `Character`,
    /// so word splitting, counting and cutting need no grapheme breaking (the `Character` path
    /// cost a third of building the incidents). Nil when the text is not such.
    static func asciiTrim(_ text: String, limit: Int) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var words = 0
        var firstWordEnd = 0
        var spaceBefore = false
        // Words joined by single spaces, none leading or trailing (`split` then `joined`).
        for b in text.utf8 {
            if b >= 0x80 || b == 0x0D { return nil }
            if b == 0x20 { spaceBefore = true; continue }
            if spaceBefore || bytes.isEmpty {
                if !bytes.isEmpty { bytes.append(0x20) }
                if words == 1 { firstWordEnd = bytes.count - 1 }
                words += 1
                spaceBefore = false
            }
            bytes.append(b)
        }
        if words == 1 { firstWordEnd = bytes.count }
        if words > 3 {
            let first = String(decoding: bytes[..<firstWordEnd], as: UTF8.self)
            if leadingWords.contains(first.lowercased()) { bytes.removeFirst(firstWordEnd + 1) }
        }
        if let first = bytes.first, (0x61...0x7A).contains(first) { bytes[0] = first - 0x20 }
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        var cut = bytes[..<limit]
        if let space = cut.lastIndex(of: 0x20) { cut = cut[..<space] }
        while let last = cut.last, last == 0x2C || last == 0x3B || last == 0x3A { cut = cut.dropLast() }
        return String(decoding: cut, as: UTF8.self) + "\u{2026}"
    }
}

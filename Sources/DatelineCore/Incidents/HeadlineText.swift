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
        var text = text
        return text.withUTF8 { asciiTrim($0, limit: limit) }
    }

    private static func asciiTrim(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        guard isPlainASCII(text) else { return nil }
        // Joining never lengthens: the words fit in the text's own length.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { bytes in
            var count = 0
            var words = 0
            var firstWordEnd = 0
            var spaceBefore = false
            // Words joined by single spaces, none leading or trailing (`split` then `joined`).
            for b in text {
                if b == 0x20 { spaceBefore = true; continue }
                if spaceBefore || count == 0 {
                    // Four words in and `limit` bytes past the first word, the rest can change
                    // nothing: the first word's fate is known and the cut comes before the rest.
                    if words > 3 && count > firstWordEnd + 1 + limit { break }
                    if count > 0 { bytes[count] = 0x20; count += 1 }
                    if words == 1 { firstWordEnd = count - 1 }
                    words += 1
                    spaceBefore = false
                }
                bytes[count] = b
                count += 1
            }
            if words == 1 { firstWordEnd = count }
            var start = 0
            if words > 3 && isLeadingWord(UnsafeBufferPointer(rebasing: bytes[..<firstWordEnd])) { start = firstWordEnd + 1 }
            if start < count, (0x61...0x7A).contains(bytes[start]) { bytes[start] -= 0x20 }
            guard count - start > limit else {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self)
            }
            var end = start + limit
            if let space = bytes[start..<end].lastIndex(of: 0x20) { end = space }
            while end > start, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x3A { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) + "\u{2026}"
        }
    }

    /// `leadingWords` as bytes: all ASCII, so an ASCII word lower-cased byte by byte is one of
    /// them exactly when its bytes are (making a `String` of each first word to look it up cost
    /// a quarter of the byte path).
    private static let leadingWordBytes: [[UInt8]] = leadingWords.map { Array($0.utf8) }

    private static func isLeadingWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        leadingWordBytes.contains { candidate in
            candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == ((0x41...0x5A).contains($1) ? $1 | 0x20 : $1) }
        }
    }

    /// Characters in `text`: its bytes when it is ASCII without CR (a byte a `Character`), else
    /// counted by grapheme breaking, which cost as much as the rest of a headline's scoring.
    static func characterCount(_ text: String) -> Int {
        isPlainASCII(text) ? text.utf8.count : text.count
    }

    /// Whether every byte of `text` is ASCII and none is CR (which joins the LF after it into
    /// one `Character`): then bytes and `Character`s are one to one.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlainASCII) ?? !text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    /// The same over bytes, eight at a time.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i &+ 8 <= bytes.count {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // `inRange` wants bit 7 clear in every byte: tested first.
            if x & ASCIILanes.high != 0 || ASCIILanes.inRange(x, 0x0D, 0x0D) != 0 { return false }
            i &+= 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
            i &+= 1
        }
        return true
    }
}

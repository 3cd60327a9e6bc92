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
        switch text.withUTF8({ asciiTrim($0, limit: limit) }) {
        case nil: return nil
        case .unchanged: return text
        case .trimmed(let trimmed): return trimmed
        }
    }

    /// What the rules made of a text: most headlines are their passage as it stands, and
    /// copying it (validating the copy) was a third of the byte path.
    private enum Trimmed {
        case unchanged
        case trimmed(String)
    }

    private static func asciiTrim(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> Trimmed? {
        guard let spacing = spacing(of: text) else { return nil }
        // Mostly the words are joined by single spaces already: the text is its own joining.
        if spacing.single {
            return finish(text, words: text.isEmpty ? 0 : spacing.spaces + 1, firstWordEnd: spacing.firstSpace, limit: limit,
                          joinedIsText: true)
        }
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
            return finish(UnsafeBufferPointer(rebasing: bytes[..<count]), words: words, firstWordEnd: firstWordEnd, limit: limit,
                          joinedIsText: false)
        }
    }

    /// The rest of the rules on the joined words (or a prefix of them long enough to be cut):
    /// drop a leading conjunction, capitalise, cut at `limit` at a word with an ellipsis.
    /// `joinedIsText`: `joined` is the text itself, which is then `.unchanged` when the rules
    /// leave it as it stands.
    private static func finish(_ joined: UnsafeBufferPointer<UInt8>, words: Int, firstWordEnd: Int, limit: Int,
                               joinedIsText: Bool) -> Trimmed {
        var start = 0
        if words > 3 && isLeadingWord(UnsafeBufferPointer(rebasing: joined[..<firstWordEnd])) { start = firstWordEnd + 1 }
        var end = joined.count
        let cut = end - start > limit
        if cut {
            end = start + limit
            if let space = joined[start..<end].lastIndex(of: 0x20) { end = space }
            while end > start, joined[end - 1] == 0x2C || joined[end - 1] == 0x3B || joined[end - 1] == 0x3A { end -= 1 }
        }
        if joinedIsText && start == 0 && !cut && !(joined.first.map(isLowercaseASCII) ?? false) { return .unchanged }
        // Copied once: the first letter capitalised on the way, the ellipsis (U+2026) after.
        let length = end - start + (cut ? 3 : 0)
        guard length > 0 else { return .trimmed("") }
        return .trimmed(String(unsafeUninitializedCapacity: length) { out in
            let base = out.baseAddress!
            if end > start {
                base.initialize(from: joined.baseAddress! + start, count: end - start)
                if isLowercaseASCII(base[0]) { base[0] -= 0x20 }
            }
            if cut { (base[end - start], base[end - start + 1], base[end - start + 2]) = (0xE2, 0x80, 0xA6) }
            return length
        })
    }

    @inline(__always)
    private static func isLowercaseASCII(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }

    /// `leadingWords` as bytes: all ASCII, so an ASCII word lower-cased byte by byte is one of
    /// them exactly when its bytes are (making a `String` of each first word to look it up cost
    /// a quarter of the byte path).
    private static let leadingWordBytes: [[UInt8]] = leadingWords.map { Array($0.utf8) }

    private static func isLeadingWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        leadingWordBytes.contains { candidate in
            candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == ASCIILanes.lowercased(byte: $1) }
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
        text.utf8.withContiguousStorageIfAvailable(isPlainASCII) ?? !text.utf8.contains { !isPlainASCII($0) }
    }

    /// The same over bytes, eight at a time (without `spacing`'s bookkeeping: the headline score
    /// asks it of every passage).
    static func isPlainASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        var i = 0
        while i &+ 8 <= text.count {
            if !isPlainASCII(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))) { return false }
            i &+= 8
        }
        while i < text.count {
            if !isPlainASCII(text[i]) { return false }
            i &+= 1
        }
        return true
    }

    @inline(__always)
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0D }

    @inline(__always)
    private static func isPlainASCII(_ eight: UInt64) -> Bool {
        // `inRange` wants bit 7 clear in every byte: tested first.
        eight & ASCIILanes.high == 0 && ASCIILanes.inRange(eight, 0x0D, 0x0D) == 0
    }

    /// For plain ASCII text (else nil), eight bytes at a time: whether its words are joined by
    /// single spaces already (none leading, trailing or doubled), how many spaces it has, and
    /// where the first one is (the end when none).
    static func spacing(of text: UnsafeBufferPointer<UInt8>) -> (single: Bool, spaces: Int, firstSpace: Int)? {
        guard let base = text.baseAddress else { return (true, 0, 0) }
        var spaces = 0, firstSpace = text.count, doubled = false, spaceLast = false
        var i = 0
        while i &+ 8 <= text.count {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            guard isPlainASCII(x) else { return nil }
            let space = ASCIILanes.inRange(x, 0x20, 0x20)
            if space != 0 {
                if firstSpace == text.count { firstSpace = i &+ space.trailingZeroBitCount / 8 }
                spaces &+= space.nonzeroBitCount
                // Two spaces side by side: within these eight bytes, or across from the last eight.
                if space & (space << 8) != 0 || (spaceLast && space & 0x80 != 0) { doubled = true }
            }
            spaceLast = space >> 63 != 0
            i &+= 8
        }
        while i < text.count {
            let b = text[i]
            guard isPlainASCII(b) else { return nil }
            if b == 0x20 {
                if firstSpace == text.count { firstSpace = i }
                spaces &+= 1
                if spaceLast { doubled = true }
            }
            spaceLast = b == 0x20
            i &+= 1
        }
        let single = !doubled && (text.isEmpty || (text[0] != 0x20 && text[text.count - 1] != 0x20))
        return (single, spaces, firstSpace)
    }
}

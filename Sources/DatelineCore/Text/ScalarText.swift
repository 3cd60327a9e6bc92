/// A string viewed as an array of Unicode scalars, so that offsets are stable integers that
/// match what the export promises (`body[start..<end]` in code points, as Python indexes).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    /// Every scalar is ASCII: scalar offsets are byte offsets, and the word-level fast paths
    /// (which give the Unicode answers only for ASCII) apply everywhere.
    let isASCII: Bool
    /// The string itself when ASCII: a piece of it is then copied as it is, with no re-encoding
    /// or validation.
    private let ascii: String?

    init(_ string: String) {
        // Decoded straight from the UTF-8 (ASCII a byte at a time): `Array(unicodeScalars)`
        // walked the string twice, once to count and once to copy.
        var string = string
        (scalars, isASCII) = string.withUTF8 { utf8 in
            // Nearly all text is ASCII: one OR over the bytes, then a widening copy.
            var any: UInt8 = 0
            for b in utf8 { any |= b }
            if any < 0x80 {
                let ascii = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                    for i in 0..<utf8.count { buffer[i] = Unicode.Scalar(utf8[i]) }
                    count = utf8.count
                }
                return (ascii, true)
            }
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(utf8.count)
            var i = 0
            while i < utf8.count {
                let b0 = utf8[i]
                if b0 < 0x80 { out.append(Unicode.Scalar(b0)); i += 1; continue }
                // Valid UTF-8 (a Swift string): the lead byte gives the length.
                var value: UInt32, length: Int
                if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); length = 2 }
                else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); length = 3 }
                else { value = UInt32(b0 & 0x07); length = 4 }
                for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                out.append(Unicode.Scalar(value)!)
                i += length
            }
            return (out, false)
        }
        ascii = isASCII ? string : nil
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    /// Encodes the scalars straight into a UTF-8 buffer: appending them to a
    /// `String.UnicodeScalarView` one by one was a tenth of the pipeline's time.
    func string(_ range: Range<Int>) -> String {
        // ASCII: byte offsets are scalar offsets, and every offset is a scalar boundary.
        if var ascii {
            // Copied from the string's own bytes: building it from a `Substring.UTF8View` cost
            // twice the copy.
            return ascii.withUTF8 { utf8 in
                String(unsafeUninitializedCapacity: range.count) { buffer in
                    if !range.isEmpty { buffer.baseAddress!.update(from: utf8.baseAddress! + range.lowerBound, count: range.count) }
                    return range.count
                }
            }
        }
        return Self.string(scalars[range])
    }

    /// Whether the scalars in `range` are all ASCII (where the byte-level fast paths give the
    /// same answers as the Unicode ones).
    func isASCII(_ range: Range<Int>) -> Bool {
        if isASCII { return true }
        return scalars.withUnsafeBufferPointer { s in
            var any: UInt32 = 0
            for i in range { any |= s[i].value }
            return any < 0x80
        }
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for s in scalars { byteCount += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var n = 0
            for s in scalars {
                if s.value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: s.value)
                    n += 1
                } else {
                    for byte in UTF8.encode(s)! { buffer[n] = byte; n += 1 }
                }
            }
            return n
        }
    }

    /// `string(range).lowercased()`, without the intermediate string when the range is ASCII.
    func lowered(_ range: Range<Int>) -> String {
        Self.lowered(scalars[range])
    }

    static func lowered(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return string(scalars).lowercased() }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var n = 0
            for s in scalars {
                let b = UInt8(truncatingIfNeeded: s.value)
                buffer[n] = b &- 0x41 < 26 ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }

    /// Narrows `range` so it neither starts nor ends with white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        scalars.withUnsafeBufferPointer { Self.trimmed(range, in: $0) }
    }

    @inline(__always)
    static func trimmed(_ range: Range<Int>, in s: UnsafeBufferPointer<Unicode.Scalar>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, s[lower].isWhiteSpace { lower += 1 }
        while upper > lower, s[upper - 1].isWhiteSpace { upper -= 1 }
        return lower..<upper
    }

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(text: string(range), start: range.lowerBound, end: range.upperBound)
    }
}

/// Character classes with an ASCII fast path: `Unicode.Scalar.Properties` lookups (a table
/// search per call) were the word splitters' main cost, and most text is ASCII. Within ASCII the
/// answers are exactly those of the Unicode properties (tested).
extension Unicode.Scalar {
    /// Unicode `Uppercase`.
    @inline(__always) var isUppercaseLetter: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }
    /// Unicode `Alphabetic`.
    @inline(__always) var isLetter: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }
    /// Unicode `White_Space`.
    @inline(__always) var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }
    @inline(__always) var isDigit: Bool { value &- 0x30 < 10 }
    @inline(__always) var isNewline: Bool { self == "\n" || self == "\r" || self == "\u{2028}" || self == "\u{2029}" }
    /// Straight and typographic quotation marks and brackets that may close a sentence.
    @inline(__always) var isClosingPunctuation: Bool {
        switch self {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": return true
        default: return false
        }
    }
    var isOpeningQuote: Bool { self == "\u{201C}" || self == "\u{00AB}" || self == "\u{2018}" }
}

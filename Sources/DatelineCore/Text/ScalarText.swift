/// A string viewed as an array of Unicode scalars, so that offsets are stable integers that
/// match what the export promises (`body[start..<end]` in code points, as Python indexes).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Narrows `range` so it neither starts nor ends with white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(text: string(range), start: range.lowerBound, end: range.upperBound)
    }
}

extension Unicode.Scalar {
    var isUppercaseLetter: Bool { properties.isUppercase }
    var isLetter: Bool { properties.isAlphabetic }
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isNewline: Bool { self == "\n" || self == "\r" || self == "\u{2028}" || self == "\u{2029}" }
    /// Straight and typographic quotation marks and brackets that may close a sentence.
    var isClosingPunctuation: Bool {
        switch self {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": return true
        default: return false
        }
    }
    var isOpeningQuote: Bool { self == "\u{201C}" || self == "\u{00AB}" || self == "\u{2018}" }
}

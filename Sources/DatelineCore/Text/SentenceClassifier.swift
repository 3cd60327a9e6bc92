/// Tells reporting prose from headlines, captions and page furniture, by general cues:
/// - a paragraph carrying a caption label ("Credit:", "Photo:") is a caption;
/// - a paragraph carrying a promotion cue ("newsletter", "podcast", "app key") is boilerplate;
/// - a paragraph without final punctuation is a headline or standfirst at the top, a subheading
///   further down when short.
struct SentenceClassifier: Sendable {
    let boilerplateCues: [String]
    let captionCues: [String]
    static let subheadingWords = 12

    static func bundled() throws -> SentenceClassifier {
        SentenceClassifier(
            boilerplateCues: try LexiconFile(resource: "lexicons/boilerplate-cues.tsv").words,
            captionCues: try LexiconFile(resource: "lexicons/caption-cues.tsv").words
        )
    }

    /// `index` is the paragraph's position: a run-on line at the top is a headline or standfirst,
    /// further down only a short one is a subheading (a long one is prose missing its full stop).
    func kind(ofParagraph text: String, index: Int) -> SentenceKind {
        let lower = " " + text.lowercased() + " "
        if captionCues.contains(where: { lower.contains($0) }) { return .caption }
        if boilerplateCues.contains(where: { containsWord(lower, $0) }) { return .boilerplate }
        guard let last = text.unicodeScalars.last else { return .boilerplate }
        let ended = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last.isClosingPunctuation || last == ":"
        if !ended {
            let words = text.split(separator: " ").count
            return (index <= 1 && words <= 40) || words <= Self.subheadingWords ? .headline : .body
        }
        return .body
    }

    private func containsWord(_ haystack: String, _ cue: String) -> Bool {
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: cue, range: searchRange) {
            let before = found.lowerBound == haystack.startIndex ? " " : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? " " : haystack[found.upperBound]
            if !before.isLetter && !after.isLetter { return true }
            searchRange = found.upperBound..<haystack.endIndex
        }
        return false
    }
}

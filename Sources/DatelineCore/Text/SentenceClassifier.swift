/// Tells reporting prose from headlines, captions and page furniture, by general cues:
/// - a paragraph carrying a caption label ("Credit:", "Photo:") is a caption;
/// - a paragraph carrying a promotion cue ("newsletter", "podcast", "app key") is boilerplate;
/// - a paragraph without final punctuation is a headline or standfirst at the top, a subheading
///   further down when short.
struct SentenceClassifier: Sendable {
    /// Caption cues (group 0, anywhere) and promotion cues (group 1, whole words), searched as
    /// lower-case text in one pass per paragraph.
    private let scanner: CueScanner
    private static let caption = 0, boilerplate = 1
    private static let wholeWordGroups: UInt64 = 1 << boilerplate
    static let subheadingWords = 12

    init(boilerplateCues: [String], captionCues: [String]) {
        scanner = CueScanner(groups: [captionCues.map { Array($0.utf8) }, boilerplateCues.map { Array($0.utf8) }])
    }

    static func bundled() throws -> SentenceClassifier {
        SentenceClassifier(
            boilerplateCues: try LexiconFile(resource: "lexicons/boilerplate-cues.tsv").words,
            captionCues: try LexiconFile(resource: "lexicons/caption-cues.tsv").words
        )
    }

    func kind(ofParagraph text: String, index: Int) -> SentenceKind {
        let scalars = ScalarText(text)
        return kind(of: scalars, paragraph: 0..<scalars.count, index: index)
    }

    /// `index` is the paragraph's position: a run-on line at the top is a headline or standfirst,
    /// further down only a short one is a subheading (a long one is prose missing its full stop).
    func kind(of text: ScalarText, paragraph: Range<Int>, index: Int) -> SentenceKind {
        // ASCII (nearly all text) is read in place; other text is lower-cased by Unicode rules and
        // split into Characters, as before. Foundation's String search was half the pipeline's time
        // on Linux.
        let ascii = text.isASCII(paragraph)
        let cue = ascii
            ? text.scalars.withUnsafeBufferPointer { scanner.firstGroup(inASCII: $0, paragraph, wholeWordGroups: Self.wholeWordGroups) }
            : scanner.firstGroup(in: CueScanner.lowercasedBytes(text.string(paragraph)), wholeWordGroups: Self.wholeWordGroups)
        if cue == Self.caption { return .caption }
        if cue == Self.boilerplate { return .boilerplate }
        guard !paragraph.isEmpty else { return .boilerplate }
        let last = text[paragraph.upperBound - 1]
        let ended = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last.isClosingPunctuation || last == ":"
        if !ended {
            let words = ascii ? Self.spaceSeparatedCount(text, paragraph) : text.string(paragraph).split(separator: " ").count
            return (index <= 1 && words <= 40) || words <= Self.subheadingWords ? .headline : .body
        }
        return .body
    }

    /// `split(separator: " ").count` for ASCII, where every scalar is a Character (a CR LF pair
    /// is one, but neither is a space).
    private static func spaceSeparatedCount(_ text: ScalarText, _ range: Range<Int>) -> Int {
        text.scalars.withUnsafeBufferPointer { s in
            var count = 0
            var inWord = false
            for i in range {
                let space = s[i] == " "
                if !space && !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
    }
}

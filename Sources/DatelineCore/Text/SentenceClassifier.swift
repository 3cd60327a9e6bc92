/// Tells reporting prose from headlines, captions and page furniture, by general cues:
/// - a paragraph carrying a caption label ("Credit:", "Photo:") is a caption;
/// - a paragraph carrying a promotion cue ("newsletter", "podcast", "app key") is boilerplate;
/// - a paragraph without final punctuation is a headline or standfirst at the top, a subheading
///   further down when short.
struct SentenceClassifier: Sendable {
    /// The cues, searched as lower-case UTF-8 in one pass per paragraph.
    private let boilerplateScanner: CueScanner
    private let captionScanner: CueScanner
    static let subheadingWords = 12

    init(boilerplateCues: [String], captionCues: [String]) {
        boilerplateScanner = CueScanner(boilerplateCues.map { Array($0.utf8) })
        captionScanner = CueScanner(captionCues.map { Array($0.utf8) })
    }

    static func bundled() throws -> SentenceClassifier {
        SentenceClassifier(
            boilerplateCues: try LexiconFile(resource: "lexicons/boilerplate-cues.tsv").words,
            captionCues: try LexiconFile(resource: "lexicons/caption-cues.tsv").words
        )
    }

    /// `index` is the paragraph's position: a run-on line at the top is a headline or standfirst,
    /// further down only a short one is a subheading (a long one is prose missing its full stop).
    func kind(ofParagraph text: String, index: Int) -> SentenceKind {
        // Byte search over the lower-cased UTF-8: Foundation's String search was half the
        // pipeline's time on Linux.
        let lower = CueScanner.lowercasedBytes(text)
        if captionScanner.occurs(in: lower, wholeWord: false) { return .caption }
        if boilerplateScanner.occurs(in: lower, wholeWord: true) { return .boilerplate }
        guard let last = text.unicodeScalars.last else { return .boilerplate }
        let ended = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last.isClosingPunctuation || last == ":"
        if !ended {
            let words = text.split(separator: " ").count
            return (index <= 1 && words <= 40) || words <= Self.subheadingWords ? .headline : .body
        }
        return .body
    }
}

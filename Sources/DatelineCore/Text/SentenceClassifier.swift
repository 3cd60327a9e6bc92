/// Tells reporting prose from headlines, captions and page furniture, by general cues:
/// - a paragraph carrying a caption label ("Credit:", "Photo:") is a caption;
/// - a paragraph carrying a promotion cue ("newsletter", "podcast", "app key") is boilerplate;
/// - a paragraph without final punctuation is a headline or standfirst at the top, a subheading
///   further down when short.
struct SentenceClassifier: Sendable {
    let boilerplateCues: [String]
    let captionCues: [String]
    /// The cues as UTF-8, converted once rather than per paragraph.
    private let boilerplateBytes: [[UInt8]]
    private let captionBytes: [[UInt8]]
    static let subheadingWords = 12

    init(boilerplateCues: [String], captionCues: [String]) {
        self.boilerplateCues = boilerplateCues
        self.captionCues = captionCues
        boilerplateBytes = boilerplateCues.map { Array($0.utf8) }
        captionBytes = captionCues.map { Array($0.utf8) }
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
        let lower = Array(text.lowercased().utf8)
        if captionBytes.contains(where: { Self.find($0, in: lower, wholeWord: false) }) { return .caption }
        if boilerplateBytes.contains(where: { Self.find($0, in: lower, wholeWord: true) }) { return .boilerplate }
        guard let last = text.unicodeScalars.last else { return .boilerplate }
        let ended = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last.isClosingPunctuation || last == ":"
        if !ended {
            let words = text.split(separator: " ").count
            return (index <= 1 && words <= 40) || words <= Self.subheadingWords ? .headline : .body
        }
        return .body
    }

    /// Whether `needle` occurs in `haystack` (as a whole word: no ASCII letter on either side).
    static func find(_ needle: [UInt8], in haystack: [UInt8], wholeWord: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let first = needle[0]
        func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count {
                    if !wholeWord { return true }
                    let before = i == 0 ? UInt8(32) : haystack[i - 1]
                    let after = i + j == haystack.count ? UInt8(32) : haystack[i + j]
                    if !isLetter(before) && !isLetter(after) { return true }
                }
            }
            i += 1
        }
        return false
    }
}

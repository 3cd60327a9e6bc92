/// The two tests behind `MentionSimilarity.continues`: a passage opening with a continuation
/// cue ("Additionally, …"), and an attribution led by a pronoun ("…,” he said).
///
/// Each has a `Character` rule (the definition) and a byte path for ASCII text, which is what
/// nearly every passage is: lower-casing and splitting strings for each of a corpus's mentions
/// was over a quarter of clustering's time. The byte path answers only when it is sure to agree
/// with the rule (FastPathTests compare the two), and hands every other text to the rule.
struct ContinuationCues: Sendable {
    /// Lower-case openings, as in the lexicon.
    let cues: [String]
    /// The cues' bytes, or nil when one is not ASCII (a non-ASCII cue can be canonically
    /// equivalent to ASCII text, which bytes would not see).
    private let asciiCues: [[UInt8]]?
    /// The rule reads this many characters of a passage.
    private static let openingLength = 24

    init(_ cues: [String]) {
        self.cues = cues
        asciiCues = cues.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? cues.map { Array($0.utf8) } : nil
    }

    /// Whether `text` opens with a cue that ends there or before a non-letter.
    func opens(_ text: String) -> Bool {
        if let asciiCues, let answer = text.utf8.withContiguousStorageIfAvailable({ Self.opens($0, asciiCues) }), let answer {
            return answer
        }
        return opensByCharacters(text)
    }

    /// The rule: the first 24 characters, lower-cased, start with a cue not followed by a letter.
    func opensByCharacters(_ text: String) -> Bool {
        let opening = text.prefix(Self.openingLength).lowercased()
        return cues.contains { cue in
            opening.hasPrefix(cue) && opening.dropFirst(cue.count).first.map { !$0.isLetter } != false
        }
    }

    /// Nil unless the bytes the rule reads are one character each: ASCII, with no CR (CR LF is
    /// one character), and the byte after them ASCII too (a combining mark would join the last).
    private static func opens(_ text: UnsafeBufferPointer<UInt8>, _ cues: [[UInt8]]) -> Bool? {
        let read = min(text.count, openingLength + 1)
        for i in 0..<read where text[i] >= 0x80 || text[i] == UInt8(ascii: "\r") { return nil }
        let length = min(text.count, openingLength)
        for cue in cues where cue.count <= length {
            var matches = true
            for (i, c) in cue.enumerated() where ASCIILanes.lowercased(byte: text[i]) != c { matches = false; break }
            guard matches else { continue }
            if cue.count == length || !ASCIILanes.isLetter(byte: text[cue.count]) { return true }
        }
        return false
    }

    /// Whether an attribution cue ("he said", "said the governor") starts with a pronoun.
    static func isPronounLed(_ cue: String) -> Bool {
        if let answer = cue.utf8.withContiguousStorageIfAvailable({ pronounLed($0) }), let answer { return answer }
        return isPronounLedByCharacters(cue)
    }

    /// The rule: the first word of the lower-cased cue, between spaces, is a pronoun.
    static func isPronounLedByCharacters(_ cue: String) -> Bool {
        guard let first = cue.lowercased().split(separator: " ").first else { return false }
        return pronouns.contains(String(first))
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it"]
    private static let asciiPronouns: [[UInt8]] = pronouns.map { Array($0.utf8) }

    /// Nil unless the cue is ASCII (then every byte is a character: a lone CR is not a space
    /// either way, and CR LF inside a word keeps it from being a pronoun either way).
    private static func pronounLed(_ cue: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard cue.allSatisfy({ $0 < 0x80 }) else { return nil }
        let space = UInt8(ascii: " ")
        guard let start = cue.firstIndex(where: { $0 != space }) else { return false }
        let end = cue[start...].firstIndex(of: space) ?? cue.count
        return asciiPronouns.contains { $0.count == end - start && $0.elementsEqual(cue[start..<end].lazy.map { ASCIILanes.lowercased(byte: $0) }) }
    }
}

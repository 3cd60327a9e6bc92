import Testing
@testable import DatelineCore

/// The pipeline tokenizes an article's sentences into one reused array (`tokenize(_:into:)`),
/// scanning into a per-thread scratch with room for a token per byte: it must give, sentence after
/// sentence, exactly the tokens a fresh `tokenize` gives.
@Suite struct ClaimsTokenReuseTests {
    /// Texts long and short, empty, dense with punctuation (a token per byte), non-ASCII, with
    /// possessives, numbers and abbreviations, in an order where the array grows and shrinks.
    private static let texts: [String] = [
        "Gladkov said the drones were shot down overnight.",
        "",
        ".,;:!?\"'()-–—…",
        "Zelenskyy’s office said 1,200 people were evacuated from Kup'yansk, U.S. officials told Reuters.",
        "x",
        String(repeating: "a, ", count: 400),
        "Ärzte in Zürich sagten: «Nein» — 8.5 km nördlich.",
        " \n\t\u{A0}",
        "The ministry's statement, which could not be independently verified, said 3 tanks were destroyed.",
        String(repeating: "Officials said the strike hit Kharkiv. ", count: 50),
        "ok",
    ]

    @Test func reusedArrayGivesTheFreshTokens() {
        var reused: [ClaimsToken] = []
        for text in Self.texts + Self.texts.reversed() {
            ClaimsTokenizer.tokenize(text, into: &reused)
            #expect(reused == ClaimsTokenizer.tokenize(text), "\(text.prefix(40))")
        }
    }

    @Test func randomTextsGiveTheFreshTokens() {
        let pieces = ["said", "Kyiv", "’s", "'s", " ", "  ", ",", ".", "U.S.", "1,000", "8.5", "—", "«", "»", "é", "Ü",
                      "don't", "\n", "-", "\"", "According", "to", "ВСУ", "2024"]
        var generator = SystemRandomNumberGenerator()
        var reused: [ClaimsToken] = []
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            ClaimsTokenizer.tokenize(text, into: &reused)
            #expect(reused == ClaimsTokenizer.tokenize(text), "\(text)")
        }
    }

    @Test func aCopyKeptByTheCallerIsNotOverwritten() {
        var reused: [ClaimsToken] = []
        ClaimsTokenizer.tokenize("Gladkov said", into: &reused)
        let kept = reused
        ClaimsTokenizer.tokenize("Another sentence, longer than the first one.", into: &reused)
        #expect(kept == ClaimsTokenizer.tokenize("Gladkov said"))
    }
}

import Testing
@testable import DatelineCore

/// `DisagreementFinder` compares claims' sources as numbers: equal exactly when the strings are.
@Suite struct DisagreementNumberingTests {
    @Test func numbersAreEqualExactlyForEqualStrings() {
        var rng = SplitMix64(seed: 31)
        // Few and many distinct strings (past the compared few, into the table), runs of one
        // string, equivalent spellings (NFC/NFD), nil.
        let pieces: [String?] = ["a", "b", "kyiv-post-1", "café", "cafe\u{301}", "", nil, "\u{212A}", "K"]
        for distinct in [2, 5, 9, 40] {
            let pool: [String?] = (0..<distinct).map { k in pieces[k % pieces.count].map { $0 + String(k / pieces.count) } } + [nil]
            var numbering = DisagreementFinder.Numbering()
            var seen: [(String?, Int)] = []
            for _ in 0..<400 {
                let string = pool.randomElement(using: &rng)!
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let number = numbering.number(string)
                    #expect((number == -1) == (string == nil))
                    for (other, n) in seen { #expect((n == number) == (other == string), "\(String(describing: other)) \(String(describing: string))") }
                    seen.append((string, number))
                }
            }
        }
    }
}

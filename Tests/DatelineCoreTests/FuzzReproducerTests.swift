import Foundation
import Testing
@testable import DatelineCore

/// Inputs that crashed a fuzz target (Fuzz/, scripts/fuzz.sh), kept so the fix stays fixed.
/// Each names its target and what went wrong; docs/reliability.md lists them.
@Suite("Fuzz reproducers")
struct FuzzReproducerTests {
    /// TimeNormalizerFuzz: "from A to" at the very end of the text read the token after the last
    /// (index out of range in `TimeGrammar.core(at:)`).
    @Test func timeRangeCutOffAfterItsConnective() {
        let reference = CalendarDate(year: 2024, month: 8, day: 14)
        for text in ["From Aug. 7 to Aug. 14, 2From ", "from Monday to", "between 5 and", "From Aug. 7 to"] {
            for normalizer in [TimeNormalizer(reference: reference), TimeNormalizer(reference: nil)] {
                _ = normalizer.expressions(in: text)
                _ = normalizer.dating(text)
            }
        }
        #expect(TimeNormalizer(reference: reference).expressions(in: "From Aug. 7 to Aug. 14, 2From ").first?.phrase.hasPrefix("From Aug. 7 to Aug. 14") == true)
    }
}

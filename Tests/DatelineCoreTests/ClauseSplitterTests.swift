import Testing
@testable import DatelineCore

@Suite struct ClauseSplitterTests {
    /// Times stand in for the normaliser: any four-digit year is a time of its own.
    let splitter = ClauseSplitter(primaryTime: { text in
        text.split(separator: " ").first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map(String.init)
    })

    func clauses(_ sentence: String) -> [String] {
        let text = ScalarText(sentence)
        return splitter.clauses(of: text, range: 0..<text.count).map { text.string($0) }
    }

    @Test func whileAndANewSubjectWithAnAuxiliarySplit() {
        #expect(clauses("Engineers are repairing the dam near the city, while the mayor has ordered a curfew, and about 3,000 residents have been moved to shelters.")
            == ["Engineers are repairing the dam near the city", "while the mayor has ordered a curfew", "and about 3,000 residents have been moved to shelters."])
    }

    @Test func andFollowedByAVerbContinuesTheSameSubject() {
        let s = "The currency fell against the dollar on Friday, and has lost 6% since the start of the crisis."
        #expect(clauses(s) == [s])
    }

    @Test func sentenceInitialWhileContrastsTwoReports() {
        #expect(clauses("While the ministry said 40 villages were taken, the governor reported that only 12 were occupied.")
            == ["While the ministry said 40 villages were taken", "the governor reported that only 12 were occupied."])
    }

    @Test func absoluteWithClauseSplitsOnlyWithANamedActor() {
        #expect(clauses("The region declared an emergency after new attacks, with Kyiv claiming large gains - although this is unverified.").count == 2)
        let s = "Residents fled their homes after the attack, with about 1,000 staying in shelters."
        #expect(clauses(s) == [s])
    }

    @Test func relativeClauseSplitsOnlyWithItsOwnTime() {
        #expect(clauses("Crowds gathered at the old fortress of the city, where in 1812 the army stopped an invasion.")
            == ["Crowds gathered at the old fortress of the city", "where in 1812 the army stopped an invasion."])
        let s = "Crowds gathered near the minister, who spoke about the harvest at length."
        #expect(clauses(s) == [s])
    }

    @Test func shortSentencesAreNeverSplit() {
        #expect(clauses("Talks failed, and fighting resumed.") == ["Talks failed, and fighting resumed."])
    }
}

@Suite struct ClauseSubjectTests {
    let splitter = ClauseSplitter(primaryTime: { _ in nil })

    @Test func aCompoundSubjectIsNotTwoReports() {
        let s = "Ukraine's Defense Ministry and General Staff said they would not comment."
        let text = ScalarText(s)
        #expect(splitter.clauses(of: text, range: 0..<text.count).count == 1)
    }
}

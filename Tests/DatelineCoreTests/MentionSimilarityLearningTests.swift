@testable import DatelineCore
import Testing

/// The index's local re-clustering discovers posting counts as it searches and teaches them to
/// one similarity instead of rebuilding it: the weights must be those of a similarity built with
/// every count at once.
@Suite struct MentionSimilarityLearningTests {
    static let counts = ["sudzha": 3, "kursk": 900, "#troops": 41, "drone": 12, "evacuation": 5_000]

    @Test(arguments: [50, 1_000_000])
    func learningInPiecesEqualsBuildingAtOnce(mentionCount: Int) {
        let whole = MentionSimilarity(documentFrequency: Self.counts, mentionCount: mentionCount, anchor: nil,
                                      continuationCues: [], quantizeAbove: 4096)
        var learned = MentionSimilarity(documentFrequency: [:], mentionCount: mentionCount, anchor: nil,
                                        continuationCues: [], quantizeAbove: 4096)
        learned.learn(documentFrequency: ["sudzha": 3, "kursk": 900])
        learned.learn(documentFrequency: ["#troops": 41])
        learned.learn(documentFrequency: ["drone": 12, "evacuation": 5_000, "kursk": 1])
        #expect(learned.idf == whole.idf)
    }

    @Test func aKnownTermKeepsItsWeight() {
        var s = MentionSimilarity(documentFrequency: ["kursk": 900], mentionCount: 10_000, anchor: nil,
                                  continuationCues: [], quantizeAbove: 4096)
        let before = s.idf["kursk"]
        s.learn(documentFrequency: ["kursk": 2])
        #expect(s.idf["kursk"] == before)
        #expect(s.idf.count == 1)
    }
}

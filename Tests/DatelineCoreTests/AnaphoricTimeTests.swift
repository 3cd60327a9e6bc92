import Testing
@testable import DatelineCore

@Suite struct AnaphoricTimeTests {
    @Test(arguments: [
        ("A day earlier, a fire broke out at the plant.", -1, "A day earlier"),
        ("Two days later the bridge reopened.", 2, "Two days later"),
        ("The previous day, officials had denied it.", -1, "The previous day"),
        ("The next day troops withdrew.", 1, "The next day"),
        ("Hours later, sirens sounded again.", 0, "Hours later"),
        ("The day before, talks had stalled.", -1, "The day before"),
    ])
    func findsOffsetsFromThePassageBefore(_ text: String, _ offset: Int, _ phrase: String) throws {
        let found = try #require(AnaphoricTime.find(in: text))
        #expect(found.offset == offset)
        let expression = AnaphoricTime.expression(found, in: text, anchor: CalendarDate(year: 2024, month: 8, day: 12)!)
        #expect(expression.phrase == phrase)
        #expect(expression.value?.start == CalendarDate(year: 2024, month: 8, day: 12)!.adding(days: offset))
        #expect(expression.basis == .resolved)
    }

    @Test(arguments: [
        "The day before yesterday the convoy left.",
        "Troops held the line for a day.",
        "It was a long day for the ministry.",
    ])
    func leavesOtherPhrasesAlone(_ text: String) {
        #expect(AnaphoricTime.find(in: text) == nil)
    }

    @Test func thePipelineResolvesAgainstTheSentenceBefore() throws {
        let body = "Officials said on Monday that shelling had stopped.\nA day earlier, a fire broke out at the depot."
        let article = Article(id: "a", published: CalendarDate(year: 2024, month: 8, day: 14), body: body)
        let model = try Pipeline.bundled().build(info: CorpusInfo(name: "t", anchor: nil, path: ""), articles: [article])
        let fire = try #require(model.incidents.first { $0.headline.contains("fire") })
        #expect(fire.time.start.iso == "2024-08-11")
        #expect(fire.datingMention.time.phrase == "A day earlier")
    }
}

import Testing
@testable import DatelineCore

/// Rules added while integrating the stages: capitals standing for governments, background
/// phrases that do not date the main event, and regions taken from context.
@Suite struct MetonymyTests {
    let matcher = PlaceMatcher(gazetteer: try! .bundled())

    func names(_ text: String) -> [String] { matcher.places(in: text, focus: .none).map(\.entry.name) }

    @Test(arguments: [
        "Kyiv says its troops hold the line.",
        "Moscow's forces pushed back on Friday.",
        "Western support would give Kyiv a stronger hand in talks.",
        "Officials in the east said Kyiv would open corridors.",
    ])
    func aCapitalActingIsItsGovernment(_ text: String) {
        #expect(!names(text).contains("Kyiv") && !names(text).contains("Moscow"))
    }

    @Test(arguments: [
        ("Missiles struck Kyiv overnight.", "Kyiv"),
        ("The delegation flew to Moscow on Monday.", "Moscow"),
        ("Air raid sirens sounded in Kyiv.", "Kyiv"),
    ])
    func aCapitalAsALocationIsAPlace(_ text: String, _ name: String) {
        #expect(names(text).contains(name))
    }
}

@Suite struct BackgroundPhraseTests {
    let normalizer = TimeNormalizer(reference: CalendarDate(year: 2024, month: 8, day: 14)!)

    @Test func aTimeAfterAmidDoesNotDateTheMainEvent() {
        let text = "The country cut ties with its neighbour amid a row over a raid last month."
        #expect(normalizer.primary(in: text) == nil)
        #expect(normalizer.dating(text).basis == .reported)
        #expect(normalizer.expressions(in: text).contains { $0.phrase == "last month" })
    }

    @Test func aTimeAfterAfterYieldsToTheMainClause() {
        let text = "The governor declared an emergency on Wednesday after the region began evacuations earlier on Monday."
        #expect(normalizer.primary(in: text)?.value?.timex == "2024-08-14")
    }

    @Test func aLoneTimeAfterAfterStillDates() {
        let text = "Residents returned after the shelling stopped on Monday."
        #expect(normalizer.primary(in: text)?.value?.timex == "2024-08-12")
    }
}

@Suite struct ContextRegionTests {
    let pipeline = try! Pipeline.bundled()

    func model(_ body: String) -> EventModel {
        let article = Article(id: "a", outlet: "Test", published: CalendarDate(year: 2024, month: 8, day: 14), body: body)
        return pipeline.build(info: CorpusInfo(name: "t", anchor: nil, path: ""), articles: [article])
    }

    func mention(_ model: EventModel, containing text: String) -> Mention? {
        model.incidents.flatMap(\.mentions).first { $0.span.text.contains(text) }
    }

    @Test func anUnplacedPassageTakesItsParagraphsRegion() {
        let m = model("Shelling hit Sumy on Tuesday. Three people were wounded, doctors said.\nMarkets in Lviv were calm.")
        #expect(mention(m, containing: "Three people")?.regions == [])
        #expect(mention(m, containing: "Three people")?.contextRegions == ["Sumy Oblast"])
    }

    @Test func elseTheArticlesMainRegion() {
        let m = model("Fighting raged near Kharkiv on Monday.\nTroops in Kharkiv held out.\nNobody expects a quick end, analysts said.")
        #expect(mention(m, containing: "Nobody expects")?.contextRegions == ["Kharkiv Oblast"])
    }

    /// A one-thread run appends every article's mentions to one array: the rules that look back
    /// (the paragraph's region, the same claimant's, "a day earlier") stop at the article's first.
    @Test func appendedMentionsSeeNothingOfTheArticleBefore() throws {
        let first = Article(id: "a", outlet: "Test", published: CalendarDate(year: 2024, month: 8, day: 14),
                            body: "Shelling hit Sumy on Tuesday, the governor said.")
        // Its first paragraph names no region, says "a day earlier", and the same claimant speaks.
        let second = Article(id: "b", outlet: "Test", published: CalendarDate(year: 2024, month: 9, day: 20),
                             body: "A day earlier, three people were wounded, the governor said.")
        let sentences = [first, second].map(pipeline.segment)
        var appended: [Mention] = []
        for (article, list) in zip([first, second], sentences) {
            pipeline.appendMentions(of: article, sentences: list, focus: .none, to: &appended)
        }
        let apart = zip([first, second], sentences).flatMap { pipeline.mentions(of: $0, sentences: $1, focus: .none) }
        #expect(appended == apart)
        let wounded = try #require(appended.first { $0.articleID == "b" })
        #expect(wounded.contextRegions.isEmpty)
        #expect(wounded.time.value?.start == CalendarDate(year: 2024, month: 9, day: 19))
    }
}

@Suite struct CapitalListTests {
    let matcher = PlaceMatcher(gazetteer: try! .bundled())

    @Test func aListTakesTheWordBeforeIt() {
        let located = matcher.places(in: "Sirens sounded in Kyiv and Moscow overnight.", focus: .none).map(\.entry.name)
        #expect(located.contains("Kyiv") && located.contains("Moscow"))
        let governments = matcher.places(in: "Pressure mounts on both Kyiv and Moscow to talk.", focus: .none).map(\.entry.name)
        #expect(!governments.contains("Kyiv") && !governments.contains("Moscow"))
    }
}

@Suite struct HeldOutStyleTests {
    let normalizer = TimeNormalizer(reference: CalendarDate(year: 2024, month: 8, day: 13)!)
    let matcher = PlaceMatcher(gazetteer: try! .bundled())

    @Test func aDateInsideASincePhraseAnchorsAStateAndDoesNotDateIt() {
        let text = "The governor said 12 civilians had been killed since the start of the incursion on Aug. 6."
        #expect(normalizer.primary(in: text) == nil)
        #expect(normalizer.dating(text).basis == .reported)
    }

    @Test func aVillageIsNotABigTownOfTheSameName() {
        // GeoNames knows only a city of about 100,000 called Oktyabrsky (Bashkortostan).
        let places = matcher.places(in: "A drone hit the village of Oktyabrsky in the Belgorod region.", focus: .none)
        #expect(!places.contains { $0.entry.region == "Republic of Bashkortostan" })
        #expect(places.contains { $0.entry.region == "Belgorod Oblast" })
    }

    @Test func aMannerClauseStaysWithItsSentence() {
        let splitter = ClauseSplitter(primaryTime: { _ in nil })
        let s = "The attack began last Tuesday, with Ukrainian troops crossing the border near the town."
        let text = ScalarText(s)
        #expect(splitter.clauses(of: text, range: 0..<text.count).count == 1)
        let claim = ScalarText("Fighting continued near the border, with the governor saying the situation was difficult.")
        #expect(splitter.clauses(of: claim, range: 0..<claim.count).count == 2)
    }
}

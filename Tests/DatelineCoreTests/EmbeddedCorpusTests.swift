import Testing
@testable import DatelineCore

/// The whole pipeline over the embedded Kursk corpus: what a user sees first must hold.
@Suite struct EmbeddedCorpusTests {
    static let model: EventModel = try! Pipeline.bundled().build(corpusAt: CorpusLoader.embeddedCorpusURL!)

    var model: EventModel { Self.model }

    func incident(containing text: String) -> Incident? {
        model.incidents.first { $0.mentions.contains { $0.span.text.contains(text) } }
    }

    @Test func everyPassageIsTheExactTextAtItsOffsets() {
        for incident in model.incidents {
            for m in incident.mentions {
                let body = ScalarText(model.article(m.articleID)!.body)
                #expect(body.string(m.span.start..<m.span.end) == m.span.text)
            }
        }
    }

    @Test func idsAreUniqueAndTheTimelineIsOrdered() {
        #expect(Set(model.incidents.map(\.id)).count == model.incidents.count)
        let timeline = model.timeline
        for (a, b) in zip(timeline, timeline.dropFirst()) { #expect(a.time.start <= b.time.start) }
        #expect(model.incidents.firstIndex(where: \.background).map { i in model.incidents[i...].allSatisfy(\.background) } ?? true)
    }

    @Test func theIncursionBeganOnTuesdaySixthOfAugust() throws {
        let start = try #require(incident(containing: "The surprise incursion began on Tuesday morning"))
        #expect(start.time.start.iso == "2024-08-06")
        #expect(start.basis == .resolved)
        #expect(start.regions.contains("Kursk Oblast"))
        #expect(start.sourceCount >= 2)
    }

    @Test func belgorodsEmergencyIsOneIncidentAcrossOutlets() throws {
        let emergency = try #require(incident(containing: "declared a regionwide state of emergency on Wednesday"))
        #expect(emergency.time.start.iso == "2024-08-14")
        #expect(emergency.regions.first == "Belgorod Oblast")
        #expect(emergency.sourceCount >= 4)
        #expect(emergency.type == "emergency")
    }

    @Test func sourcesThatDisagreeAreKept() throws {
        let settlements = try #require(incident(containing: "controls 74 settlements"))
        let d = try #require(settlements.disagreements.first { $0.quantity == "settlements" })
        #expect(Set(d.claims.map(\.figure.value)).isSuperset(of: [74, 28]))
        let evacuation = try #require(incident(containing: "over 132,000 people have been evacuated"))
        #expect(evacuation.disagreements.contains { $0.quantity == "evacuated" })
    }

    @Test func earlierTimesAreBackgroundAndKept() throws {
        let battle = try #require(incident(containing: "in 1943 the Red Army defeated Nazi forces"))
        #expect(battle.background)
        #expect(battle.time.timex == "1943")
        let africa = try #require(incident(containing: "December 2023"))
        #expect(africa.background && africa.time.timex == "2023-12")
    }

    @Test func relativeDatesResolveAgainstEachArticlesDate() throws {
        // "yesterday" in a report of 7 August, "on Monday" in one of 14 August.
        #expect(incident(containing: "repelled yesterday")?.time.start.iso == "2024-08-06")
        #expect(incident(containing: "Putin said on Monday")?.time.start.iso == "2024-08-12")
    }

    @Test func captionsAndPromotionsReportNothing() {
        let texts = model.incidents.flatMap(\.mentions).map(\.span.text)
        #expect(!texts.contains { $0.contains("Credit: AP") })
        #expect(!texts.contains { $0.contains("Subscribe free") })
        #expect(!texts.contains { $0.contains("GIPHY App Key") })
        #expect(!texts.contains { $0.contains("Listen to our latest podcasts") })
    }
}

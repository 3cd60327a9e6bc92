import Foundation
import Testing
@testable import DatelineCore

@Suite struct ExportTests {
    typealias F = MentionFixtures

    func model() -> EventModel {
        let builder = IncidentBuilder(anchor: F.day("2024-08-06"), outlets: ["a": "Alpha News"])
        let now = builder.incident(from: [F.mention("a", "Troops crossed, \"quietly\", at dawn", regions: ["North Oblast"], claimant: "Army",
                                                    side: .ukrainian, figures: [F.figure("troops", 100)])])
        let old = builder.incident(from: [F.mention("a", "The fortress fell", sentence: 4, date: "1943-07-05", basis: .explicit, start: 40)])
        let article = Article(id: "a", outlet: "Alpha News", published: F.day("2024-08-14"), body: "")
        return EventModel(corpus: CorpusInfo(name: "Test", anchor: F.day("2024-08-06"), path: "/tmp"), articles: [article],
                          sentences: [:], incidents: Timeline.order([old, now]), warnings: [])
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let json = try JSONSerialization.jsonObject(with: JSONExport.data(model())) as! [String: Any]
        let events = json["events"] as! [[String: Any]]
        #expect(events.count == 2)
        let first = events[0]
        for key in ["id", "date", "precision", "dateBasis", "background", "regions", "places", "headline", "type", "mentions", "disagreements"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["date"] as? String == "2024-08-14")
        #expect(first["background"] as? Bool == false)
        let mention = (first["mentions"] as! [[String: Any]])[0]
        for key in ["article", "outlet", "published", "text", "start", "end", "claimant"] { #expect(mention[key] != nil, "missing \(key)") }
        #expect(mention["outlet"] as? String == "Alpha News")
        #expect(events[1]["background"] as? Bool == true)
        #expect(events[1]["date"] as? String == "1943-07-05")
    }

    /// The export is written one event at a time: byte for byte what encoding the whole document
    /// gives, with events (some with empty arrays, whose blank lines stay unindented), without
    /// any, and with warnings; and on the embedded corpus.
    @Test func streamedJSONEqualsTheWholeDocumentEncoded() throws {
        func whole(_ model: EventModel) throws -> Data { try JSONExport.encoder.encode(JSONExport.document(model)) }
        var model = model()
        #expect(try JSONExport.data(model) == whole(model))
        model.warnings = [LoadWarning(file: "b.md", message: "not UTF-8")]
        #expect(try JSONExport.data(model) == whole(model))
        model.incidents = []
        #expect(try JSONExport.data(model) == whole(model))
        let embedded = try Pipeline.bundled().build(corpusAt: try #require(CorpusLoader.embeddedCorpusURL))
        #expect(try JSONExport.data(embedded) == whole(embedded))
        var pieces = 0
        let count = try JSONExport.write(corpus: embedded.corpus, articles: embedded.articles, warnings: [],
                                         incidents: { each in for i in embedded.incidents { try each(i) } }, to: { _ in pieces += 1 })
        #expect(count == embedded.incidents.count)
        #expect(pieces == count + 2, "one piece per event, plus the document's start and end")
    }

    @Test func csvQuotesFieldsWithCommasAndQuotes() {
        let csv = CSVExport.text(model())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("event_id,date,"))
        #expect(csv.contains("\"Troops crossed, \"\"quietly\"\", at dawn\""))
    }

    @Test func timelineJSHasSlidesForTimelineIncidentsOnly() throws {
        let json = try JSONSerialization.jsonObject(with: TimelineJSExport.data(model())) as! [String: Any]
        let events = json["events"] as! [[String: Any]]
        #expect(events.count == 1)
        let start = events[0]["start_date"] as! [String: String]
        #expect(start == ["year": "2024", "month": "8", "day": "14"])
        #expect((events[0]["text"] as! [String: String])["text"]!.contains("&quot;quietly&quot;"))
    }

    /// TimelineJS is streamed a slide at a time, its title (which counts the slides) last: byte
    /// for byte the whole document encoded, with slides, without any, and on the embedded corpus.
    @Test func streamedTimelineJSEqualsTheWholeDocumentEncoded() throws {
        func whole(_ model: EventModel) throws -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(TimelineJSExport.document(model))
        }
        var model = model()
        #expect(try TimelineJSExport.data(model) == whole(model))
        model.incidents = model.background
        #expect(try TimelineJSExport.data(model) == whole(model))
        let embedded = try Pipeline.bundled().build(corpusAt: try #require(CorpusLoader.embeddedCorpusURL))
        #expect(try TimelineJSExport.data(embedded) == whole(embedded))
        #expect(String(decoding: try TimelineJSExport.data(embedded), as: UTF8.self).contains("articles, \(embedded.timeline.filter { !$0.undated }.count) incidents"))
    }

    @Test func filterMatchesAnIncidentAndItsPartsAlike() {
        let filters = [IncidentFilter(), IncidentFilter(includeBackground: true), IncidentFilter(regions: ["north"]),
                       IncidentFilter(from: F.day("2024-08-15"), includeBackground: true), IncidentFilter(search: "QUIETLY"),
                       IncidentFilter(search: "fortress", includeBackground: true), IncidentFilter(search: "zzz")]
        for filter in filters {
            for incident in model().incidents {
                var asked = false
                let parts = filter.matches(background: incident.background, undated: incident.undated, time: incident.time,
                                           regions: incident.regions, headline: incident.headline,
                                           passages: { asked = true; return incident.mentions.map(\.span.text) })
                #expect(parts == filter.matches(incident))
                if filter.search == nil { #expect(!asked, "passages read without a search") }
            }
        }
    }

    @Test func filterByRegionDateSearchAndBackground() {
        let incidents = model().incidents
        #expect(IncidentFilter().apply(incidents).count == 1)
        #expect(IncidentFilter(includeBackground: true).apply(incidents).count == 2)
        #expect(IncidentFilter(regions: ["north"]).apply(incidents).count == 1)
        #expect(IncidentFilter(regions: ["south"]).apply(incidents).isEmpty)
        #expect(IncidentFilter(from: F.day("2024-08-15")).apply(incidents).isEmpty)
        #expect(IncidentFilter(search: "QUIETLY").apply(incidents).count == 1)
    }

    @Test func dateLabelsShowPrecisionAndBasis() {
        let day = TimeValue.day(F.day("2024-08-14"))
        #expect(DateLabel.short(day, basis: .resolved) == "Wed 14 Aug")
        #expect(DateLabel.short(day, basis: .reported) == "~14 Aug")
        #expect(DateLabel.short(TimeValue.week(containing: F.day("2024-08-06")), basis: .resolved) == "wk 32")
        #expect(DateLabel.short(TimeValue.month(year: 2024, month: 8)!, basis: .explicit) == "Aug 2024")
        #expect(DateLabel.short(TimeValue.year(1943)!, basis: .explicit) == "1943")
    }
}

@Suite struct UndatedTests {
    @Test func withoutAnyDateAnIncidentIsUndatedNotTheEpoch() throws {
        let article = Article(id: "x", body: "Troops moved towards the river.")
        let model = try Pipeline.bundled().build(info: CorpusInfo(name: "t", anchor: nil, path: ""), articles: [article])
        let incident = try #require(model.incidents.first)
        #expect(incident.undated)
        #expect(DateLabel.short(incident) == "undated")
        let json = try JSONSerialization.jsonObject(with: JSONExport.data(model)) as! [String: Any]
        let event = (json["events"] as! [[String: Any]])[0]
        #expect(event["date"] == nil || event["date"] is NSNull)
        #expect(event["dateBasis"] as? String == "none")
        #expect(IncidentFilter(from: CalendarDate(year: 2024, month: 1, day: 1)).apply(model.incidents).isEmpty)
    }
}

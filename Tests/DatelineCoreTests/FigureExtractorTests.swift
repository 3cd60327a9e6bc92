import Testing
@testable import DatelineCore

@Suite struct FigureExtractorTests {
    let extractor: FigureExtractor

    init() throws { extractor = try FigureExtractor.bundled() }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var quantity: String
        var value: Double
        var upper: Double
        var unit: String
        var qualifier: String?
        var phrase: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Troops pushed forward three to four kilometres overnight.", quantity: "distance", value: 3, upper: 4, unit: "km", qualifier: nil, phrase: "three to four kilometres"),
        Case(text: "The column stopped 12 miles short of the town.", quantity: "distance", value: 19.312, upper: 19.312, unit: "km", qualifier: nil, phrase: "12 miles"),
        Case(text: "The unit moved roughly six miles (10km) beyond the border.", quantity: "distance", value: 10, upper: 10, unit: "km", qualifier: "roughly", phrase: "roughly six miles (10km)"),
        Case(text: "Kyiv now holds about 1,250 sq km of Russian land.", quantity: "area", value: 1250, upper: 1250, unit: "km2", qualifier: "about", phrase: "about 1,250 sq km"),
        Case(text: "They control 500 square miles of territory.", quantity: "area", value: 1294.994, upper: 1294.994, unit: "km2", qualifier: nil, phrase: "500 square miles"),
        Case(text: "The currency slid 2.3% against the euro.", quantity: "percent", value: 2.3, upper: 2.3, unit: "percent", qualifier: nil, phrase: "2.3%"),
        Case(text: "Prices rose by 4 per cent in a week.", quantity: "percent", value: 4, upper: 4, unit: "percent", qualifier: nil, phrase: "4 per cent"),
        Case(text: "Officials said 3,500 POWs were held in camps.", quantity: "prisoners", value: 3500, upper: 3500, unit: "people", qualifier: nil, phrase: "3,500 POWs"),
        Case(text: "Nearly 40 Russian conscripts were captured near the border.", quantity: "prisoners", value: 40, upper: 40, unit: "people", qualifier: "Nearly", phrase: "Nearly 40 Russian conscripts"),
        Case(text: "At least 12 localities came under Ukrainian control.", quantity: "settlements", value: 12, upper: 12, unit: "count", qualifier: "At least", phrase: "At least 12 localities"),
        Case(text: "Up to 76,000 people were evacuated from the district.", quantity: "evacuated", value: 76000, upper: 76000, unit: "people", qualifier: "Up to", phrase: "Up to 76,000 people"),
        Case(text: "Some 2,000 residents fled the town.", quantity: "evacuated", value: 2000, upper: 2000, unit: "people", qualifier: "Some", phrase: "Some 2,000 residents"),
        Case(text: "Air defences shot down 46 drones overnight.", quantity: "drones", value: 46, upper: 46, unit: "count", qualifier: nil, phrase: "46 drones"),
        Case(text: "Five civilians were killed in the shelling.", quantity: "killed", value: 5, upper: 5, unit: "people", qualifier: nil, phrase: "Five civilians"),
        Case(text: "More than 30 were injured.", quantity: "count", value: 30, upper: 30, unit: "count", qualifier: "More than", phrase: "More than 30"),
        Case(text: "Hundreds of soldiers crossed the river.", quantity: "troops", value: 200, upper: 999, unit: "people", qualifier: nil, phrase: "Hundreds of soldiers"),
        Case(text: "A hundred tanks were sent north.", quantity: "vehicles", value: 100, upper: 100, unit: "count", qualifier: nil, phrase: "A hundred tanks"),
        Case(text: "Officials counted 200 000 evacuees.", quantity: "evacuated", value: 200000, upper: 200000, unit: "people", qualifier: nil, phrase: "200 000 evacuees"),
        Case(text: "The army reported 58 clashes along the line.", quantity: "clashes", value: 58, upper: 58, unit: "count", qualifier: nil, phrase: "58 clashes"),
        Case(text: "Another 45 children were moved to camps.", quantity: "children", value: 45, upper: 45, unit: "people", qualifier: "Another", phrase: "Another 45 children"),
    ]

    @Test(arguments: cases)
    func figure(_ c: Case) throws {
        let figures = extractor.figures(in: c.text)
        try #require(figures.count == 1, "\(figures)")
        let f = figures[0]
        #expect(f.quantity == c.quantity)
        #expect(abs(f.value - c.value) < 0.01)
        #expect(abs(f.upper - c.upper) < 0.01)
        #expect(f.unit == c.unit)
        #expect(f.qualifier == c.qualifier)
        #expect(f.phrase == c.phrase)
        // Offsets are Unicode scalars of the text.
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == c.phrase)
    }

    @Test func unknownNounIsKept() throws {
        let f = extractor.figures(in: "The General Staff listed 17 sectors under pressure.")
        try #require(f.count == 1)
        #expect(f[0].quantity == "count")
        #expect(f[0].noun == "sectors")
    }

    @Test func offsetsCountScalarsNotCharacters() throws {
        let text = "“Ukraine’s troops” took 🇺🇦 12 villages."
        let f = extractor.figures(in: text)
        try #require(f.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[f[0].start..<f[0].end])) == "12 villages")
    }

    @Test(arguments: [
        "The battle of Kursk was fought in 1943.",
        "The war escalated in 2022 and again in 2024.",
        "The attack began on Aug. 6 and spread by 12 August.",
        "A Su-34 bomber and an F-16 were seen over the area.",
        "It was the biggest incursion since World War Two.",
        "Niger became the second country to cut ties.",
        "Sirens sounded for 24 hours.",
        "The talks ended two days ago at 10:30.",
        "One of the largest attacks of the war hit the city.",
        "The 47th brigade moved up.",
    ])
    func notFigures(_ text: String) {
        #expect(extractor.figures(in: text).isEmpty, "\(extractor.figures(in: text))")
    }

    @Test func severalFiguresInOneSentence() {
        let f = extractor.figures(in: "About 100 soldiers were killed and more than 200 wounded, with 3 tanks lost.")
        #expect(f.map(\.quantity) == ["killed", "wounded", "vehicles"])
        #expect(f.map(\.value) == [100, 200, 3])
        #expect(f.map(\.qualifier) == ["About", "more than", nil])
    }

    @Test func decimalRangeInDigits() throws {
        let f = extractor.figures(in: "They advanced 0.5-1.5 miles.")
        try #require(f.count == 1)
        #expect(abs(f[0].value - 0.805) < 0.01)
        #expect(abs(f[0].upper - 2.414) < 0.01)
    }
}

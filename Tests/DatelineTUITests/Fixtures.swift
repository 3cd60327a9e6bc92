import DatelineCore
@testable import DatelineTUI

/// Hand-made event models for the browser tests (invented articles, realistic shapes).
struct FixtureBuilder {
    var articles: [Article] = []
    var sentences: [String: [Sentence]] = [:]
    var incidents: [Incident] = []

    /// Adds an article whose body is its paragraphs (each a list of sentences) joined by newlines.
    mutating func article(_ id: String, outlet: String?, published: String?, url: String? = nil, title: String? = nil,
                          paragraphs: [[String]]) {
        var body = ""
        var list: [Sentence] = []
        for (p, paragraph) in paragraphs.enumerated() {
            if p > 0 { body += "\n" }
            for (s, sentence) in paragraph.enumerated() {
                if s > 0 { body += " " }
                let start = body.unicodeScalars.count
                body += sentence
                list.append(Sentence(span: TextSpan(text: sentence, start: start, end: body.unicodeScalars.count),
                                     paragraph: p, index: list.count, kind: .body))
            }
        }
        articles.append(Article(id: id, title: title, outlet: outlet, published: published.flatMap(CalendarDate.init(iso:)),
                                url: url, language: "en", body: body, path: "\(id).txt"))
        sentences[id] = list
    }

    /// A mention of sentence `index` of `article`, with the time phrase and figures found in it.
    func mention(_ article: String, _ index: Int, time: TimeValue, basis: DateBasis = .resolved, phrase: String = "",
                 regions: [String], claimant: String? = nil, side: Side = .outlet,
                 figures: [(phrase: String, quantity: String, value: Double, unit: String)] = []) -> Mention {
        let sentence = sentences[article]![index]
        let text = sentence.span.text
        func range(_ p: String) -> (Int, Int) {
            let scalars = Array(text.unicodeScalars), ps = Array(p.unicodeScalars)
            guard !ps.isEmpty, ps.count <= scalars.count else { return (0, 0) }
            for i in 0...(scalars.count - ps.count) where Array(scalars[i..<i + ps.count]) == ps { return (i, i + ps.count) }
            return (0, 0)
        }
        let (ts, te) = range(phrase)
        let expr = TimeExpression(value: time, basis: basis, phrase: phrase, start: ts, end: te)
        let figs = figures.map { f -> Figure in
            let (fs, fe) = range(f.phrase)
            return Figure(quantity: f.quantity, value: f.value, unit: f.unit, phrase: f.phrase, start: fs, end: fe)
        }
        return Mention(articleID: article, sentenceIndex: index, paragraph: sentence.paragraph, span: sentence.span,
                       time: expr, times: [expr], places: [], regions: regions, contextRegions: [],
                       attribution: Attribution(claimant: claimant, cue: nil, side: side, hedges: []),
                       figures: figs, type: "advance", keyTerms: [])
    }

    mutating func incident(_ headline: String, time: TimeValue, basis: DateBasis = .resolved, background: Bool = false,
                           regions: [String], places: [String] = [], mentions: [Mention], disagreements: [Disagreement] = []) {
        let first = mentions[0]
        incidents.append(Incident(id: "\(first.articleID)@\(first.span.start)", time: time, basis: basis, datedBy: 0,
                                  background: background, regions: regions, regionsFromContext: false, places: places,
                                  headline: headline, type: "advance", mentions: mentions, disagreements: disagreements))
    }

    func build(name: String = "Border incursion (test corpus)") -> EventModel {
        EventModel(corpus: CorpusInfo(name: name, anchor: CalendarDate(iso: "2024-08-06"), path: "/fixtures"),
                   articles: articles, sentences: sentences, incidents: incidents, warnings: [])
    }
}

enum Fixtures {
    static func day(_ iso: String) -> TimeValue { .day(CalendarDate(iso: iso)!) }

    static let hostileOutlet = "Evil\u{1B}]0;pwned\u{07} Times"

    /// Five outlets (English, Cyrillic, CJK, emoji, hostile), ten incidents, two in the background.
    static func model() -> EventModel {
        var b = FixtureBuilder()
        b.article("ledger", outlet: "Northern Ledger", published: "2024-08-14", url: "https://ledger.example/kursk-advance",
                  title: "Troops advance in Kursk region", paragraphs: [
            ["Ukrainian troops advanced two kilometres in the Kursk region on Wednesday, the commander said.",
             "More than 100 prisoners were taken, Volodymyr Zelenskyy wrote."],
            ["The town of Sudzha was cleared on Tuesday, officials said.",
             "The ledger could not independently verify the claims."],
            ["Belgorod declared a regional emergency on 14 August.",
             "Shelling continued near the border through the week."],
            ["Last year, in July 2023, drones struck the region."],
        ])
        b.article("vesti", outlet: "Вести Дня", published: "2024-08-13", url: "https://vesti.example/кур",
                  paragraphs: [
            ["Во вторник в Курской области продолжались бои.",
             "Министерство обороны сообщило о 74 пленных."],
            ["Эвакуация жителей Суджи началась 7 августа."],
        ])
        b.article("toho", outlet: "東方日報", published: "2024-08-12", url: "https://toho.example/a",
                  paragraphs: [
            ["8月12日，乌克兰军队在库尔斯克州推进了十公里。", "苏贾镇的居民已经撤离。"],
        ])
        b.article("emoji", outlet: "Emoji Wire 🚀", published: "2024-08-08", url: "https://emoji.example/x",
                  paragraphs: [
            ["🔥 Drones 🛸 struck Belgorod on Thursday 👍 as crowds fled.", "Nothing else happened 🎉."],
        ])
        b.article("evil", outlet: hostileOutlet, published: "2024-08-07", url: "https://evil.example/\u{1B}[2J",
                  paragraphs: [
            ["Attack\u{1B}[31m reported\u{1B}[0m in Sumy on Wednesday\u{1B}]52;c;SGVsbG8=\u{07} with \u{202E}desrever\u{202C} text\u{200B}and soft\u{AD}hyphen.",
             "Control\u{9B}2J chars\tand\u{85}more \u{2066}isolate\u{2069} end."],
        ])

        let kursk = "Kursk Oblast", belgorod = "Belgorod Oblast", sumy = "Sumy Oblast", bryansk = "Bryansk Oblast"
        let d14 = day("2024-08-14"), d13 = day("2024-08-13"), d12 = day("2024-08-12"), d8 = day("2024-08-08")
        let d7 = day("2024-08-07")

        b.incident("Background: drones struck the region in July 2023", time: TimeValue.month(year: 2023, month: 7)!,
                   basis: .explicit, background: true, regions: [kursk],
                   mentions: [b.mention("ledger", 6, time: TimeValue.month(year: 2023, month: 7)!, basis: .explicit, phrase: "July 2023", regions: [kursk])])
        b.incident("Evacuation of Sudzha residents began", time: d7, basis: .explicit, regions: [kursk], places: ["Sudzha"],
                   mentions: [b.mention("vesti", 2, time: d7, basis: .explicit, phrase: "7 августа", regions: [kursk])])
        b.incident("Attack\u{1B}[31m reported in Sumy \u{202E}desrever\u{202C}", time: d7, basis: .resolved, regions: [sumy],
                   mentions: [b.mention("evil", 0, time: d7, phrase: "on Wednesday", regions: [sumy])])
        b.incident("Drones struck Belgorod 🔥 as crowds fled", time: d8, regions: [belgorod],
                   mentions: [b.mention("emoji", 0, time: d8, phrase: "on Thursday", regions: [belgorod])])
        b.incident("乌克兰军队在库尔斯克州推进了十公里", time: d12, basis: .explicit, regions: [kursk],
                   mentions: [b.mention("toho", 0, time: d12, basis: .explicit, phrase: "8月12日", regions: [kursk],
                                        figures: [("十公里", "distance", 10, "km")])])
        b.incident("Sudzha cleared of Russian forces", time: d13, regions: [kursk], places: ["Sudzha"],
                   mentions: [b.mention("ledger", 2, time: d13, phrase: "on Tuesday", regions: [kursk], claimant: "officials"),
                              b.mention("vesti", 0, time: d13, phrase: "Во вторник", regions: [kursk])])
        b.incident("Ukrainian troops advanced two kilometres in the Kursk region", time: d14, regions: [kursk],
                   mentions: [b.mention("ledger", 0, time: d14, phrase: "on Wednesday", regions: [kursk], claimant: "the commander",
                                        figures: [("two kilometres", "distance", 2, "km")])])
        let prisonersLedger = b.mention("ledger", 1, time: d14, basis: .reported, regions: [kursk], claimant: "Volodymyr Zelenskyy",
                                        side: .ukrainian, figures: [("More than 100", "prisoners", 100, "people")])
        let prisonersVesti = b.mention("vesti", 1, time: d13, basis: .reported, regions: [kursk], claimant: "Министерство обороны",
                                       side: .russian, figures: [("74", "prisoners", 74, "people")])
        b.incident("More than 100 prisoners were taken", time: d14, basis: .reported, regions: [kursk],
                   mentions: [prisonersLedger, prisonersVesti],
                   disagreements: [Disagreement(quantity: "prisoners", unit: "people", claims: [
                       FigureClaim(articleID: "ledger", outlet: "Northern Ledger", claimant: "Volodymyr Zelenskyy", side: .ukrainian, figure: prisonersLedger.figures[0]),
                       FigureClaim(articleID: "vesti", outlet: "Вести Дня", claimant: "Министерство обороны", side: .russian, figure: prisonersVesti.figures[0]),
                   ])])
        b.incident("Belgorod declared a regional emergency", time: d14, basis: .explicit, regions: [belgorod, bryansk],
                   mentions: [b.mention("ledger", 4, time: d14, basis: .explicit, phrase: "14 August", regions: [belgorod])])
        let week = TimeValue.week(containing: CalendarDate(iso: "2024-08-14")!)
        b.incident("Shelling continued near the border", time: week, regions: [belgorod, sumy, bryansk, kursk],
                   mentions: [b.mention("ledger", 5, time: week, phrase: "through the week", regions: [belgorod]),
                              b.mention("emoji", 1, time: week, regions: [belgorod]),
                              b.mention("toho", 1, time: week, regions: [kursk]),
                              b.mention("evil", 1, time: week, regions: [sumy])])
        return b.build()
    }

    /// Many incidents over weeks, for navigation bounds and the benchmark.
    static func large(count: Int) -> EventModel {
        var b = FixtureBuilder()
        let regions = ["Kursk Oblast", "Belgorod Oblast", "Sumy Oblast", "Bryansk Oblast", "Kharkiv Oblast"]
        for a in 0..<12 {
            var paragraphs: [[String]] = []
            for p in 0..<8 {
                paragraphs.append((0..<4).map { s in "Report \(a)-\(p)-\(s): forces moved near village \(p * 4 + s) on Monday, and 12 drones were downed." })
            }
            b.article("a\(a)", outlet: "Outlet \(a)", published: "2024-08-\(10 + a % 9)", url: "https://example.org/\(a)", paragraphs: paragraphs)
        }
        let start = CalendarDate(iso: "2024-08-06")!
        for i in 0..<count {
            let t = TimeValue.day(start.adding(days: i / 6))
            let n = 1 + i % 3
            let mentions = (0..<n).map { k in
                b.mention("a\((i + k) % 12)", (i * 7 + k) % 32, time: t, phrase: "on Monday", regions: [regions[i % 5]],
                          figures: [("12 drones", "drones", 12, "count")])
            }
            b.incident("Incident \(i): forces moved near village \(i % 32)", time: t, regions: [regions[i % 5], regions[(i + 2) % 5]],
                       mentions: mentions)
        }
        return b.build(name: "Large synthetic corpus")
    }
}

import ArgumentParser
import DatelineCore
import DatelineIndex
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one incident in full: every passage by outlet, how the date was obtained, figures and who claims them.")

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "The incident id, as `dateline list` prints it (a unique prefix is enough).")
    var id: String

    func run() throws {
        try Console.run {
            // Through the index: a lookup by id, then only that incident and its articles.
            let found = try corpus.read(indexed: { index in
                try IncidentLookup(database: index.database).find(id)
            }, inMemory: { model -> IncidentLookup.Result in
                let matches = model.incidents.filter { $0.id.hasPrefix(id) || $0.id == "ev-" + id }
                guard let incident = matches.first else { return .none }
                if matches.count > 1 { return .ambiguous(count: matches.count, first: matches.prefix(5).map(\.id)) }
                var articles: [String: Article] = [:]
                for m in incident.mentions { articles[m.articleID] = model.article(m.articleID) }
                return .found(incident, articles: articles)
            })
            switch found {
            case .none:
                throw Failure.badInput("no incident '\(id)'; `dateline list` prints the ids")
            case .ambiguous(let count, let first):
                throw Failure.badInput("'\(id)' matches \(count) incidents (\(first.joined(separator: ", "))); give more of the id")
            case .found(let incident, let articles):
                print(Self.render(incident, article: { articles[$0] }))
            }
        }
    }

    /// `article`: the article with an id (the first file with it, as `EventModel.article`).
    static func render(_ incident: Incident, article lookup: (String) -> Article?) -> String {
        var out: [String] = []
        out.append("\(incident.id)  \(incident.headline)")
        out.append("")
        if incident.undated {
            out.append("Date:     \(DateLabel.long(incident))")
        } else {
            out.append("Date:     \(DateLabel.long(incident)) [\(incident.time.timex), \(incident.time.granularity.rawValue), \(incident.basis.rawValue)]\(incident.background ? "  (background: before the anchor)" : "")")
        }
        out.append("          \(DateLabel.provenance(of: incident, article: lookup))")
        let regions = incident.regions.isEmpty ? "none named" : incident.regions.joined(separator: ", ") + (incident.regionsFromContext ? " (from context: no passage names a region)" : "")
        out.append("Regions:  \(regions)")
        if !incident.places.isEmpty { out.append("Places:   \(incident.places.joined(separator: ", "))") }
        out.append("Type:     \(incident.type)")
        out.append("Sources:  \(incident.sourceCount) article(s), \(incident.mentions.count) passage(s)")
        if !incident.disagreements.isEmpty {
            out.append("")
            out.append("Sources disagree:")
            for d in incident.disagreements {
                var table = TextTable()
                table.add(["  \(d.quantity)", "OUTLET", "CLAIMANT", "VALUE"])
                for claim in d.claims {
                    table.add(["  ", claim.outlet, claim.claimant ?? "(outlet)", "\(claim.figure.phrase)  [\(FigureFormat.value(claim.figure))]"])
                }
                out.append(table.render())
            }
        }
        let byArticle = Dictionary(grouping: incident.mentions, by: \.articleID)
        for articleID in byArticle.keys.sorted() {
            let article = lookup(articleID)
            let published = article?.published.map { DateLabel.day($0) + (article?.publishedInferred == true ? " (inferred)" : "") } ?? "date unknown"
            out.append("")
            out.append("— \(article?.displayOutlet ?? articleID), \(published)  [\(articleID)]")
            for m in byArticle[articleID] ?? [] {
                out.append("  \u{201C}\(m.span.text)\u{201D}")
                var facts: [String] = []
                if let claimant = m.attribution.claimant { facts.append("claimant: \(claimant) (\(m.attribution.side.rawValue))") }
                if !m.attribution.hedges.isEmpty { facts.append("hedged: \(m.attribution.hedges.joined(separator: ", "))") }
                if let value = m.time.value {
                    facts.append(m.time.basis == .reported ? "date: report date \(value.timex)" : "date: '\(m.time.phrase)' → \(value.timex) (\(m.time.basis.rawValue))")
                }
                if !m.figures.isEmpty { facts.append("figures: " + m.figures.map { "\($0.phrase) = \(FigureFormat.value($0)) \($0.quantity)" }.joined(separator: "; ")) }
                facts.append("offsets \(m.span.start)–\(m.span.end)")
                out.append("    " + facts.joined(separator: " · "))
            }
        }
        return out.joined(separator: "\n")
    }
}

enum FigureFormat {
    static func value(_ f: Figure) -> String {
        func n(_ x: Double) -> String {
            x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format1(x))
        }
        let unit = f.unit == "count" || f.unit == "people" ? "" : " " + f.unit
        return (f.value == f.upper ? n(f.value) : "\(n(f.value))–\(n(f.upper))") + unit
    }

    private static func format1(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return String(scaled)
    }
}

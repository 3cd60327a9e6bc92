import Foundation

/// CSV export: one row per mention (a cited passage), with its incident's fields repeated, so a
/// spreadsheet can filter by incident, outlet or region. RFC 4180 quoting.
public enum CSVExport {
    public static let header = ["event_id", "date", "end", "precision", "date_basis", "background", "regions", "headline",
                                "type", "sources", "disagreement", "article", "outlet", "published", "claimant", "side",
                                "mention_date", "mention_date_basis", "date_phrase", "start", "end_offset", "text"]

    public static func text(_ model: EventModel) -> String {
        let articles = Dictionary(model.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = [header.map(quote).joined(separator: ",")]
        for incident in model.incidents { lines += self.lines(incident, articles: articles) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes the same text to `sink` a line at a time (each with its CRLF), without holding the
    /// model: `incidents` calls its argument with each incident in timeline order; `articles`
    /// (bodies not needed) give outlets and publication dates.
    public static func write(articles: [Article], incidents: ((Incident) throws -> Void) throws -> Void,
                             to sink: (String) throws -> Void) throws {
        let articles = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        try sink(header.map(quote).joined(separator: ",") + "\r\n")
        // `sink` never outlives this call.
        try withoutActuallyEscaping(sink) { sink in
            try incidents { incident in
                for line in lines(incident, articles: articles) { try sink(line + "\r\n") }
            }
        }
    }

    /// An incident's rows, one per mention.
    static func lines(_ incident: Incident, articles: [String: Article]) -> [String] {
        incident.mentions.map { m in
            let article = articles[m.articleID]
            let needsEnd = incident.time.granularity == .week || incident.time.granularity == .interval
            let row: [String] = [
                incident.id, incident.undated ? "" : incident.time.exportDate, needsEnd && !incident.undated ? incident.time.end.iso : "",
                incident.undated ? "none" : incident.time.granularity.rawValue, incident.undated ? "none" : incident.basis.rawValue, incident.background ? "true" : "false", incident.regions.joined(separator: "; "),
                incident.headline, incident.type, String(incident.sourceCount), incident.disagreements.isEmpty ? "false" : "true",
                m.articleID, article?.displayOutlet ?? "", article?.published?.iso ?? "", m.attribution.claimant ?? "",
                m.attribution.side.rawValue, m.time.value?.exportDate ?? "", m.time.basis.rawValue, m.time.phrase,
                String(m.span.start), String(m.span.end), m.span.text,
            ]
            return row.map(quote).joined(separator: ",")
        }
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

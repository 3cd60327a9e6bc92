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
        for incident in model.incidents {
            for m in incident.mentions {
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
                lines.append(row.map(quote).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): opens as it is.
/// Timeline incidents only (background would stretch the axis to the 1940s); each slide's text
/// lists the cited passages by outlet, HTML-escaped.
public enum TimelineJSExport {
    struct Document: Encodable {
        var title: Slide
        var events: [Slide]
    }

    struct Slide: Encodable {
        var start_date: DateParts?
        var end_date: DateParts?
        var display_date: String?
        var text: Text
        var group: String?
        var unique_id: String?
    }

    struct DateParts: Encodable {
        var year: String
        var month: String?
        var day: String?
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    public static func data(_ model: EventModel) throws -> Data {
        var out = Data()
        try write(corpus: model.corpus, articles: model.articles, incidents: { each in
            for incident in model.timeline where !incident.undated { try each(incident) }
        }, to: { out += $0 })
        return out
    }

    /// Writes the document to `sink` a slide at a time: the same bytes as `data`, without holding
    /// the model. `incidents` calls its argument with each dated timeline incident in timeline
    /// order; `articles` (bodies not needed) give outlets and the article count.
    public static func write(corpus: CorpusInfo, articles: [Article], incidents: ((Incident) throws -> Void) throws -> Void,
                             to sink: (Data) throws -> Void) throws {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The title, which counts the slides, follows the events (sorted keys).
        try StreamedJSONArray.write(key: "events", shell: { count in
            let title = Slide(text: Text(headline: escape(corpus.name),
                                         text: "<p>\(articles.count) articles, \(count) incidents. Built by Dateline.</p>"))
            return try encoder.encode(Document(title: title, events: []))
        }, elements: { each in
            // `each` never outlives this call.
            try withoutActuallyEscaping(each) { each in
                try incidents { incident in try each(try encoder.encode(slide(incident, articles: byID))) }
            }
        }, to: sink)
    }

    static func slide(_ incident: Incident, articles: [String: Article]) -> Slide {
        var passages = incident.mentions.map { m -> String in
            let outlet = articles[m.articleID]?.displayOutlet ?? m.articleID
            let who = m.attribution.claimant.map { " (\(escape($0)))" } ?? ""
            return "<p><b>\(escape(outlet))</b>\(who): \u{201C}\(escape(m.span.text))\u{201D}</p>"
        }
        if !incident.disagreements.isEmpty {
            passages.append("<p><i>Sources disagree on " + incident.disagreements.map { escape($0.quantity) }.joined(separator: ", ") + ".</i></p>")
        }
        let needsEnd = incident.time.granularity == .week || incident.time.granularity == .interval
        return Slide(
            start_date: parts(incident.time.start, incident.time.granularity),
            end_date: needsEnd ? parts(incident.time.end, .day) : nil,
            display_date: DateLabel.long(incident.time, basis: incident.basis),
            text: Text(headline: escape(incident.headline), text: passages.joined()),
            group: incident.regions.first, unique_id: incident.id)
    }

    /// The whole document at once: what `write` streams (its tests compare the two).
    static func document(_ model: EventModel) -> Document {
        let articles = Dictionary(model.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let slides = model.timeline.filter { !$0.undated }.map { slide($0, articles: articles) }
        let title = Slide(text: Text(headline: escape(model.corpus.name),
                                     text: "<p>\(model.articles.count) articles, \(slides.count) incidents. Built by Dateline.</p>"))
        return Document(title: title, events: slides)
    }

    static func parts(_ date: CalendarDate, _ granularity: Granularity) -> DateParts {
        switch granularity {
        case .year: return DateParts(year: String(date.year))
        case .month: return DateParts(year: String(date.year), month: String(date.month))
        default: return DateParts(year: String(date.year), month: String(date.month), day: String(date.day))
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}

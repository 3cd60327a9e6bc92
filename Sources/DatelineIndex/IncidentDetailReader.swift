import DatelineCore
import DatelineTUI
import Foundation
import GRDB

/// Reads the browser's detail of an incident from its stored JSON without decoding its
/// mentions: SQLite picks out the few fields the pane shows (one `json_extract` with several
/// paths per mention, all rows in one JSON array), and passages are read only when asked for.
/// A stored mention is mostly places, times and key terms; decoding whole mentions made an
/// incident with hundreds of them cost tens of milliseconds each time it was selected.
enum IncidentDetailReader {
    static func detail(_ db: Database, incident rowid: Int64) throws -> IncidentDetail? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT json_set(CAST(json AS TEXT), '$.mentions', json('[]')),
                   (SELECT json_group_array(json_extract(value, '$.articleID', '$.attribution.claimant', '$.figures'))
                    FROM json_each(CAST(incidents.json AS TEXT), '$.mentions'))
            FROM incidents WHERE rowid = ?
            """, arguments: [rowid]) else { return nil }
        let decoder = JSONDecoder()
        let incident = try decoder.decode(Incident.self, from: Data((row[0] as String).utf8))
        let mentions = try decoder.decode([MentionOutline].self, from: Data((row[1] as String).utf8))
        var ids: [String] = []
        var seen = Set<String>()
        for m in mentions where seen.insert(m.articleID).inserted { ids.append(m.articleID) }
        let sources = try sourceInfo(db, ids: ids)
        let columns = SourceColumn.columns(ofArticles: mentions.map(\.articleID)) { sources[$0]?.outlet ?? $0 }
        let notes = mentions.filter { !$0.figures.isEmpty }.map { FigureNote(articleID: $0.articleID, claimant: $0.claimant, figures: $0.figures) }
        let datingIndex = mentions.indices.contains(incident.datedBy) ? incident.datedBy : 0
        let dating = mentions.isEmpty ? nil : try passages(db, incident: rowid, [datingIndex])[datingIndex]
        return IncidentDetail(incident: incident, passageCount: mentions.count, dating: dating, figureNotes: notes,
                              columns: columns, sources: sources)
    }

    /// The passages at these indices of an incident's mentions.
    static func passages(_ db: Database, incident rowid: Int64, _ indices: [Int]) throws -> [Int: DetailPassage] {
        var out: [Int: DetailPassage] = [:]
        for chunk in SQLList.chunks(indices) {
            guard let json = try String.fetchOne(db, sql: """
                SELECT json_group_array(json_array(key, json_extract(value, '$.articleID', '$.sentenceIndex', '$.span', '$.time.phrase',
                    '$.time.start', '$.time.end', '$.attribution.claimant', '$.attribution.hedges', '$.figures')))
                FROM incidents, json_each(CAST(incidents.json AS TEXT), '$.mentions')
                WHERE incidents.rowid = ? AND key IN (\(SQLList.placeholders(chunk.count)))
                """, arguments: StatementArguments([rowid]) + StatementArguments(chunk)) else { continue }
            for p in try JSONDecoder().decode([PassageRow].self, from: Data(json.utf8)) { out[p.index] = p.passage }
        }
        return out
    }

    /// Outlet and publication date of each article (the first file with the id, as the model has it).
    static func sourceInfo(_ db: Database, ids: [String]) throws -> [String: SourceInfo] {
        var out: [String: SourceInfo] = [:]
        for chunk in SQLList.chunks(ids) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, outlet, published, json_extract(CAST(json AS TEXT), '$.publishedInferred') FROM articles
                WHERE id IN (\(SQLList.placeholders(chunk.count))) ORDER BY file
                """, arguments: StatementArguments(chunk))
            for row in rows {
                let id: String = row[0]
                guard out[id] == nil else { continue }
                out[id] = SourceInfo(outlet: (row[1] as String?) ?? id, published: (row[2] as String?).flatMap(CalendarDate.init(iso:)),
                                     publishedInferred: (row[3] as Bool?) ?? false)
            }
        }
        return out
    }

    /// `[articleID, claimant, figures]` of one mention.
    struct MentionOutline: Decodable {
        var articleID: String
        var claimant: String?
        var figures: [Figure]

        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            articleID = try c.decode(String.self)
            claimant = try c.decodeIfPresent(String.self)
            figures = try c.decodeIfPresent([Figure].self) ?? []
        }
    }

    /// `[index, [the passage's fields, in the query's order]]`.
    struct PassageRow: Decodable {
        var index: Int
        var passage: DetailPassage

        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            index = try c.decode(Int.self)
            var f = try c.nestedUnkeyedContainer()
            let articleID = try f.decode(String.self)
            let sentenceIndex = try f.decode(Int.self)
            let span = try f.decode(TextSpan.self)
            let phrase = try f.decodeIfPresent(String.self) ?? ""
            let start = try f.decodeIfPresent(Int.self) ?? 0
            let end = try f.decodeIfPresent(Int.self) ?? 0
            let claimant = try f.decodeIfPresent(String.self)
            let hedges = try f.decodeIfPresent([String].self) ?? []
            let figures = try f.decodeIfPresent([Figure].self) ?? []
            passage = DetailPassage(articleID: articleID, sentenceIndex: sentenceIndex, span: span, timePhrase: phrase, timeStart: start,
                                    timeEnd: end, claimant: claimant, hedges: hedges, figures: figures)
        }
    }
}

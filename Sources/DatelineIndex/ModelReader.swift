import DatelineCore
import Foundation
import GRDB

/// Reads the event model out of an up-to-date index: what `Pipeline.build` would return for the
/// same folder, without running any stage.
public struct ModelReader {
    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    public func model(corpus folder: URL) throws -> EventModel {
        let loaded = CorpusLoader().corpusInfo(folder: folder)
        var warnings = loaded.warnings
        let decoder = JSONDecoder()
        return try database.pool.read { db in
            var articles: [Article] = []
            for row in try Row.fetchAll(db, sql: "SELECT f.warnings, a.json FROM files f LEFT JOIN articles a ON a.file = f.name ORDER BY f.name") {
                let text: String = row["warnings"]
                warnings += try decoder.decode([LoadWarning].self, from: Data(text.utf8))
                if let json: Data = row["json"] { articles.append(try decoder.decode(Article.self, from: json)) }
            }
            var byFile: [String: [Sentence]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT file, idx, paragraph, start, \"end\", kind, text FROM sentences ORDER BY file, idx") {
                byFile[row["file"], default: []].append(ArticleStore.sentence(row))
            }
            var sentences: [String: [Sentence]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT file, id FROM articles ORDER BY file") {
                sentences[row["id"]] = byFile[row["file"]] ?? []
            }
            let incidents = try Data.fetchAll(db, sql: "SELECT json FROM incidents").map { try decoder.decode(Incident.self, from: $0) }
            return EventModel(corpus: loaded.info, articles: articles, sentences: sentences, incidents: Timeline.order(incidents),
                              warnings: warnings)
        }
    }

    /// The JSON export (`JSONExport.write`) straight from the index, one incident at a time in
    /// timeline order: reading the whole model first took 2.3 GB at 100k articles. Returns the
    /// number of incidents and the load warnings (which the export also holds).
    public func exportJSON(corpus folder: URL, to sink: (Data) throws -> Void) throws -> (incidents: Int, warnings: [LoadWarning]) {
        let loaded = CorpusLoader().corpusInfo(folder: folder)
        return try database.pool.read { db in
            let (articles, warnings) = try articlesWithoutBodies(db, warnings: loaded.warnings)
            let count = try JSONExport.write(corpus: loaded.info, articles: articles, warnings: warnings, incidents: { each in
                try eachIncident(db, where: nil, each)
            }, to: sink)
            return (count, warnings)
        }
    }

    /// The CSV export (`CSVExport.write`), streamed the same way. Returns the number of
    /// incidents and the load warnings.
    public func exportCSV(corpus folder: URL, to sink: (String) throws -> Void) throws -> (incidents: Int, warnings: [LoadWarning]) {
        let loaded = CorpusLoader().corpusInfo(folder: folder)
        return try database.pool.read { db in
            let (articles, warnings) = try articlesWithoutBodies(db, warnings: loaded.warnings)
            var count = 0
            try CSVExport.write(articles: articles, incidents: { each in
                try eachIncident(db, where: nil) { count += 1; try each($0) }
            }, to: sink)
            return (count, warnings)
        }
    }

    /// The TimelineJS export (`TimelineJSExport.write`: dated timeline incidents), streamed the
    /// same way. Returns the number of incidents in the model and the load warnings.
    public func exportTimelineJS(corpus folder: URL, to sink: (Data) throws -> Void) throws -> (incidents: Int, warnings: [LoadWarning]) {
        let loaded = CorpusLoader().corpusInfo(folder: folder)
        return try database.pool.read { db in
            let (articles, warnings) = try articlesWithoutBodies(db, warnings: loaded.warnings)
            try TimelineJSExport.write(corpus: loaded.info, articles: articles, incidents: { each in
                try eachIncident(db, where: "background = 0 AND undated = 0", each)
            }, to: sink)
            return (try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? 0, warnings)
        }
    }

    /// The load warnings of the model (the corpus's, then each file's), without reading anything else.
    public func warnings(corpus folder: URL) throws -> [LoadWarning] {
        var warnings = CorpusLoader().corpusInfo(folder: folder).warnings
        let decoder = JSONDecoder()
        try database.pool.read { db in
            let rows = try String.fetchCursor(db, sql: "SELECT warnings FROM files ORDER BY name")
            while let text = try rows.next() { warnings += try decoder.decode([LoadWarning].self, from: Data(text.utf8)) }
        }
        return warnings
    }

    /// The articles in file order without their bodies (the exports need outlets and dates),
    /// and the load warnings (`warnings` first, then each file's).
    private func articlesWithoutBodies(_ db: Database, warnings: [LoadWarning]) throws -> ([Article], [LoadWarning]) {
        var warnings = warnings
        let decoder = JSONDecoder()
        var articles: [Article] = []
        let files = try Row.fetchCursor(db, sql: "SELECT f.warnings, a.json FROM files f LEFT JOIN articles a ON a.file = f.name ORDER BY f.name")
        while let row = try files.next() {
            let text: String = row["warnings"]
            warnings += try decoder.decode([LoadWarning].self, from: Data(text.utf8))
            if let json: Data = row["json"] {
                var article = try decoder.decode(Article.self, from: json)
                article.body = ""
                articles.append(article)
            }
        }
        return (articles, warnings)
    }

    /// Calls `each` with every incident (`condition`: an SQL condition on its row) in timeline
    /// order, decoded one at a time.
    private func eachIncident(_ db: Database, where condition: String?, _ each: (Incident) throws -> Void) throws {
        let decoder = JSONDecoder()
        let rows = try Data.fetchCursor(db, sql: "SELECT json FROM incidents \(condition.map { "WHERE " + $0 } ?? "") ORDER BY \(IndexSchema.timelineOrder)")
        while let json = try rows.next() { try each(try decoder.decode(Incident.self, from: json)) }
    }

    /// Incidents in timeline order (`Timeline.order`'s keys), a window at a time, straight from
    /// SQL (for the browser).
    public func incidents(offset: Int, limit: Int, includeBackground: Bool = false) throws -> [Incident] {
        let decoder = JSONDecoder()
        return try database.pool.read { db in
            try Data.fetchAll(db, sql: """
                SELECT json FROM incidents \(includeBackground ? "" : "WHERE background = 0")
                ORDER BY \(IndexSchema.timelineOrder) LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map { try decoder.decode(Incident.self, from: $0) }
        }
    }

    public func incidentCount(includeBackground: Bool = false) throws -> Int {
        try database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents" + (includeBackground ? "" : " WHERE background = 0")) ?? 0
        }
    }
}

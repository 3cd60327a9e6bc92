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
    /// timeline order: reading the whole model first took 2.3 GB at 100k articles. Articles are
    /// kept without their bodies (the export needs their outlets and dates). Returns the number
    /// of incidents and the load warnings (which the export also holds).
    public func exportJSON(corpus folder: URL, to sink: (Data) throws -> Void) throws -> (incidents: Int, warnings: [LoadWarning]) {
        let loaded = CorpusLoader().corpusInfo(folder: folder)
        var warnings = loaded.warnings
        let decoder = JSONDecoder()
        return try database.pool.read { db in
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
            let count = try JSONExport.write(corpus: loaded.info, articles: articles, warnings: warnings, incidents: { each in
                let rows = try Data.fetchCursor(db, sql: "SELECT json FROM incidents ORDER BY \(IndexSchema.timelineOrder)")
                while let json = try rows.next() { try each(try decoder.decode(Incident.self, from: json)) }
            }, to: sink)
            return (count, warnings)
        }
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

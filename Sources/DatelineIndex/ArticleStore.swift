import DatelineCore
import Foundation
import GRDB

/// Reads and writes the per-file rows: files, articles, sentences, mentions.
enum ArticleStore {
    struct FileRow {
        var name: String
        var size: Int64
        var mtime: Double
        var hash: String
        var focus: String
        var hasArticle: Bool
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func files(_ db: Database) throws -> [String: FileRow] {
        var result: [String: FileRow] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, size, mtime, hash, focus, hasArticle FROM files") {
            let r = FileRow(name: row["name"], size: row["size"], mtime: row["mtime"], hash: row["hash"], focus: row["focus"],
                            hasArticle: row["hasArticle"])
            result[r.name] = r
        }
        return result
    }

    /// Replaces everything stored for one file, in the caller's transaction. The `files` row,
    /// which carries the hash, goes in last. Mentions are left to `writeMentions`.
    static func writeLoaded(_ db: Database, name: String, size: Int64, mtime: Double, hash: String,
                            article: Article?, sentences: [Sentence], firstPass: [PlaceMention], warnings: [LoadWarning]) throws {
        try db.execute(sql: "DELETE FROM files WHERE name = ?", arguments: [name])
        // The files row must exist first for the foreign keys; it is inserted with an empty
        // hash and completed at the end.
        try db.execute(sql: "INSERT INTO files(name, size, mtime, warnings, hasArticle, focus, hash) VALUES (?, ?, ?, ?, ?, '', '')",
                       arguments: [name, size, mtime, String(decoding: try encoder.encode(warnings), as: UTF8.self), article != nil])
        if let article {
            try db.execute(sql: "INSERT INTO articles(file, id, title, outlet, published, bytes, json, firstPass) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [name, article.id, article.title, article.outlet, article.published?.iso,
                                       article.body.utf8.count, try encoder.encode(article), try encoder.encode(firstPass)])
            let insert = try db.cachedStatement(sql: "INSERT INTO sentences(file, idx, paragraph, start, \"end\", kind, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for s in sentences {
                try insert.execute(arguments: [name, s.index, s.paragraph, s.span.start, s.span.end, s.kind.rawValue, s.span.text])
            }
        }
        try db.execute(sql: "UPDATE files SET hash = ? WHERE name = ?", arguments: [hash, name])
    }

    /// Replaces a file's mentions and records the focus they were extracted with (last).
    static func writeMentions(_ db: Database, file: String, mentions: [Mention], focus: String) throws {
        try db.execute(sql: "DELETE FROM mentions WHERE file = ?", arguments: [file])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO mentions(file, ordinal, articleID, sentenceIndex, start, "end", timeStart, timeEnd, basis, type, claimant, side, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, m) in mentions.enumerated() {
            try insert.execute(arguments: [file, i, m.articleID, m.sentenceIndex, m.span.start, m.span.end,
                                           m.time.value?.start.iso, m.time.value?.end.iso, m.time.basis.rawValue, m.type,
                                           m.attribution.claimant, m.attribution.side.rawValue, try encoder.encode(m)])
        }
        try db.execute(sql: "UPDATE files SET focus = ? WHERE name = ?", arguments: [focus, file])
    }

    static func article(_ db: Database, file: String) throws -> Article? {
        guard let data = try Data.fetchOne(db, sql: "SELECT json FROM articles WHERE file = ?", arguments: [file]) else { return nil }
        return try JSONDecoder().decode(Article.self, from: data)
    }

    static func sentences(_ db: Database, file: String) throws -> [Sentence] {
        try Row.fetchAll(db, sql: "SELECT idx, paragraph, start, \"end\", kind, text FROM sentences WHERE file = ? ORDER BY idx", arguments: [file]).map(sentence)
    }

    static func sentence(_ row: Row) -> Sentence {
        Sentence(span: TextSpan(text: row["text"], start: row["start"], end: row["end"]), paragraph: row["paragraph"],
                 index: row["idx"], kind: SentenceKind(rawValue: row["kind"]) ?? .body)
    }
}

import DatelineCore
import Foundation
import GRDB

/// Reads and writes the per-file rows: files, articles, sentences, mentions.
enum ArticleStore {
    /// What the scan compares: the stat, and whether the file's rows are complete (its hash,
    /// fetched only for files whose stat changed, is written last).
    struct FileRow {
        var size: Int64
        var mtime: Double
        var complete: Bool
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func files(_ db: Database, expected: Int = 0) throws -> [String: FileRow] {
        var result: [String: FileRow] = [:]
        result.reserveCapacity(expected)
        // A cursor, column positions and no strings but the name: this reads every row on every
        // update (100k at 100k articles).
        let rows = try Row.fetchCursor(db, sql: "SELECT name, size, mtime, hash <> '' FROM files")
        while let row = try rows.next() {
            result[row[0]] = FileRow(size: row[1], mtime: row[2], complete: row[3])
        }
        return result
    }

    static func hash(_ db: Database, file: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT hash FROM files WHERE name = ?", arguments: [file]) ?? ""
    }

    /// Replaces everything stored for one file, in the caller's transaction. The `files` row,
    /// which carries the hash, goes in last. Mentions are left to `writeMentions`.
    static func writeLoaded(_ db: Database, name: String, size: Int64, mtime: Double, hash: String,
                            article: Article?, sentences: [Sentence], firstPass: [PlaceMention], warnings: [LoadWarning]) throws {
        try FocusCounts.apply(db, removed: try FocusCounts.firstPass(db, file: name), added: article == nil ? [] : firstPass)
        try removeMentions(db, file: name)
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

    /// Deletes every row of a file that is gone from the folder.
    static func removeFile(_ db: Database, name: String) throws {
        try FocusCounts.apply(db, removed: try FocusCounts.firstPass(db, file: name), added: [])
        try removeMentions(db, file: name)
        try db.execute(sql: "DELETE FROM files WHERE name = ?", arguments: [name])
    }

    /// Deletes a file's mentions with their postings, lowering the posting counts and marking
    /// the incidents they were in as stale.
    static func removeMentions(_ db: Database, file: String) throws {
        try db.execute(sql: """
            UPDATE incidents SET stale = 1 WHERE rowid IN (SELECT incident FROM mentions WHERE file = ? AND incident IS NOT NULL)
            """, arguments: [file])
        let counts = try Row.fetchAll(db, sql: """
            SELECT p.key, sum(p.n) FROM postings p JOIN mentions m ON m.rowid = p.mention WHERE m.file = ? GROUP BY p.key
            """, arguments: [file])
        let update = try db.cachedStatement(sql: "UPDATE keys SET count = count - ? WHERE key = ?")
        for row in counts { try update.execute(arguments: [row[1] as Int, row[0] as String]) }
        try db.execute(sql: "DELETE FROM postings WHERE mention IN (SELECT rowid FROM mentions WHERE file = ?)", arguments: [file])
        try db.execute(sql: "DELETE FROM mentions WHERE file = ?", arguments: [file])
    }

    /// Replaces a file's mentions (with their postings) and records the focus they were
    /// extracted with (last). New mentions belong to no incident until the next clustering.
    static func writeMentions(_ db: Database, file: String, mentions: [Mention], focus: String) throws {
        try removeMentions(db, file: file)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO mentions(file, ordinal, articleID, sentenceIndex, start, "end", timeStart, timeEnd, basis, type, claimant, side, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let posting = try db.cachedStatement(sql: "INSERT INTO postings(key, mention, n) VALUES (?, ?, ?)")
        let count = try db.cachedStatement(sql: "INSERT INTO keys(key, count) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET count = count + excluded.count")
        var added: [String: Int] = [:]
        for (i, m) in mentions.enumerated() {
            try insert.execute(arguments: [file, i, m.articleID, m.sentenceIndex, m.span.start, m.span.end,
                                           m.time.value?.start.iso, m.time.value?.end.iso, m.time.basis.rawValue, m.type,
                                           m.attribution.claimant, m.attribution.side.rawValue, try encoder.encode(m)])
            let rowid = db.lastInsertedRowID
            var keys: [String: Int] = [:]
            for key in Pipeline.postingKeys(of: m) { keys[key, default: 0] += 1 }
            for (key, n) in keys {
                try posting.execute(arguments: [key, rowid, n])
                added[key, default: 0] += n
            }
        }
        for (key, n) in added { try count.execute(arguments: [key, n]) }
        try db.execute(sql: "UPDATE files SET focus = ? WHERE name = ?", arguments: [focus, file])
    }

    static func article(_ db: Database, file: String) throws -> Article? {
        guard let data = try Data.fetchOne(db, sql: "SELECT json FROM articles WHERE file = ?", arguments: [file]) else { return nil }
        return try JSONDecoder().decode(Article.self, from: data)
    }

    static func sentences(_ db: Database, file: String) throws -> [Sentence] {
        try Row.fetchAll(db, sql: "SELECT idx, paragraph, start, \"end\", kind, text FROM sentences WHERE file = ? ORDER BY idx", arguments: [file]).map(sentence)
    }

    /// The columns of `builderArticle`.
    static let builderColumns = "id, outlet, published"

    /// An article as the incident builder needs it: id, outlet and publication date, no body.
    static func builderArticle(_ row: Row) -> Article {
        Article(id: row["id"], outlet: row["outlet"], published: (row["published"] as String?).flatMap { CalendarDate(iso: $0) }, body: "")
    }

    static func sentence(_ row: Row) -> Sentence {
        Sentence(span: TextSpan(text: row["text"], start: row["start"], end: row["end"]), paragraph: row["paragraph"],
                 index: row["idx"], kind: SentenceKind(rawValue: row["kind"]) ?? .body)
    }
}

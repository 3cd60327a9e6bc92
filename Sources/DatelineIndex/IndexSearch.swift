import DatelineCore
import Foundation
import GRDB

/// Full-text search over sentences and incident headlines (FTS5).
public struct IndexSearch {
    public struct SentenceHit: Sendable, Hashable {
        public var file: String
        public var articleID: String
        public var sentenceIndex: Int
        public var text: String
    }

    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The user's words as an FTS5 query: each word quoted (so punctuation and operators in the
    /// text cannot break the syntax), the last one as a prefix; all must match.
    public static func ftsQuery(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}") }.map(String.init)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { i, w in
            "\"" + w.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (i == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }

    public func sentences(matching text: String, limit: Int = 50) throws -> [SentenceHit] {
        guard let query = Self.ftsQuery(text) else { return [] }
        return try database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.file, a.id, s.idx, s.text FROM sentences_fts
                JOIN sentences s ON s.rowid = sentences_fts.rowid JOIN articles a ON a.file = s.file
                WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [query, limit]).map {
                SentenceHit(file: $0[0], articleID: $0[1], sentenceIndex: $0[2], text: $0[3])
            }
        }
    }

    /// Ids of incidents whose headline matches, best first.
    public func incidents(matching text: String, limit: Int = 50) throws -> [String] {
        guard let query = Self.ftsQuery(text) else { return [] }
        return try database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT i.id FROM incidents_fts JOIN incidents i ON i.rowid = incidents_fts.rowid
                WHERE incidents_fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [query, limit])
        }
    }
}

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
        return words.enumerated().map { i, w in quoted(w) + (i == words.count - 1 ? "*" : "") }.joined(separator: " ")
    }

    /// A word as an FTS5 string: quoted, so punctuation and operators in it cannot break the syntax.
    static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Rowids of the incidents whose headline matches `headlines`, or one of whose mentions is cut
    /// from a sentence matching `sentences` (FTS5 queries; nil: that side is not searched), each once.
    static func incidentRowids(_ db: Database, headlines: String?, sentences: String?) throws -> Set<Int64> {
        var result = Set<Int64>()
        if let headlines {
            let rows = try Int64.fetchCursor(db, sql: "SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?", arguments: [headlines])
            while let rowid = try rows.next() { result.insert(rowid) }
        }
        if let sentences {
            let rows = try Int64.fetchCursor(db, sql: """
                SELECT m.incident FROM sentences_fts
                JOIN sentences s ON s.rowid = sentences_fts.rowid
                JOIN mentions m ON m.file = s.file AND m.sentenceIndex = s.idx
                WHERE sentences_fts MATCH ? AND m.incident IS NOT NULL
                """, arguments: [sentences])
            while let rowid = try rows.next() { result.insert(rowid) }
        }
        return result
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

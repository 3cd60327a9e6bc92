import DatelineCore
import Foundation
import GRDB

/// What `dateline sources` and `dateline regions` count, straight from the index: one row per
/// article with its counts computed by SQLite, and each incident's regions from its column.
public struct IndexTallies {
    /// An article as `sources` lists it.
    public struct ArticleRow: Equatable, Sendable {
        public var id: String
        public var published: String?
        public var publishedInferred: Bool
        /// Sentences of the article (of the last file with its id, as `EventModel.sentences`).
        public var sentences: Int
        /// Passages cited by incidents.
        public var mentions: Int
        public var outlet: String

        public init(id: String, published: String?, publishedInferred: Bool, sentences: Int, mentions: Int, outlet: String) {
            self.id = id
            self.published = published
            self.publishedInferred = publishedInferred
            self.sentences = sentences
            self.mentions = mentions
            self.outlet = outlet
        }
    }

    let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Every article in file order (as `EventModel.articles`).
    public func articles(_ each: (ArticleRow) throws -> Void) throws {
        try database.pool.read { db in
            // Mentions of an article come from the files with its id; those linked to an
            // incident are the ones the model's incidents hold.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.published, json_extract(CAST(a.json AS TEXT), '$.publishedInferred'), coalesce(a.outlet, a.id),
                       (SELECT count(*) FROM sentences s WHERE s.file = (SELECT max(b.file) FROM articles b WHERE b.id = a.id)),
                       (SELECT count(*) FROM mentions m
                        WHERE m.file IN (SELECT b.file FROM articles b WHERE b.id = a.id) AND m.articleID = a.id AND m.incident IS NOT NULL)
                FROM files f JOIN articles a ON a.file = f.name ORDER BY f.name
                """)
            while let row = try rows.next() {
                try each(ArticleRow(id: row[0], published: row[1], publishedInferred: (row[2] as Bool?) ?? false, sentences: row[4],
                                    mentions: row[5], outlet: row[3]))
            }
        }
    }

    /// Whether each incident is background, and its regions (in no particular order of incidents).
    public func incidentRegions(_ each: (_ background: Bool, _ regions: [String]) throws -> Void) throws {
        try database.pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT background, regions FROM incidents")
            while let row = try rows.next() { try each(row[0], IndexSchema.regions(fromColumn: row[1])) }
        }
    }
}

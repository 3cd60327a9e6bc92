import GRDB

/// The tables of an index and the migrations that create them (GRDB's `DatabaseMigrator`).
///
/// - `files`: one row per article file seen in the corpus folder, with its size, modification
///   time and content hash. The hash is written last, in the same transaction as the file's
///   other rows: a file whose hash matches is completely indexed.
/// - `articles`, `sentences`, `mentions`: the per-article cache (Codable values as JSON plus
///   queryable columns). `focus` on `files` records the corpus focus the mentions were extracted with.
/// - `postings`, `keys`: which mentions are in which posting list (key terms, `#quantity`), and
///   each list's length now (`count`) and at the last clustering (`clustered`): what decides
///   which part of the corpus a change makes the index re-cluster.
/// - `incidents`, `figures`: the clustered model, with the columns the timeline sorts and filters on;
///   `mentions.incident` links each mention to its incident, `incidents.stale` marks incidents
///   that lost a mention since the last clustering.
/// - `focus_places`: how often each gazetteer entry is named in the first passes (`FocusCounts`).
/// - `sentences_fts`, `incidents_fts`: FTS5 over sentence text and incident headlines
///   (external-content tables kept in sync by triggers).
/// - `timeline`: the browser's timeline spine, refreshed after each update (`TimelineSpineStore`).
public enum IndexSchema {
    /// Bumped when the layout or the meaning of cached rows changes; a mismatch rebuilds the index.
    public static let formatVersion = "3"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE files(
                    name TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL,
                    warnings TEXT NOT NULL,
                    hasArticle INTEGER NOT NULL,
                    focus TEXT NOT NULL,
                    hash TEXT NOT NULL);
                CREATE TABLE articles(
                    file TEXT PRIMARY KEY NOT NULL REFERENCES files(name) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    title TEXT, outlet TEXT, published TEXT,
                    bytes INTEGER NOT NULL,
                    json BLOB NOT NULL,
                    firstPass BLOB NOT NULL);
                CREATE INDEX articles_id ON articles(id);
                CREATE TABLE sentences(
                    rowid INTEGER PRIMARY KEY,
                    file TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
                    idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    kind TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX sentences_file ON sentences(file, idx);
                CREATE TABLE mentions(
                    rowid INTEGER PRIMARY KEY,
                    file TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    articleID TEXT NOT NULL, sentenceIndex INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    timeStart TEXT, timeEnd TEXT, basis TEXT NOT NULL, type TEXT NOT NULL,
                    claimant TEXT, side TEXT NOT NULL,
                    incident INTEGER,
                    json BLOB NOT NULL);
                CREATE INDEX mentions_file ON mentions(file, ordinal);
                CREATE INDEX mentions_incident ON mentions(incident);
                CREATE TABLE postings(
                    key TEXT NOT NULL, mention INTEGER NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY(key, mention)) WITHOUT ROWID;
                CREATE INDEX postings_mention ON postings(mention);
                CREATE TABLE keys(key TEXT PRIMARY KEY NOT NULL, count INTEGER NOT NULL, clustered INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
                CREATE TABLE incidents(
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL,
                    background INTEGER NOT NULL, undated INTEGER NOT NULL,
                    timeStart TEXT NOT NULL, timeEnd TEXT NOT NULL, granularity TEXT NOT NULL, precision INTEGER NOT NULL,
                    basis TEXT NOT NULL, type TEXT NOT NULL, regions TEXT NOT NULL, headline TEXT NOT NULL,
                    sources INTEGER NOT NULL,
                    stale INTEGER NOT NULL DEFAULT 0,
                    digest TEXT NOT NULL,
                    json BLOB NOT NULL);
                CREATE INDEX incidents_digest ON incidents(digest);
                CREATE INDEX incidents_order ON incidents(background, undated, timeStart, precision, basis = 'reported', sources DESC, id);
                CREATE INDEX incidents_id ON incidents(id);
                CREATE TABLE figures(
                    incident INTEGER NOT NULL REFERENCES incidents(rowid) ON DELETE CASCADE,
                    articleID TEXT NOT NULL, quantity TEXT NOT NULL, value REAL NOT NULL, upper REAL NOT NULL,
                    unit TEXT NOT NULL, qualifier TEXT, phrase TEXT NOT NULL);
                CREATE INDEX figures_incident ON figures(incident);
                CREATE INDEX figures_quantity ON figures(quantity, value);

                CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid');
                CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
                    INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
                END;
                CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
                    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
                END;
                CREATE VIRTUAL TABLE incidents_fts USING fts5(headline, content='incidents', content_rowid='rowid');
                CREATE TRIGGER incidents_ai AFTER INSERT ON incidents BEGIN
                    INSERT INTO incidents_fts(rowid, headline) VALUES (new.rowid, new.headline);
                END;
                CREATE TRIGGER incidents_ad AFTER DELETE ON incidents BEGIN
                    INSERT INTO incidents_fts(incidents_fts, rowid, headline) VALUES ('delete', old.rowid, old.headline);
                END;
                """)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?)", arguments: [formatVersion])
        }
        // The browser's timeline spine (`TimelineSpineStore`), a covering index so that
        // computing it reads no incident row, a log of deleted incidents to update it, and a
        // covering index from sentences to incidents for the browser's search (`IndexTimelineSource`).
        migrator.registerMigration("v2-timeline") { db in
            try db.execute(sql: """
                CREATE TABLE timeline(name TEXT PRIMARY KEY NOT NULL, stamp TEXT NOT NULL, data BLOB NOT NULL,
                                      times TEXT NOT NULL, regions TEXT NOT NULL);
                CREATE INDEX incidents_timeline ON incidents(background, undated, timeStart, precision, basis = 'reported', sources DESC, id,
                                                             timeEnd, granularity, regions, basis);
                CREATE INDEX mentions_sentence ON mentions(file, sentenceIndex, incident);
                CREATE TABLE timeline_deleted(rowid INTEGER PRIMARY KEY);
                CREATE TRIGGER incidents_timeline_ad AFTER DELETE ON incidents BEGIN
                    INSERT OR IGNORE INTO timeline_deleted(rowid) VALUES (old.rowid);
                END;
                """)
        }
        // What an update looks up at 100k articles without reading whole tables: the posting
        // lists whose length changed since the last clustering, and the stale incidents.
        migrator.registerMigration("v3-scale") { db in
            try db.execute(sql: """
                CREATE INDEX keys_pending ON keys(key) WHERE \(pendingKeys);
                CREATE INDEX incidents_stale ON incidents(stale) WHERE stale = 1;
                CREATE TABLE focus_places(entry TEXT PRIMARY KEY NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID;
                """)
            try FocusCounts.rebuild(db)
        }
        return migrator
    }

    /// Timeline order as SQL (`Timeline.order`'s keys), as the `incidents_order` and
    /// `incidents_timeline` indexes spell it: a query must say it the same way to use them.
    static let timelineOrder = "background, undated, timeStart, precision, basis = 'reported', sources DESC, id"

    /// `incidents.regions`: the region names, one per line.
    static func regionsColumn(_ regions: [String]) -> String { regions.joined(separator: "\n") }
    static func regions(fromColumn text: String) -> [String] { text.isEmpty ? [] : text.components(separatedBy: "\n") }

    /// The condition of `keys_pending`; queries must spell it the same way to use the index.
    static let pendingKeys = "count <> clustered"

    /// The trigger that keeps `incidents_fts` in step with inserts (dropped during a bulk write,
    /// see `IncidentWriter`).
    static let incidentsInsertTrigger = """
        CREATE TRIGGER incidents_ai AFTER INSERT ON incidents BEGIN
            INSERT INTO incidents_fts(rowid, headline) VALUES (new.rowid, new.headline);
        END
        """

    /// Names of the tables a complete index has (checked on open).
    static let requiredTables = ["meta", "files", "articles", "sentences", "mentions", "postings", "keys", "incidents", "figures",
                                 "sentences_fts", "incidents_fts", "focus_places", "timeline"]
}

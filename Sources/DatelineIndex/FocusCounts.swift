import DatelineCore
import Foundation
import GRDB

/// How often each gazetteer entry is named in the corpus's first passes (`focus_places`), kept
/// up to date as files are loaded and removed: the corpus focus from it without reading every
/// article's first pass (seconds at 100k articles).
///
/// The focus counts occurrences, so the counts give the same focus as the first passes in corpus
/// order, with one exception that is checked: two entries with the same name and region but
/// other coordinates (the first one named would give the anchor its place). Then `lists` is nil
/// and the caller reads the first passes.
enum FocusCounts {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// Adds `+1` per place of `added` and `-1` per place of `removed`, in the caller's transaction.
    static func apply(_ db: Database, removed: [PlaceMention], added: [PlaceMention]) throws {
        var delta: [GazetteerEntry: Int] = [:]
        for p in removed { delta[p.entry, default: 0] -= 1 }
        for p in added { delta[p.entry, default: 0] += 1 }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO focus_places(entry, count) VALUES (?, ?) ON CONFLICT(entry) DO UPDATE SET count = count + excluded.count
            """)
        for (entry, n) in delta where n != 0 {
            try upsert.execute(arguments: [String(decoding: try encoder.encode(entry), as: UTF8.self), n])
        }
        try db.execute(sql: "DELETE FROM focus_places WHERE count <= 0")
    }

    /// The stored first pass of a file (empty when it has none).
    static func firstPass(_ db: Database, file: String) throws -> [PlaceMention] {
        guard let data = try Data.fetchOne(db, sql: "SELECT firstPass FROM articles WHERE file = ?", arguments: [file]) else { return [] }
        return try JSONDecoder().decode([PlaceMention].self, from: data)
    }

    /// Recounts from every stored first pass (the migration that adds the table).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM focus_places")
        let decoder = JSONDecoder()
        var all: [PlaceMention] = []
        for data in try Data.fetchAll(db, sql: "SELECT firstPass FROM articles") {
            all += try decoder.decode([PlaceMention].self, from: data)
        }
        try apply(db, removed: [], added: all)
    }

    /// How often each entry is named, or nil when the order of the corpus would matter (see
    /// above). The counts, not one first pass per naming: expanding them cost 0.6 s at 100k.
    static func counts(_ db: Database) throws -> [(GazetteerEntry, Int)]? {
        let decoder = JSONDecoder()
        var result: [(GazetteerEntry, Int)] = []
        var points: [String: (Double, Double)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entry, count FROM focus_places ORDER BY entry") {
            let entry = try decoder.decode(GazetteerEntry.self, from: Data((row[0] as String).utf8))
            if entry.kind != .country, let region = entry.region {
                let key = entry.name + "|" + region
                if let seen = points[key], seen != (entry.latitude, entry.longitude) { return nil }
                points[key] = (entry.latitude, entry.longitude)
            }
            result.append((entry, row[1] as Int))
        }
        return result
    }
}

import Foundation
import GRDB

/// An open index: a GRDB `DatabasePool` in WAL mode, so that several processes (and the
/// browser's reader alongside an updater) can use one file at once.
public final class IndexDatabase: Sendable {
    public let pool: DatabasePool
    public let url: URL

    init(pool: DatabasePool, url: URL) {
        self.pool = pool
        self.url = url
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    /// Files up to this size get a full `PRAGMA quick_check` on every open.
    public static let quickCheckLimit: Int64 = 256 << 20

    /// Opens (creating if needed) without any recovery: throws on a damaged or foreign file.
    public static func openStrict(at url: URL) throws -> IndexDatabase {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let pool = try DatabasePool(path: url.path, configuration: configuration())
        let database = IndexDatabase(pool: pool, url: url)
        try database.check()
        return database
    }

    /// Integrity (`PRAGMA quick_check`), then migrations, then the format and tables this build expects.
    func check() throws {
        // `quick_check` reads the whole file: on large indexes (seconds at 100k articles) only a
        // truncation check, which is what a crash or a full disk leaves.
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        try pool.read { db in
            if fileSize <= Self.quickCheckLimit {
                let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard result == ["ok"] else { throw IndexError.damaged("quick_check: " + result.prefix(3).joined(separator: "; ")) }
            } else {
                let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
                let walSize = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? NSNumber)?.int64Value ?? 0
                guard walSize > 0 || pages * pageSize <= fileSize else {
                    throw IndexError.damaged("truncated: \(fileSize) bytes for \(pages) pages of \(pageSize)")
                }
            }
        }
        let migrator = IndexSchema.migrator
        try pool.read { db in
            if try migrator.hasBeenSuperseded(db) { throw IndexError.damaged("written by a newer Dateline (unknown migrations)") }
            // A database that is not ours: tables but no migration record.
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if !tables.isEmpty && !tables.contains("grdb_migrations") { throw IndexError.damaged("not a Dateline index") }
        }
        try migrator.migrate(pool)
        try pool.read { db in
            let format = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
            guard format == IndexSchema.formatVersion else { throw IndexError.damaged("format \(format ?? "none"), expected \(IndexSchema.formatVersion)") }
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            let missing = IndexSchema.requiredTables.filter { !tables.contains($0) }
            guard missing.isEmpty else { throw IndexError.damaged("missing tables: " + missing.joined(separator: ", ")) }
        }
    }

    func meta(_ key: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }
}

public enum IndexError: Error, CustomStringConvertible {
    case damaged(String)
    case interrupted(after: Int)

    public var description: String {
        switch self {
        case .damaged(let reason): return "the index is damaged (\(reason))"
        case .interrupted(let n): return "indexing stopped after \(n) articles"
        }
    }
}

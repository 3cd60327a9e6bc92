import Foundation

/// Opens an index, and when it is corrupt, truncated, not an index or of another format, moves
/// it aside (`NAME.corrupt-YYYYMMDD-HHMMSS`, with its -wal and -shm) and starts a new one,
/// telling the user through `warn`.
public enum IndexRecovery {
    public static func open(at url: URL, warn: (String) -> Void) throws -> IndexDatabase {
        do {
            return try IndexDatabase.openStrict(at: url)
        } catch {
            let reason = (error as? IndexError)?.description ?? "\(error)"
            let aside = try moveAside(url)
            warn("dateline: the index \(url.path) could not be used (\(reason)); moved it to \(aside.lastPathComponent) and rebuilding it")
            return try IndexDatabase.openStrict(at: url)
        }
    }

    /// Renames the database and its WAL/shared-memory files; returns the new database path.
    static func moveAside(_ url: URL) throws -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date())
        var target = URL(fileURLWithPath: url.path + ".corrupt-" + stamp)
        var n = 1
        while FileManager.default.fileExists(atPath: target.path) {
            n += 1
            target = URL(fileURLWithPath: url.path + ".corrupt-" + stamp + "-\(n)")
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) { try fm.moveItem(at: url, to: target) }
        for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: url.path + suffix) {
            try? fm.moveItem(atPath: url.path + suffix, toPath: target.path + suffix)
        }
        return target
    }
}

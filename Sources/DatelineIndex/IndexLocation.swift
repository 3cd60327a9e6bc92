import Foundation

/// Where a corpus's index lives: `--index PATH`, else one file per corpus under
/// `$XDG_CACHE_HOME/dateline/` (default `~/.cache/dateline/`), named after the corpus folder and a
/// hash of its absolute path so that two folders with the same name do not share a file.
public enum IndexLocation {
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("dateline")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/dateline")
    }

    public static func defaultIndex(forCorpus folder: URL,
                                    environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let path = folder.standardizedFileURL.path
        let name = folder.standardizedFileURL.lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let file = (name.isEmpty ? "corpus" : String(name.prefix(40))) + "-" + ContentHash.hex(Array(path.utf8)).prefix(12) + ".sqlite"
        return cacheDirectory(environment: environment).appendingPathComponent(file)
    }
}

/// 64-bit FNV-1a, written as 16 hex digits: the content hash of article files. Not
/// cryptographic; it only has to notice edits.
public enum ContentHash {
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    public static func hex(_ data: Data) -> String {
        data.withUnsafeBytes { hex(UnsafeRawBufferPointer($0)) }
    }
}

/// A stable text for any value, for fingerprints: struct fields in declaration order, dictionary
/// and set entries sorted (their iteration order changes from one process to the next).
enum StableDescription {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            let entries = mirror.children.map { entry in
                Mirror(reflecting: entry.value).children.map { of($0.value) }.joined(separator: ":")
            }.sorted()
            return "[" + entries.joined(separator: ",") + "]"
        case .set:
            return "{" + mirror.children.map { of($0.value) }.sorted().joined(separator: ",") + "}"
        case .optional:
            return mirror.children.first.map { of($0.value) } ?? "nil"
        case .collection, .tuple:
            return "(" + mirror.children.map { of($0.value) }.joined(separator: ",") + ")"
        case .struct, .class, .enum:
            if mirror.children.isEmpty { return "\(value)" }
            return "\(mirror.subjectType)(" + mirror.children.map { ($0.label ?? "") + "=" + of($0.value) }.joined(separator: ",") + ")"
        default:
            return "\(value)"
        }
    }
}

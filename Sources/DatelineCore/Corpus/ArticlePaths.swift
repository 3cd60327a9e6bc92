import Foundation

/// An article file's path and id (its name without the extension) in one folder. For names of
/// plain ASCII letters, digits, `_`, `-` and single dots (every generated or usual name) they are
/// joined and cut as bytes; `URL.appendingPathComponent`, `URL.path` and
/// `NSString.deletingPathExtension` took 40% of loading 10k articles. Other names keep those
/// calls, so the path and id are always what they gave.
struct ArticlePaths {
    let folder: URL
    /// `folder.path` with a slash, or nil when it already ends in one (the root).
    private let prefix: String?

    init(folder: URL) {
        self.folder = folder
        let path = folder.path
        prefix = path.hasSuffix("/") || path.isEmpty ? nil : path + "/"
    }

    func path(of name: String) -> String {
        if let prefix, Self.isPlain(name) { return prefix + name }
        return folder.appendingPathComponent(name).path
    }

    func id(of name: String) -> String {
        if Self.isPlain(name), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex {
            return String(name[..<dot])
        }
        return (name as NSString).deletingPathExtension
    }

    /// Letters, digits, `_`, `-`, and dots neither first nor doubled.
    static func isPlain(_ name: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: ".")
        for b in name.utf8 {
            let letter = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
            let digit = b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
            if b == UInt8(ascii: ".") {
                if previous == UInt8(ascii: ".") { return false }
            } else if !(letter || digit || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")) {
                return false
            }
            previous = b
        }
        return !name.isEmpty && previous != UInt8(ascii: ".")
    }
}

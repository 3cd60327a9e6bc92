import DatelineResources
import Foundation

/// Problems reading the data files shipped in `Resources/`.
public enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "resource \(path) not found: the binary needs its Dateline_DatelineResources.resources folder beside it (run it with `swift run dateline`, or copy that folder with the binary)"
        case .unreadable(let path, let reason):
            return "resource \(path) could not be read: \(reason)"
        }
    }
}

/// A tab-separated data file from `Resources/`: `#` starts a comment line, blank lines are
/// skipped, and every other line is a row of columns.
struct LexiconFile {
    let rows: [[String]]

    init(resource path: String) throws {
        guard let url = DatelineResources.url(path) else { throw ResourceError.missing(path) }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ResourceError.unreadable(path, "\(error)")
        }
        self.init(text: text)
    }

    init(text: String) {
        rows = text.split(whereSeparator: \.isNewline).compactMap { line -> [String]? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The first column of every row, lower-cased.
    var words: [String] { rows.compactMap { $0.first?.lowercased() } }
}

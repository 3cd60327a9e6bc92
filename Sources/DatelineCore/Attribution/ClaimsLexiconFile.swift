import DatelineResources
import Foundation

/// A problem with a bundled lexicon: missing, or a row that cannot be read.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Reads the tab-separated lexicons in `Resources/lexicons/`: `#` lines are comments (the
/// source is stated there), the first other line names the columns, blank lines are skipped.
enum ClaimsLexiconFile {
    static func rows(_ name: String, minColumns: Int) throws -> [[String]] {
        guard let url = DatelineResources.url("lexicons/\(name)") else {
            throw LexiconError(description: "lexicon \(name) is missing from the resource bundle")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try parse(text, name: name, minColumns: minColumns)
    }

    static func parse(_ text: String, name: String, minColumns: Int) throws -> [[String]] {
        var out: [[String]] = []
        var sawHeader = false
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= minColumns else {
                throw LexiconError(description: "\(name):\(number + 1): expected \(minColumns) tab-separated columns")
            }
            out.append(cols)
        }
        return out
    }
}

import Foundation

/// Reads the gazetteer's tab-separated files: '#' lines are comments, fields are split
/// on tabs and keep empty ones, so column positions stay meaningful.
enum TSV {
    static func rows(_ url: URL) throws -> [[Substring]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return rows(text)
    }

    static func rows(_ text: String) -> [[Substring]] {
        var out: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            out.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return out
    }

    static func list(_ field: Substring?) -> [String] {
        guard let field else { return [] }
        return field.split(separator: ";").map { String($0) }.filter { !$0.isEmpty }
    }
}

extension Array where Element == Substring {
    subscript(safe i: Int) -> Substring? { i < count ? self[i] : nil }
}

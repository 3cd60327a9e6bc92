import Yams

/// The YAML front matter at the top of an article: a `---` line, `key: value` lines, a `---` line.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// Where the body starts, in Unicode scalars of the file text.
    var bodyStart: Int = 0
    var warnings: [String] = []

    /// Splits `text` into front matter and body. A file without a leading `---` line has no front
    /// matter; an unclosed or malformed block is reported (with its line) and skipped as well as
    /// it can be: the body is never lost.
    static func parse(_ text: String) -> FrontMatter {
        var result = FrontMatter()
        let scalars = Array(text.unicodeScalars)
        guard startsWithFence(scalars, at: 0) else { return result }
        // Find the closing fence line.
        var lineStart = 0
        var lineNumber = 1
        var firstLineEnd: Int?
        var closing: (start: Int, end: Int)?
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                if firstLineEnd == nil {
                    firstLineEnd = i
                } else if isFence(scalars, lineStart..<i) {
                    closing = (lineStart, min(i + 1, scalars.count))
                    break
                }
                lineStart = i + 1
                lineNumber += 1
            }
            i += 1
        }
        guard let opening = firstLineEnd, let close = closing else {
            result.warnings.append("front matter opened on line 1 is never closed with a '---' line; read the whole file as the body")
            return result
        }
        result.bodyStart = close.end
        let yamlText = string(scalars, min(opening + 1, close.start)..<close.start)
        do {
            guard let node = try Yams.compose(yaml: yamlText) else { return result }
            guard let mapping = node.mapping else {
                result.warnings.append("front matter (line 2) is not a list of 'key: value' lines; ignored it")
                return result
            }
            var nonScalar: [String] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                if let scalar = value.scalar {
                    result.fields[name.lowercased()] = scalar.string
                } else {
                    nonScalar.append(name)
                }
            }
            // One warning for the whole block, however many keys are wrong.
            if !nonScalar.isEmpty {
                let shown = nonScalar.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (nonScalar.count > 5 ? " and \(nonScalar.count - 5) more" : "")
                result.warnings.append("front matter key\(nonScalar.count == 1 ? "" : "s") \(shown) \(nonScalar.count == 1 ? "has a list or map" : "have lists or maps") where a single value was expected; ignored \(nonScalar.count == 1 ? "it" : "them")")
            }
        } catch let error as YamlError {
            result.warnings.append("malformed front matter: \(describe(error))")
        } catch {
            result.warnings.append("malformed front matter: \(error)")
        }
        return result
    }

    private static func startsWithFence(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < s.count, s[end] != "\n" { end += 1 }
        return isFence(s, index..<end)
    }

    private static func isFence(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var r = range
        while !r.isEmpty, s[r.upperBound - 1] == "\r" || s[r.upperBound - 1] == " " { r = r.lowerBound..<(r.upperBound - 1) }
        return r.count == 3 && s[r.lowerBound] == "-" && s[r.lowerBound + 1] == "-" && s[r.lowerBound + 2] == "-"
    }

    private static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[range])
        return String(view)
    }

    /// Yams reports a position inside the YAML block; the file line is one more (the fence).
    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return "\(problem) at line \(mark.line + 1), column \(mark.column)"
        default:
            return "\(error)"
        }
    }
}

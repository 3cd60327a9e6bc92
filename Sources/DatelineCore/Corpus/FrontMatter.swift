import Yams

/// The YAML front matter at the top of an article: a `---` line, `key: value` lines, a `---` line.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// Where the body starts, in Unicode scalars of the file text.
    var bodyStart: Int = 0
    /// The same place in UTF-8 bytes: where the body is cut.
    var bodyStartUTF8: Int = 0
    var warnings: [String] = []

    /// Splits `text` into front matter and body. A file without a leading `---` line has no front
    /// matter; an unclosed or malformed block is reported (with its line) and skipped as well as
    /// it can be: the body is never lost.
    ///
    /// Over the UTF-8 bytes: the fences and line ends are ASCII, so byte and scalar lines are the
    /// same lines (an `Array` of every scalar of the file was built only to find them).
    static func parse(_ text: String) -> FrontMatter {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    private static func parse(utf8 s: UnsafeBufferPointer<UInt8>) -> FrontMatter {
        var result = FrontMatter()
        let newline = UInt8(ascii: "\n")
        let firstLineEnd = s.firstIndex(of: newline) ?? s.count
        guard isFence(s, 0..<firstLineEnd) else { return result }
        // Find the closing fence line.
        var closing: (start: Int, end: Int)?
        var lineStart = firstLineEnd + 1
        while lineStart <= s.count {
            let lineEnd = s[lineStart...].firstIndex(of: newline) ?? s.count
            if isFence(s, lineStart..<lineEnd) {
                closing = (lineStart, min(lineEnd + 1, s.count))
                break
            }
            lineStart = lineEnd + 1
        }
        guard let close = closing else {
            result.warnings.append("front matter opened on line 1 is never closed with a '---' line; read the whole file as the body")
            return result
        }
        result.bodyStartUTF8 = close.end
        // Scalars before the body: every byte that does not continue a multi-byte sequence.
        result.bodyStart = s[0..<close.end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let block = UnsafeBufferPointer(rebasing: s[min(firstLineEnd + 1, close.start)..<close.start])
        if let pairs = PlainYAMLMapping.pairs(block) {
            result.fields.reserveCapacity(pairs.count)
            for (key, value) in pairs { result.fields[key.lowercased()] = value }
            return result
        }
        let yamlText = String(decoding: block, as: UTF8.self)
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

    /// `---`, then only spaces or CRs to the end of the line.
    private static func isFence(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var r = range
        while !r.isEmpty, s[r.upperBound - 1] == UInt8(ascii: "\r") || s[r.upperBound - 1] == UInt8(ascii: " ") { r = r.lowerBound..<(r.upperBound - 1) }
        return r.count == 3 && s[r.lowerBound] == UInt8(ascii: "-") && s[r.lowerBound + 1] == UInt8(ascii: "-") && s[r.lowerBound + 2] == UInt8(ascii: "-")
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

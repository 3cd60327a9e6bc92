import Foundation

/// A pretty-printed JSON document (sorted keys, as the exports encode) whose one large array,
/// a key of the top-level object, is written an element at a time: the same bytes as encoding
/// the whole document, without holding every element.
enum StreamedJSONArray {
    /// `shell(count)`: the document with the array empty, given the number of elements (a title
    /// may state it; only what follows the array may depend on it). `elements` calls its argument
    /// with each element encoded alone by a pretty-printing encoder. Returns the number of elements.
    @discardableResult
    static func write(key: String, shell: (Int) throws -> Data, elements: ((Data) throws -> Void) throws -> Void,
                      to sink: (Data) throws -> Void) throws -> Int {
        let opening = Data("\"\(key)\" : [".utf8)
        func split(_ shell: Data) throws -> (head: Data, tail: Data, empty: Data) {
            guard let at = shell.range(of: opening), let close = shell[at.upperBound...].firstIndex(of: UInt8(ascii: "]")) else {
                throw EncodingError.invalidValue(shell, .init(codingPath: [], debugDescription: "no \(key) array in the document's shell"))
            }
            return (shell[..<at.upperBound], shell[close...], shell[at.upperBound...])
        }
        try sink(try split(shell(0)).head)
        var count = 0
        let indent = Data("    ".utf8)
        // The two closures never outlive this call.
        try withoutActuallyEscaping(sink) { sink in
            try elements { json in
                var chunk = Data((count == 0 ? "\n" : ",\n").utf8)
                count += 1
                chunk.reserveCapacity(json.count + json.count / 8)
                // Every line two levels in (pretty-printed JSON escapes line breaks inside
                // strings, so every line break is layout), except the empty lines of empty
                // arrays (as the encoder writes them).
                var lineStart = true
                for byte in json {
                    if lineStart && byte != UInt8(ascii: "\n") { chunk += indent }
                    chunk.append(byte)
                    lineStart = byte == UInt8(ascii: "\n")
                }
                try sink(chunk)
            }
        }
        let end = try split(shell(count))
        try sink(count == 0 ? end.empty : Data("\n  ".utf8) + end.tail)
        return count
    }
}

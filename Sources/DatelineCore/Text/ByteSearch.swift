/// Literal substring search over UTF-8 bytes: Foundation's `String.range(of:)` goes through
/// `NSString` and UTF-16 on Linux and cost more than the stages around it.
enum ByteSearch {
    /// Byte offset of the first occurrence of `needle` in `haystack`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        let first = needle[0]
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Offset, in Unicode scalars, of the first occurrence of `needle` in `haystack`.
    static func scalarOffset(of needle: String, in haystack: String) -> Int? {
        let bytes = Array(haystack.utf8)
        guard let byte = firstOffset(of: Array(needle.utf8), in: bytes) else { return nil }
        // Every scalar starts with exactly one byte that is not a continuation byte (10xxxxxx).
        var scalars = 0
        for b in bytes[..<byte] where b & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Offset, in Unicode scalars, of the first occurrence of `needle` in `haystack`. Read in place:
    /// copying both strings into arrays per search cost more than the search.
    static func scalarOffset(of needle: String, in haystack: String) -> Int? {
        var needle = needle, haystack = haystack
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in firstOffset(of: n, in: h).map { scalarCount(h, upTo: $0) } }
        }
    }

    /// `firstOffset` over buffers: `memchr` finds each candidate first byte, `memcmp` checks the rest.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        let h = haystack.baseAddress!, n = needle.baseAddress!
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            guard let hit = memchr(h + i, Int32(n[0]), last - i + 1) else { return nil }
            i = UnsafeRawPointer(h).distance(to: hit)
            if memcmp(h + i, n, needle.count) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Scalars in the first `end` bytes: every scalar starts with exactly one byte that is not a
    /// continuation byte (10xxxxxx). Eight bytes at a time, a continuation byte being one whose
    /// bit 7 is set and bit 6 clear.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
        let base = bytes.baseAddress!
        var count = 0
        var i = 0
        while i + 8 <= end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            count += 8 - (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < end {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}

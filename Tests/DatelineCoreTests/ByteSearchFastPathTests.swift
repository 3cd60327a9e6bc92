import Testing
@testable import DatelineCore

/// `ByteSearch.scalarOffset` reads both strings in place (`memchr` for candidates, scalars counted
/// eight bytes at a time): it must give the offset the scalar view gives, wherever the needle lies.
@Suite struct ByteSearchFastPathTests {
    /// The offset from the scalar views, searched the slow way.
    private func reference(_ needle: String, _ haystack: String) -> Int? {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard n.count <= h.count else { return nil }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    @Test func offsetsPastMixedScriptsAndFalseStartsMatchTheScalarView() {
        let prefixes = ["", "s", "sai sa", "Курськ — “sa” ", "Zürich, Sudzha and Kursk’s governor sa", String(repeating: "é s", count: 9)]
        for prefix in prefixes {
            for needle in ["said", "Peskov told", "s"] {
                let haystack = prefix + needle + " and more"
                #expect(ByteSearch.scalarOffset(of: needle, in: haystack) == reference(needle, haystack), "\(haystack)")
            }
        }
        #expect(ByteSearch.scalarOffset(of: "told", in: String(repeating: "tol ", count: 20)) == nil)
        #expect(ByteSearch.scalarOffset(of: "xyz", in: "xy") == nil)
    }
}

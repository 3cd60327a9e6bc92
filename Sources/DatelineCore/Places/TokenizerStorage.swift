/// Room for one `TokenizedText` after another: an article's sentences are tokenised in one
/// allocation, grown when a longer one comes, instead of a malloc/free pair each.
/// Not shared between threads: each article (or first pass) makes its own.
final class TokenizerStorage {
    private var pointer: UnsafeMutableRawPointer?
    private var capacity = 0
    private var alignment = 1

    init() {
        // Room for an article's usual matches per text from the start, not grown 1, 2, 4, 8 per article.
        found.matches.reserveCapacity(8)
        found.candidates.reserveCapacity(8)
    }

    /// At least `byteCount` bytes; what was there before is given up.
    func room(_ byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        if let pointer, byteCount <= capacity, alignment <= self.alignment { return pointer }
        pointer?.deallocate()
        capacity = max(byteCount, 2 * capacity, 1024)
        self.alignment = max(alignment, self.alignment)
        let p = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: self.alignment)
        pointer = p
        return p
    }

    /// The matcher's arrays, kept with their room from text to text (an array allocated per
    /// sentence cost more than most sentences' matching).
    private var found = PlaceMatcher.Found()

    /// The arrays, moved out (no copy): give them back when done.
    func takeMatches() -> PlaceMatcher.Found {
        var f = PlaceMatcher.Found()
        swap(&f, &found)
        return f
    }

    func giveBack(_ f: inout PlaceMatcher.Found) { swap(&f, &found) }

    deinit { pointer?.deallocate() }
}

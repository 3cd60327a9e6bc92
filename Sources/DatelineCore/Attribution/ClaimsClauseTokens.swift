import Foundation

/// A clause's tokens cut from its sentence's instead of tokenizing the clause again.
///
/// The tokenizer scans left to right and decides each token from its own bytes and the few
/// bytes after it. So when the clause starts where a sentence token starts and ends where one
/// ends, the clause's tokens are the sentence's tokens between, with offsets rebased, except
/// that (a) the first has whitespace before it (a fresh scan starts as after a space) and
/// (b) a possessive `'s` glued to the previous word cannot open a clause (a fresh scan has no
/// previous word): that case is declined. A byte that would have let a token run on past the
/// clause's end makes the sentence's token straddle the end, so no token ends there and the
/// cut is declined too; then the caller tokenizes the clause.
extension ClaimsTokenizer {
    /// The tokens of `clause`, which is `sentence`'s Unicode scalars `scalars`; nil when they
    /// cannot be cut from `sentenceTokens` (the tokens of `sentence`).
    static func clauseTokens(_ sentenceTokens: [ClaimsToken], sentence: String, scalars: Range<Int>,
                             clause: String) -> [ClaimsToken]? {
        guard let first = firstIndex(sentenceTokens, startingAt: scalars.lowerBound) else { return nil }
        var last = first
        while last < sentenceTokens.count, sentenceTokens[last].end < scalars.upperBound { last += 1 }
        guard last < sentenceTokens.count, sentenceTokens[last].end == scalars.upperBound,
              sentenceTokens[first].key != "'s" else { return nil }
        let byteStart = sentenceTokens[first].byteStart, byteEnd = sentenceTokens[last].byteEnd
        // The clause must be those very bytes (it is cut from the same body as the sentence).
        var sentence = sentence, clause = clause
        let same = sentence.withUTF8 { s in
            clause.withUTF8 { c in
                c.count == byteEnd - byteStart
                    && (c.isEmpty || memcmp(c.baseAddress!, s.baseAddress! + byteStart, c.count) == 0)
            }
        }
        guard same else { return nil }
        var out: [ClaimsToken] = []
        out.reserveCapacity(last - first + 1)
        let scalarStart = scalars.lowerBound
        for k in first...last {
            var t = sentenceTokens[k]
            t.start -= scalarStart
            t.end -= scalarStart
            t.byteStart -= byteStart
            t.byteEnd -= byteStart
            out.append(t)
        }
        out[0].spaceBefore = true
        return out
    }

    /// The token that starts at scalar `offset` (tokens are in order), if any.
    private static func firstIndex(_ tokens: [ClaimsToken], startingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].start == offset ? lo : nil
    }
}

/// Turns the phrase found next to a speech cue into a claimant and a side: the claimants
/// lexicon first (with typo-tolerant surnames), then side cues, then the previous sentence's
/// claimant for "the ministry said" / "the statement said".
struct ClaimantResolver: Sendable {
    let lexicon: ClaimantLexicon
    let sides: SideCues
    let scanner: ClaimantPhraseScanner

    /// Heads that name a message rather than a speaker: they point back to the last claimant.
    static let documents: Set<String> = ["statement", "report", "post", "message", "video", "update", "release",
                                         "communique", "bulletin", "briefing", "summary", "notice"]
    /// Phrases that never name who speaks.
    static let nonClaimants: Set<String> = ["reports", "report", "it", "this", "that", "which", "what", "there",
                                            "we", "i", "you", "media reports", "others", "some", "many"]

    private struct Match {
        var entry: Int
        var start: Int
        var length: Int
        var demoted: Bool
    }

    /// What the phrase names, up to the previous sentence's claimant (`resolved(_:previous:)`);
    /// nil: nobody, whatever came before.
    func resolve(_ segments: [Range<Int>], _ t: [ClaimsToken], _ s: String) -> ClaimantResolution? {
        var matches: [Match] = []
        matches.reserveCapacity(4)
        for seg in segments { collectMatches(seg, t, into: &matches) }

        // The first of the best-ranked matches that are not demoted (`max(by:)` over them).
        var best: Match?
        var bestRank = 0
        for m in matches where !m.demoted {
            let rank = Self.rank(lexicon.entries[m.entry].kind)
            if best == nil || rank > bestRank || (rank == bestRank && m.start < best!.start) {
                best = m
                bestRank = rank
            }
        }
        if let best {
            let e = lexicon.entries[best.entry]
            return .named(e.canonical, e.side)
        }

        // Not a known claimant: the phrase itself, preferring a personal name over a description.
        guard let seg = segments.first(where: { isName($0, t) }) ?? segments.first, !seg.isEmpty else { return nil }
        var first = seg.lowerBound
        // "Our correspondent reports": the outlet speaking for itself.
        if t[first].key == "our" { return nil }
        while first < seg.upperBound, ClaimantPhraseScanner.determiners.contains(t[first]) { first += 1 }
        guard first < seg.upperBound else { return nil }
        // "several reported …": modifiers alone name nobody.
        guard (first..<seg.upperBound).contains(where: { scanner.isHeadish(t[$0]) }) else { return nil }
        let head = t[seg.upperBound - 1].text
        let text = t.written(first, seg.upperBound - 1, in: s)
        if seg.upperBound - first == 1, Self.nonClaimants.contains(head) { return nil }

        let definite = first > seg.lowerBound && ["the", "this", "that", "its"].contains(t[seg.lowerBound].key)
        let named = (first..<seg.upperBound).contains { scanner.isNameWord(t[$0]) }
        let isDocument = Self.documents.contains(head)
        guard !(definite && !named && isDocument) else { return .definite(head: head, isDocument: true, otherwise: nil) }

        var scores: [Side: (Int, Int)] = [:]
        for sg in segments { sides.score(t, sg.lowerBound, sg.upperBound, into: &scores) }
        for m in matches {
            let side = lexicon.entries[m.entry].side
            let old = scores[side] ?? (0, m.start)
            scores[side] = (old.0 + 2, min(old.1, m.start))
        }
        let side = SideCues.best(scores) ?? .thirdParty
        if definite, !named { return .definite(head: head, isDocument: false, otherwise: (text, side)) }
        return .named(text, side)
    }

    /// The claimant once the previous sentence's attribution is known: "the ministry said" after
    /// "Russia's Defence Ministry said" is the same ministry.
    func resolved(_ r: ClaimantResolution, previous: Attribution?) -> (claimant: String, side: Side)? {
        switch r {
        case .named(let name, let side):
            return (name, side)
        case .definite(let head, let isDocument, let otherwise):
            if let prev = previous, let prevClaimant = prev.claimant {
                if isDocument { return (prevClaimant, prev.side) }
                if namesOrRole(of: prevClaimant, contain: head) { return (prevClaimant, prev.side) }
            }
            return otherwise
        }
    }

    /// Whether `head` occurs in the claimant's name or lexicon role, lower-cased and joined by a
    /// space. Tried for every candidate previous claimant, so the common case (all ASCII) searches
    /// name and role where they are, folding case as it reads: a needle without a space cannot
    /// straddle the space that joins them. Anything else builds the joined text.
    func namesOrRole(of claimant: String, contain head: String) -> Bool {
        let inName = Self.occursFolded(head, in: claimant)
        if inName == true { return true }
        let role = lexicon.entry(canonical: claimant)?.role ?? ""
        if inName != nil, let inRole = Self.occursFolded(head, in: role) { return inRole }
        return Self.occurs(head, in: (claimant + " " + role).lowercased())
    }

    /// `occurs(needle, in: haystack.lowercased())` for a non-empty ASCII needle without a space
    /// and an ASCII haystack (lower-casing ASCII only maps A-Z); nil for any other pair.
    static func occursFolded(_ needle: String, in haystack: String) -> Bool? {
        var needle = needle, haystack = haystack
        return needle.withUTF8 { n in
            haystack.withUTF8 { h -> Bool? in
                guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 && $0 != 0x20 }), h.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard n.count <= h.count else { return false }
                for s in 0...(h.count - n.count) {
                    var k = 0
                    while k < n.count {
                        let b = h[s + k]
                        if n[k] != ASCIILanes.lowercased(byte: b) { break }
                        k += 1
                    }
                    if k == n.count { return true }
                }
                return false
            }
        }
    }

    /// `haystack.contains(needle)`; by bytes when both are ASCII (Foundation's search goes through
    /// `NSString` on Linux), where literal and Foundation's canonical comparison agree.
    static func occurs(_ needle: String, in haystack: String) -> Bool {
        let n = Array(needle.utf8), h = Array(haystack.utf8)
        guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 }), h.allSatisfy({ $0 < 0x80 }) else { return haystack.contains(needle) }
        return ByteSearch.firstOffset(of: n, in: h) != nil
    }

    private static func rank(_ kind: ClaimantLexicon.Kind) -> Int {
        switch kind {
        case .person: 3
        case .institution, .media: 2
        case .collective: 1
        }
    }

    /// All tokens are capitalised words: a personal name ("Anatoliy Barhylevych").
    private func isName(_ seg: Range<Int>, _ t: [ClaimsToken]) -> Bool {
        !seg.isEmpty && seg.allSatisfy { scanner.isNameWord(t[$0]) && scanner.vocabulary[t[$0]] == nil }
    }

    private func collectMatches(_ seg: Range<Int>, _ t: [ClaimsToken], into out: inout [Match]) {
        var i = seg.lowerBound
        while i < seg.upperBound {
            var found: (entry: Int, length: Int)?
            if let m = lexicon.longestMatch(t, at: i), i + m.length <= seg.upperBound {
                found = (m.entry, m.length)
            } else if scanner.isNameWord(t[i]), let e = lexicon.fuzzySurname(t[i]) {
                found = (e, 1)
            }
            guard let (entry, length) = found else { i += 1; continue }
            let e = lexicon.entries[entry]
            // "Yuri Podolyaka" is not "Mykhailo Podolyak": a different given name, a different person.
            if e.kind == .person, length == 1, i > seg.lowerBound, scanner.isNameWord(t[i - 1]),
               !e.givenNames.contains(t[i - 1].text), scanner.vocabulary[t[i - 1]] == nil,
               !sides.isCue(t, at: i - 1), lexicon.longestMatch(t, at: i - 1) == nil {
                i += length
                continue
            }
            var demoted = i + length < seg.upperBound && t[i + length].key == "'s"
            // "Russian military bloggers", "Kremlin spokesman Dmitry Peskov": the match only qualifies
            // the noun that follows it.
            var k = i + length
            while !demoted, k < seg.upperBound, !ClaimantPhraseScanner.prepositions.contains(t[k]) {
                if lexicon.longestMatch(t, at: k) != nil || lexicon.fuzzySurname(t[k]) != nil { break }
                if scanner.isHeadish(t[k]) { demoted = true }
                k += 1
            }
            if e.kind == .person {
                // "an adviser to Zelensky": the speaker is the adviser.
                var k = i - 1
                if k >= seg.lowerBound, ClaimantPhraseScanner.determiners.contains(t[k]) { k -= 1 }
                if k >= seg.lowerBound, ClaimantPhraseScanner.prepositions.contains(t[k]) { demoted = true }
            } else {
                // "channels affiliated with Russia's Defence Ministry": the speaker is the channels.
                var sawHead = false
                for k in seg.lowerBound..<i {
                    if scanner.isHeadish(t[k]), lexicon.longestMatch(t, at: k) == nil { sawHead = true }
                    if sawHead, ClaimantPhraseScanner.prepositions.contains(t[k]) { demoted = true; break }
                }
            }
            out.append(Match(entry: entry, start: i, length: length, demoted: demoted))
            i += length
        }
    }
}

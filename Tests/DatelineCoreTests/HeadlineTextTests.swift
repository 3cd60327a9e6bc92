import Testing
@testable import DatelineCore

/// The byte path for ASCII text must give exactly what the `Character` rules give.
@Suite struct HeadlineTextTests {
    @Test func asciiPathAgreesWithTheCharacterRules() {
        let pool = ["and", "And", "WHILE", "meanwhile,", "which", "the", "governor", "said", "a", "drone", "hit,", "x;",
                    "depot:", "12", "Kursk", "\t", "\n", "\"quoted\"", "ok.", ",", ";:", "with"]
        var rng = SplitMix64(seed: 7)
        var checked = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<rng.int(40) {
                text += String(repeating: " ", count: rng.int(3))
                text += pool[rng.int(pool.count)]
            }
            text += String(repeating: " ", count: rng.int(2))
            let limit = [5, 12, 30, 50, 160][rng.int(5)]
            let fast = HeadlineText.asciiTrim(text, limit: limit)
            #expect(fast == HeadlineText.characterTrim(text, limit: limit), "\(text.debugDescription) limit \(limit)")
            if fast != nil { checked += 1 }
        }
        #expect(checked == 20_000)
    }

    @Test func textsTheBytePathCannotTakeGoByCharacters() {
        #expect(HeadlineText.asciiTrim("élan of the troops", limit: 160) == nil)
        #expect(HeadlineText.asciiTrim("a line\r\nand more", limit: 160) == nil)
        #expect(HeadlineText.trim("while the élan held out", limit: 160) == "The élan held out")
        #expect(HeadlineText.trim("and so on, étape après étape", limit: 12) == "So on\u{2026}")
        #expect(HeadlineText.trim("and so étape", limit: 160) == "And so étape")
        // Past the cut too: the byte path stops building there, not checking.
        let long = String(repeating: "the governor said ", count: 20)
        #expect(HeadlineText.asciiTrim(long + "élan", limit: 30) == nil)
        #expect(HeadlineText.asciiTrim(long + "a\r\nb", limit: 30) == nil)
        #expect(HeadlineText.trim(long + "élan", limit: 30) == HeadlineText.characterTrim(long, limit: 30))
    }

    /// Counting bytes for plain ASCII must count what `String.count` counts, on any text.
    @Test func characterCountAgreesWithStringCount() {
        let pool = ["a", "Z", " ", "\r", "\n", "\r\n", "é", "e\u{301}", "\u{201C}", "\"", "\t", "🇺🇦", "👍🏽", "\u{0}", "\u{7F}",
                    "governor", ",", "\u{85}"]
        var rng = SplitMix64(seed: 5)
        var ascii = 0
        for _ in 0..<20_000 {
            var text = ""
            // Mostly ASCII, so that the eight-byte steps and the byte tail both see the rare others.
            for _ in 0..<rng.int(40) { text += rng.chance(0.9) ? pool[rng.int(3) == 0 ? 2 : rng.int(2)] : pool[rng.int(pool.count)] }
            let plain = HeadlineText.isPlainASCII(text)
            #expect(plain == !text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(text.debugDescription)")
            #expect(HeadlineText.characterCount(text) == text.count, "\(text.debugDescription)")
            if plain { ascii += 1 }
        }
        #expect(ascii > 1_000 && ascii < 19_000)
        #expect(HeadlineText.characterCount("") == 0 && HeadlineText.isPlainASCII(""))
    }

    /// The eight-byte spacing scan against byte by byte, spaces often side by side and at the ends.
    @Test func spacingAgreesWithAByteScan() {
        let pool = ["a", "bc", " ", "  ", "defghij", "\t", "x,", "é", "\r"]
        var rng = SplitMix64(seed: 23)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<rng.int(30) { text += pool[rng.int(rng.chance(0.98) ? 7 : pool.count)] }
            let bytes = Array(text.utf8)
            let scanned = bytes.withUnsafeBufferPointer { HeadlineText.spacing(of: $0) }
            if bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                #expect(scanned == nil, "\(text.debugDescription)")
                continue
            }
            let doubled = zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
            let single = !doubled && bytes.first != 0x20 && bytes.last != 0x20
            #expect(scanned?.single == single, "\(text.debugDescription)")
            #expect(scanned?.spaces == bytes.filter { $0 == 0x20 }.count, "\(text.debugDescription)")
            #expect(scanned?.firstSpace == (bytes.firstIndex(of: 0x20) ?? bytes.count), "\(text.debugDescription)")
        }
    }

    @Test func examples() {
        #expect(HeadlineText.trim("  and   the  governor said  ", limit: 160) == "The governor said")
        #expect(HeadlineText.trim("  and   the  governor  ", limit: 160) == "And the governor")
        #expect(HeadlineText.trim("and the governor said it", limit: 160) == "The governor said it")
        #expect(HeadlineText.trim("the governor said, in Kursk", limit: 17) == "The governor\u{2026}")
        #expect(HeadlineText.trim("the governor;: said", limit: 14) == "The\u{2026}")
    }
}

/// The headline's shared-term counts from term frequencies equal the pairwise sums they replace.
@Suite struct SharedTermCountTests {
    typealias F = MentionFixtures

    /// The rule as first written: every other mention (not equal to this one), one intersection each.
    /// Any order of the mentions gives the same.
    static func pairwise(_ mentions: [Mention]) -> [Int] {
        let terms = mentions.map { Set($0.keyTerms) }
        return mentions.indices.map { i in
            mentions.indices.filter { mentions[$0] != mentions[i] }.reduce(0) { $0 + terms[i].intersection(terms[$1]).count }
        }
    }

    @Test func agreesWithPairwiseIntersections() {
        let words = ["drone", "depot", "fire", "kursk", "border", "troops", "fire", "oil"]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<500 {
            var group: [Mention] = []
            for _ in 0..<(1 + rng.int(12)) {
                if !group.isEmpty && rng.chance(0.2) {
                    group.append(group[rng.int(group.count)])  // an exact copy
                    continue
                }
                let terms = (0..<rng.int(6)).map { _ in words[rng.int(words.count)] }  // repeats included
                // Few articles and starts: same position, different mention happens too.
                group.append(F.mention(["a", "b"][rng.int(2)], terms.joined(separator: " "), terms: terms, start: rng.int(3)))
            }
            // In reading order, as the builder hands them over.
            group.sort { ($0.articleID, $0.span.start) < ($1.articleID, $1.span.start) }
            #expect(IncidentBuilder.sharedTermCounts(group) == Self.pairwise(group))
        }
    }

    @Test func theMostTypicalPassageHeadsTheIncident() {
        let group = [F.mention("a", "A drone hit the oil depot near the border overnight, officials said", terms: ["drone", "oil", "depot", "border"]),
                     F.mention("b", "Fire crews fought the blaze for hours after the drone strike there", terms: ["fire", "drone"]),
                     F.mention("c", "Residents said the depot by the border burned after a drone struck", terms: ["drone", "depot", "border"])]
        #expect(IncidentBuilder.sharedTermCounts(group) == [4, 2, 4])
        #expect(IncidentBuilder.headline(group) == "A drone hit the oil depot near the border overnight, officials said")
    }
}

import Testing
@testable import DatelineCore

/// The claims stages' fast paths (eight-byte letter runs, tokens written in place, case folded
/// while searching, surnames turned away by their first letter)
/// must answer exactly as the plain code they stand in for.
@Suite struct ClaimsFastPathTests {
    @Test func letterRunCountsTheLeadingASCIILetters() {
        // Bytes at the edges of the letter ranges, and non-ASCII bytes.
        let edges: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x20, 0x27, 0x2E, 0x30, 0xC3, 0xC1, 0xE1, 0xFA, 0xDA]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<8).map { _ in Bool.random(using: &generator) ? edges.randomElement(using: &generator)!
                                                                             : UInt8.random(in: 0...255, using: &generator) }
            let expected = bytes.firstIndex { !ClaimsTokenizer.isLetterByte($0) } ?? 8
            let run = bytes.withUnsafeBufferPointer { ClaimsTokenizer.asciiLetterRun($0.baseAddress!) }
            #expect(run == expected, "\(bytes)")
        }
    }

    /// Words of every length up to 20, each ended by each kind of byte that can follow a word,
    /// early in a text (eight bytes at a time) and at its very end (byte by byte).
    @Test func wordsEndWhereTheyEndWhateverTheirLength() {
        let letters = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ")
        for length in 1...20 {
            let word = String((0..<length).map { letters[$0 % letters.count] })
            // (A period ends it: no letter follows, so it is no abbreviation.)
            for end in [" ", ",", ".", "-", "1", "’", "'", "\n", "\u{A0}", "\u{2014}"] {
                for (text, offset) in [(word + end + " filler words to read eight bytes at a time", 0), ("x " + word + end, 2)] {
                    let token = ClaimsTokenizer.tokenize(text).first { $0.byteStart == offset }
                    #expect(token != nil, "\(text)")
                    guard let token else { continue }
                    #expect(token.text == word.lowercased(), "\(text)")
                    #expect(token.byteEnd - token.byteStart == length && token.end - token.start == length, "\(text)")
                    #expect(token.capitalized == word.first!.isUppercase)
                }
            }
        }
    }

    @Test func tokenSizeStaysPacked() {
        // Stages copy and walk tokens by the thousand: offsets are 32-bit and small fields fill padding.
        #expect(MemoryLayout<ClaimsToken>.stride <= 56)
        var token = ClaimsTokenizer.tokenize("Gladkov said")[1]
        token.start -= 3
        token.byteEnd += 100_000
        #expect(token.start == 5 && token.byteEnd == 100_012)
    }

    @Test func longTextsKeepNoRoomPerByte() {
        let text = String(repeating: "Officials said the drones were shot down overnight. ", count: 200)
        let tokens = ClaimsTokenizer.tokenize(text)
        #expect(tokens.count == 200 * 9)
        #expect(tokens.capacity < text.utf8.count / 2)
        // The same tokens as the text's pieces, offsets shifted.
        let piece = ClaimsTokenizer.tokenize("Officials said the drones were shot down overnight. ")
        for (k, t) in tokens.enumerated() {
            let p = piece[k % 9]
            #expect(t.key == p.key && t.byteStart == p.byteStart + 52 * (k / 9) && t.start == p.start + 52 * (k / 9))
        }
    }

    /// More tokens than the first guess of room (a token per three bytes): scanned again with room for all.
    @Test func punctuationDenseTextsKeepEveryToken() {
        for text in [String(repeating: ",", count: 40), "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p", ",", "…—«»“”", "1-2-3-4-5-6-7-8-9"] {
            let tokens = ClaimsTokenizer.tokenize(text)
            #expect(tokens.count == text.unicodeScalars.count, "\(text)")
            #expect(tokens.enumerated().allSatisfy { $0.element.start == $0.offset && $0.element.end == $0.offset + 1 }, "\(text)")
        }
        #expect(ClaimsTokenizer.tokenize("   \n ").isEmpty)
        #expect(ClaimsTokenizer.tokenize("").isEmpty)
    }

    @Test func foldedSearchIsTheSearchOfTheLowerCasedText() {
        let needles = ["ministry", "kremlin", "governor", "the", "min", "e", "ry", "café", "a b", "", "ministry's"]
        let haystacks = ["Russian Defence Ministry", "Kremlin spokesman", "Governor of the Kursk region", "MINISTRY",
                         "", "Café Ministry", "ministr", "a b c"]
        for n in needles {
            for h in haystacks {
                let folded = ClaimantResolver.occursFolded(n, in: h)
                let asciiPair = !n.isEmpty && n.utf8.allSatisfy { $0 < 0x80 && $0 != 0x20 } && h.utf8.allSatisfy { $0 < 0x80 }
                #expect((folded != nil) == asciiPair, "\(n) in \(h)")
                if let folded { #expect(folded == ClaimantResolver.occurs(n, in: h.lowercased()), "\(n) in \(h)") }
            }
        }
    }

    @Test func nameOrRoleSearchIsTheJoinedTextsSearch() throws {
        let resolver = try AttributionExtractor.bundled().resolver
        let heads = ["ministry", "governor", "spokesman", "president", "office", "army", "staff", "service", "café", "e"]
        for entry in resolver.lexicon.entries {
            for head in heads {
                let joined = (entry.canonical + " " + (resolver.lexicon.entry(canonical: entry.canonical)?.role ?? "")).lowercased()
                #expect(resolver.namesOrRole(of: entry.canonical, contain: head) == ClaimantResolver.occurs(head, in: joined),
                        "\(head) in \(entry.canonical)")
            }
        }
        #expect(resolver.namesOrRole(of: "Unknown Press Office", contain: "office"))
        #expect(!resolver.namesOrRole(of: "Unknown Press Office", contain: "ministry"))
    }

    @Test func surnamesTurnedAwayByTheirFirstLetterAreNotSurnames() throws {
        let lexicon = try AttributionExtractor.bundled().resolver.lexicon
        var words = ["Gladkov", "Gladko", "Gladkow", "Glatkov", "Zelensky", "Zelenskyi", "Peskov", "Peskow", "Syrskyi",
                     "Syrsky", "Kadyrov", "Kadyrow", "Podolyak", "Podolyaka", "Somebody", "Ukrainian", "evacuated"]
        for entry in lexicon.entries { if let s = entry.surname { words += [s, String(s.dropLast()), s + "a", s.prefix(1).uppercased() + s.dropFirst()] } }
        for word in words {
            for token in ClaimsTokenizer.tokenize(word) {
                #expect(lexicon.fuzzySurname(token) == lexicon.fuzzySurname(token.text), "\(word)")
            }
        }
    }
}

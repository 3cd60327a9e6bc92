import Foundation
import Testing
@testable import DatelineCore

/// The place tokenizer's fast paths (eight bytes at a time, plain-key flag, scalar offsets counted
/// only for kept names, room reused from text to text) must give what the byte-by-byte rules give.
@Suite struct PlaceTokenizerTests {
    @Test func eightByteTestAgreesWithTheByteTestForEveryByteAtEveryPosition() {
        let filler = UInt8(ascii: "k")
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: filler, count: 8)
                bytes[position] = UInt8(value)
                let x = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let gaps = Tokenizer.nonWordBytes(x)
                let expected: UInt64 = Tokenizer.isASCIIWord(UInt8(value)) ? 0 : 0x80 << (8 * UInt64(position))
                #expect(gaps == expected, "byte \(value) at \(position)")
            }
        }
    }

    func words(_ text: String) -> [String] {
        let t = TokenizedText(text)
        defer { t.deallocate() }
        return t.tokens.indices.filter { t.tokens[$0].kind == .word }.map { t.surface($0, $0) }
    }

    /// Words of every length around the eight-byte steps, ended or joined by each kind of byte.
    @Test(arguments: [" ", ",", "-", "'", ".", "\u{2019}", "é", "\u{00A0}"])
    func wordsEndOrJoinWhereverTheyStand(separator: String) {
        let joins = ["-", "'", ".", "\u{2019}", "é"].contains(separator)
        for length in 1...24 {
            let head = String(repeating: "K", count: length)
            let text = head + separator + "mm end"
            let expected = joins ? [head + separator + "mm", "end"] : [head, "mm", "end"]
            #expect(words(text) == expected, "\(length) \(separator)")
            // The text ending inside the word: the last bytes are read one at a time.
            #expect(words(head) == [head])
        }
    }

    @Test func plainTokensAreExactlyTheLetterAndDigitOnes() {
        let text = "Kursk2 region, St. Petersburg's U.S. north-eastern Ryl’sk Łódź o'clock 1943 X"
        let t = TokenizedText(text)
        defer { t.deallocate() }
        for token in t.tokens {
            let bytes = t.bytes[token.lo..<token.hi]
            let plain = token.kind == .word && bytes.allSatisfy { Tokenizer.isASCIIWord($0) }
            #expect(token.isPlain == plain, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(!t.isASCII)
        let ascii = TokenizedText("In the Kursk region.")
        defer { ascii.deallocate() }
        #expect(ascii.isASCII && ascii.scalarOffset(7) == 7)
    }

    @Test func scalarOffsetsCountScalarsNotBytes() {
        let text = "«Łódź» — then Kursk"
        let t = TokenizedText(text)
        defer { t.deallocate() }
        let last = t.tokens[t.count - 1]
        #expect(t.scalarOffset(last.lo) == Array(text.unicodeScalars).count - 5)
        #expect(t.scalarOffset(last.hi) == Array(text.unicodeScalars).count)
    }

    @Test func oneStorageForManyTextsGivesWhatFreshRoomGives() throws {
        let matcher = PlaceMatcher(gazetteer: try Gazetteer.bundled())
        let texts = [
            "Shelling hit Sudzha.",
            "Ukrainian forces advanced on Sudzha, Korenevo and Lgov in the Kursk region while drones struck Belgorod and the Voronezh region overnight, officials said on Tuesday.",
            "Kursk.",
            "",
            "The governor of Kursk Oblast, speaking in Kursk, said Rylsk and Glushkovo were shelled; “Tetkino” too.",
        ]
        let storage = TokenizerStorage()
        var together: [PlaceMention] = []
        for text in texts + texts.reversed() {
            matcher.unambiguousPlaces(in: text, storage: storage, into: &together)
            #expect(matcher.places(in: text, focus: .none, storage: storage) == matcher.places(in: text, focus: .none))
        }
        let apart = (texts + texts.reversed()).flatMap { matcher.unambiguousPlaces(in: $0) }
        #expect(together == apart)
        #expect(together.count > 10)
    }

    @Test func distanceWithGivenCosinesIsTheSameNumber() {
        let points: [(Double, Double)] = [(51.7, 36.2), (62.0, 129.7), (-33.9, 151.2), (0, 0), (89.9, -179.9), (51.2, 35.3)]
        let r = Double.pi / 180
        for (a, b) in points {
            for (c, d) in points {
                let given = GeoFocus.distanceKm(a, b, cos(a * r), c, d, cos(c * r))
                #expect(given.bitPattern == GeoFocus.distanceKm(a, b, c, d).bitPattern)
            }
        }
        let anchors = points.map { GeoFocus.Anchor(latitude: $0.0, longitude: $0.1, weight: 1 / Double(points.count)) }
        let focus = GeoFocus(regionWeights: [:], countryWeights: [:], anchors: anchors)
        let sudzha = GazetteerEntry(name: "Sudzha", kind: .place, country: "RU", region: "Kursk Oblast",
                                    population: 5000, latitude: 51.19, longitude: 35.27, source: "test")
        var sum = 0.0
        for a in anchors { sum += a.weight * exp(-GeoFocus.distanceKm(51.19, 35.27, a.latitude, a.longitude) / 400) }
        #expect(focus.proximity(of: sudzha).bitPattern == sum.bitPattern)
    }

    /// The inline word path (a run ended by a byte that joins nothing) against the general rule
    /// (`joinedWord`) from the same start, on random texts of letters, digits, joiners, spaces,
    /// punctuation and non-ASCII letters, around the eight-byte steps.
    @Test func inlineWordsAgreeWithTheGeneralRule() {
        let pieces = ["a", "K", "z", "7", "St", "U", "s", "S", " ", " ", ",", ".", "-", "'", "\u{2019}", "é", "Ö",
                      "\u{00A0}", "\n", "(", "kursk", "Niu", "abcdefgh", "ABCDEFGHIJ"]
        var rng = SplitMix64(seed: 17)
        for _ in 0..<1000 {
            let text = (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let t = TokenizedText(text)
            defer { t.deallocate() }
            for token in t.tokens where token.kind == .word {
                let (_, length) = UTF8Scalars.decode(t.bytes, token.lo)
                let general = UnsafeMutablePointer<Token>.allocate(capacity: 1)
                defer { general.deallocate() }
                Tokenizer.joinedWord(t.bytes, from: token.lo, length: length, capitalised: token.isCapitalised, into: general)
                let g = general.pointee
                #expect(g.kind == token.kind && g.isASCII == token.isASCII && g.isPlain == token.isPlain
                        && g.lo == token.lo && g.hi == token.hi, "\(text) at \(token.lo)")
            }
        }
    }
}

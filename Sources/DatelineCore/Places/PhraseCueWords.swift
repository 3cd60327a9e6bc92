/// Every `PhraseCues` set a key belongs to, as flags: the matcher reads the words around each
/// name, and testing a `String` key against each set (building the key, hashing it once per
/// set) cost more than finding the name. One byte lookup answers all the sets at once.
extension PhraseCues {
    struct Word: OptionSet, Sendable {
        let rawValue: UInt16
        static let region = Word(rawValue: 1 << 0)
        /// A region word ending in "s" ("regions", "oblasts"): a list of names before or after it.
        static let pluralRegion = Word(rawValue: 1 << 1)
        static let district = Word(rawValue: 1 << 2)
        static let city = Word(rawValue: 1 << 3)
        static let of = Word(rawValue: 1 << 4)
        static let settlement = Word(rawValue: 1 << 5)
        static let village = Word(rawValue: 1 << 6)
        static let listJoiner = Word(rawValue: 1 << 7)
        static let locativeBefore = Word(rawValue: 1 << 8)
        static let placeNoun = Word(rawValue: 1 << 9)
        static let cityLocative = Word(rawValue: 1 << 10)
        static let cityVerb = Word(rawValue: 1 << 11)
    }

    /// The flags of `key`, from the sets themselves (the reference the byte table is built from).
    static func word(_ key: String) -> Word {
        var w: Word = []
        if regionWords.contains(key) {
            w.insert(.region)
            if key.hasSuffix("s") { w.insert(.pluralRegion) }
        }
        if districtWords.contains(key) { w.insert(.district) }
        if key == "city" { w.insert(.city) }
        if key == "of" { w.insert(.of) }
        if settlementWords.contains(key) { w.insert(.settlement) }
        if villageWords.contains(key) { w.insert(.village) }
        if listJoiners.contains(key) { w.insert(.listJoiner) }
        if locativeBefore.contains(key) { w.insert(.locativeBefore) }
        if placeNouns.contains(key) { w.insert(.placeNoun) }
        if cityLocatives.contains(key) { w.insert(.cityLocative) }
        if cityVerbs.contains(key) { w.insert(.cityVerb) }
        return w
    }

    /// Every cue word by its bytes. All are ASCII, and an ASCII `String` equals another only
    /// byte for byte, so an ASCII key's lookup here answers exactly what `word(_:)` would.
    static let table: ByteKeyTable<Word> = ByteKeyTable(allWords.sorted().map { ($0, word($0)) })

    /// Every cue word.
    static let allWords: Set<String> = {
        var keys = regionWords.union(districtWords).union(settlementWords).union(villageWords)
        keys.formUnion(listJoiners); keys.formUnion(locativeBefore); keys.formUnion(placeNouns)
        keys.formUnion(cityLocatives); keys.formUnion(cityVerbs)
        keys.formUnion(["city", "of"])
        precondition(keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "phrase cues are ASCII")
        return keys
    }()

    /// `table`'s words of up to eight bytes, packed (most words around a name are short).
    static let shortTable = ShortKeyTable(Array(allWords), answersOf: table)
}

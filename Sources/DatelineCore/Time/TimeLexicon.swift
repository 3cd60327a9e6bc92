/// Word tables for the time normaliser, built once.
///
/// Why packed keys: the hot path looks up every word of every sentence. Packing a lowercased
/// ASCII word of up to 12 letters into a `UInt64` (5 bits a letter) makes the lookup a hash of
/// one integer, with no String allocation per token.
enum WordKey {
    static let maxLetters = 12

    /// Key of a lowercase ASCII word; 0 when it cannot be keyed (too long, not a–z).
    static func of(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for byte in word.utf8 {
            let lower = byte | 0x20
            guard lower >= 97, lower <= 122, count < maxLetters else { return 0 }
            key = key << 5 | UInt64(lower - 96)
            count += 1
        }
        return key
    }

    /// The last letter (1 = a … 26 = z) of a packed key.
    @inline(__always) static func last(_ key: UInt64, _ back: Int = 0) -> UInt64 { (key >> (5 * UInt64(back))) & 31 }
}

enum TimeUnit: Sendable { case hour, day, week, month, year, fortnight }

enum DayPart: Sendable { case morning, afternoon, evening, night, lunchtime }

/// Function words the grammar tests for. Kept as a flat enum so a token carries one byte of meaning.
enum TimeWord: UInt8, Sendable {
    case on, in_, at, since, from, between, and, to, until, till, through, by, during, throughout, over, for_, of, the
    case last, this, next, past, previous, ago, early, late, earlier, later, mid, start, beginning, end
    case recent, recently, coming, today, tonight, yesterday, tomorrow, overnight, before, after
    case just, about, around, almost, nearly, more, less, than, some, roughly, under, only, barely, within, couple, few, several
    case who, which, where_, when, time
    case amid, despite, following
}

/// A read-only map from packed word keys to lexicon entries. Every word of every clause is looked
/// up and most miss: a multiplicative hash and linear probing over two flat arrays cost a tenth of
/// a `Dictionary` lookup (SipHash).
struct PackedKeyTable: Sendable {
    /// 0 marks an empty slot (0 is never a key: see `WordKey.of`).
    private let keys: [UInt64]
    private let values: [LexEntry]
    private let shift: UInt64

    init(_ entries: [UInt64: LexEntry]) {
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 2 { bits += 1 }
        shift = 64 - bits
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [LexEntry](repeating: LexEntry(lex: .none, cue: .none, trigger: false), count: 1 << bits)
        for (key, value) in entries {
            precondition(key != 0)
            var slot = Self.slot(key, shift)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    func value(_ key: UInt64) -> LexEntry? {
        var slot = Self.slot(key, shift)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }
}

/// What the tense detector learns from one word.
enum TenseCue: UInt8, Sendable {
    case none, past, present, future
    /// is/are/am/be/being: turns a following -ed participle into a present passive, and enables
    /// "is due to" / "is set to" / "is going to".
    case beAux
    /// Words that are future only in a frame ("due to", "set to", "plans to", "expected to").
    case futureIfTo
}

enum Lex: Equatable, Sendable {
    case none
    case month(Int)
    case monthAbbrev(Int)
    case weekday(Int)
    case count(Int)
    case unit(TimeUnit)
    case dayPart(DayPart)
    case word(TimeWord)
}

struct LexEntry: Sendable {
    var lex: Lex
    var cue: TenseCue
    /// Makes the sentence worth a full scan (the cheap pre-check).
    var trigger: Bool
}

enum TimeLexicon {
    static let table = PackedKeyTable(build())

    @inline(__always) static func entry(_ key: UInt64) -> LexEntry? { key == 0 ? nil : table.value(key) }

    private static func build() -> [UInt64: LexEntry] {
        var t: [UInt64: LexEntry] = [:]
        func put(_ w: String, _ lex: Lex, cue: TenseCue = .none, trigger: Bool = false) {
            let k = WordKey.of(w)
            precondition(k != 0, w)
            if var e = t[k] {  // a word may be both a lexeme and a tense cue
                if lex != .none { e.lex = lex }
                if cue != .none { e.cue = cue }
                e.trigger = e.trigger || trigger
                t[k] = e
            } else {
                t[k] = LexEntry(lex: lex, cue: cue, trigger: trigger)
            }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (i, m) in months.enumerated() { put(m, .month(i + 1), trigger: true) }
        for (a, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            put(a, .monthAbbrev(m), trigger: true)
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in weekdays.enumerated() { put(d, .weekday(i + 1), trigger: true) }
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                       "twenty"]
        for (i, n) in numbers.enumerated() { put(n, .count(i + 1)) }
        for (n, v) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("a", 1), ("an", 1)] { put(n, .count(v)) }
        for (u, v) in [("hour", TimeUnit.hour), ("hours", .hour), ("day", .day), ("days", .day), ("week", .week),
                       ("weeks", .week), ("month", .month), ("months", .month), ("year", .year), ("years", .year),
                       ("fortnight", .fortnight)] {
            put(u, .unit(v), trigger: v != .hour)
        }
        for (p, v) in [("morning", DayPart.morning), ("afternoon", .afternoon), ("evening", .evening),
                       ("night", .night), ("lunchtime", .lunchtime)] {
            put(p, .dayPart(v), trigger: true)
        }
        let words: [(String, TimeWord, Bool)] = [
            ("on", .on, false), ("in", .in_, false), ("at", .at, false), ("since", .since, false),
            ("from", .from, false), ("between", .between, false), ("and", .and, false), ("to", .to, false),
            ("until", .until, false), ("till", .till, false), ("through", .through, false), ("by", .by, false),
            ("during", .during, false), ("throughout", .throughout, false), ("over", .over, false),
            ("for", .for_, false), ("of", .of, false), ("the", .the, false), ("last", .last, false),
            ("this", .this, false), ("next", .next, false), ("past", .past, false), ("previous", .previous, false),
            ("ago", .ago, true), ("early", .early, false), ("late", .late, false), ("earlier", .earlier, false),
            ("later", .later, false), ("mid", .mid, false), ("start", .start, false),
            ("beginning", .beginning, false), ("end", .end, false), ("recent", .recent, true),
            ("recently", .recently, false), ("coming", .coming, false), ("today", .today, true),
            ("tonight", .tonight, true), ("yesterday", .yesterday, true), ("tomorrow", .tomorrow, true),
            ("overnight", .overnight, true), ("before", .before, false), ("after", .after, false),
            ("just", .just, false), ("about", .about, false), ("around", .around, false), ("almost", .almost, false),
            ("nearly", .nearly, false), ("more", .more, false), ("less", .less, false), ("than", .than, false),
            ("some", .some, false), ("roughly", .roughly, false), ("under", .under, false), ("only", .only, false),
            ("barely", .barely, false), ("within", .within, false), ("couple", .couple, false), ("few", .few, false),
            ("several", .several, false), ("who", .who, false), ("which", .which, false), ("where", .where_, false),
            ("when", .when, false), ("time", .time, false), ("amid", .amid, false), ("despite", .despite, false),
            ("following", .following, false),
        ]
        for (w, v, trig) in words { put(w, .word(v), trigger: trig) }

        // Tense cues. Regular past forms are caught by the -ed rule in TenseCues; these are the rest.
        for w in ["will", "shall"] { put(w, .none, cue: .future) }
        for w in ["due", "set", "plans", "plan", "planning", "planned", "expected", "expects", "going",
                  "scheduled", "intends", "intend", "aims"] {
            put(w, .none, cue: .futureIfTo)
        }
        for w in ["is", "are", "am", "be", "being"] { put(w, .none, cue: .beAux) }
        for w in ["says", "remains", "remain", "continues", "continue", "stands", "appears", "seems"] {
            put(w, .none, cue: .present)
        }
        let irregularPast = """
            had has have was were did said told began took went came met saw fled fought won lost struck made gave \
            left led sent held shot ran spoke wrote brought bought caught thought found broke chose drove flew fell \
            felt grew knew rose sank sat stood stole swore threw understood woke wore withdrew overran got became \
            built dealt drew forgot hid kept laid meant paid rode rang sought sold shook slid sped spent spun stuck \
            swept swung taught tore undertook wept been done gone taken seen given shown known begun arose fired
            """
        for w in irregularPast.split(separator: " ") where !w.isEmpty {
            put(String(w.trimmingCharacters()), .none, cue: .past)
        }
        return t
    }

    /// Regular words ending in -ed that are not past tenses.
    static let edExceptions: Set<UInt64> = Set(["need", "speed", "seed", "feed", "bed", "red", "shed", "hundred",
                                                 "indeed", "proceed", "exceed", "succeed", "breed", "greed", "deed",
                                                 "weed", "embed", "sped", "bled", "fled", "led", "wed", "ted"]
                                                .map(WordKey.of))
}

private extension Substring {
    func trimmingCharacters() -> Substring {
        var s = self
        while let f = s.first, f == "\n" || f == " " { s.removeFirst() }
        while let l = s.last, l == "\n" || l == " " { s.removeLast() }
        return s
    }
}

import DatelineResources
import Foundation

/// SplitMix64: a small, fast PRNG whose sequence is fixed by its seed on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ upper: Int) -> Int { Int(next() % UInt64(max(upper, 1))) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}

/// Writes a synthetic corpus with the structure of real reporting: front matter, a headline,
/// several paragraphs, dates in many forms (explicit, weekdays, yesterday, last week, "Aug. 6"),
/// places (from the gazetteer when it is bundled, else a built-in list), claimants and figures,
/// several outlets reporting each incident, and boilerplate lines. The same seed gives the same
/// bytes.
///
/// Each incident carries words of its own (`IncidentNames`: a commander's surname, a battalion
/// and an operation name, made up from syllables), so that the outlets reporting it share rare
/// terms and merge at any corpus size, as reports of one real incident do.
public struct CorpusGenerator: Sendable {
    public struct Place: Sendable, Hashable {
        public var name: String
        public var region: String
        public var country: String
    }

    /// Bumped when the same seed gives other bytes (cached benchmark corpora are then made again).
    public static let version = 3

    public var articles: Int
    public var seed: UInt64
    /// First day of the period the incidents fall in.
    public var start = CalendarDate(year: 2024, month: 8, day: 6)!
    public var days = 120
    let places: [Place]

    public init(articles: Int, seed: UInt64, places: [Place]? = nil) {
        self.articles = articles
        self.seed = seed
        self.places = places ?? Self.gazetteerPlaces() ?? Self.builtInPlaces
    }

    static let builtInPlaces: [Place] = [
        ("Sudzha", "Kursk Oblast", "RU"), ("Korenevo", "Kursk Oblast", "RU"), ("Lgov", "Kursk Oblast", "RU"),
        ("Rylsk", "Kursk Oblast", "RU"), ("Kurchatov", "Kursk Oblast", "RU"), ("Belaya", "Kursk Oblast", "RU"),
        ("Shebekino", "Belgorod Oblast", "RU"), ("Grayvoron", "Belgorod Oblast", "RU"), ("Valuyki", "Belgorod Oblast", "RU"),
        ("Bryansk", "Bryansk Oblast", "RU"), ("Klintsy", "Bryansk Oblast", "RU"),
        ("Sumy", "Sumy Oblast", "UA"), ("Okhtyrka", "Sumy Oblast", "UA"), ("Shostka", "Sumy Oblast", "UA"),
        ("Kharkiv", "Kharkiv Oblast", "UA"), ("Vovchansk", "Kharkiv Oblast", "UA"), ("Kupiansk", "Kharkiv Oblast", "UA"),
        ("Pokrovsk", "Donetsk Oblast", "UA"), ("Toretsk", "Donetsk Oblast", "UA"), ("Kramatorsk", "Donetsk Oblast", "UA"),
        ("Zaporizhzhia", "Zaporizhzhia Oblast", "UA"), ("Kherson", "Kherson Oblast", "UA"), ("Odesa", "Odesa Oblast", "UA"),
    ].map { Place(name: $0.0, region: $0.1, country: $0.2) }

    /// Regions along the front and the border, where the generated incidents happen.
    static let frontRegions: Set<String> = ["Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast", "Sumy Oblast", "Kharkiv Oblast",
                                            "Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "Kherson Oblast",
                                            "Chernihiv Oblast", "Dnipropetrovsk Oblast"]

    /// Populated places of the front regions from the bundled gazetteer (the long tail of small
    /// settlements included), when it is there.
    static func gazetteerPlaces() -> [Place]? {
        guard let url = DatelineResources.url("gazetteer/places.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var result: [Place] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, f[2] == "UA" || f[2] == "RU", frontRegions.contains(f[3]),
                  f[0].allSatisfy({ $0.isLetter || $0 == "-" || $0 == " " }) else { continue }
            result.append(Place(name: f[0], region: f[3], country: f[2]))
        }
        return result.count >= 20 ? result : nil
    }

    static let outlets = ["Reuters", "Associated Press", "BBC News", "Al Jazeera", "The Guardian", "Kyiv Independent",
                          "Meduza", "CNN", "Deutsche Welle", "France 24", "NBC News", "The Moscow Times"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let shortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    struct Claimant: Sendable { var name: String; var verb: String }
    static let claimants: [Claimant] = [
        Claimant(name: "Ukraine's General Staff", verb: "said"), Claimant(name: "Russia's Defence Ministry", verb: "said"),
        Claimant(name: "President Volodymyr Zelenskyy", verb: "said in his nightly address"),
        Claimant(name: "Kremlin spokesman Dmitry Peskov", verb: "told reporters"),
        Claimant(name: "the regional governor", verb: "wrote on Telegram"),
        Claimant(name: "the Institute for the Study of War", verb: "said in an assessment"),
        Claimant(name: "Ukraine's air force", verb: "said"), Claimant(name: "a local official", verb: "told the outlet"),
    ]

    struct Kind: Sendable { var what: [String]; var figure: @Sendable (inout SplitMix64) -> String }
    static let kinds: [Kind] = [
        Kind(what: ["Ukrainian forces advanced near", "troops pushed forward around", "units broke through defensive lines near"]) { r in
            "\(r.pick(["about", "more than", "nearly"])) \(1 + r.int(12)) kilometres" },
        Kind(what: ["a missile strike hit", "a drone attack struck", "shelling damaged"]) { r in
            "\(2 + r.int(40)) people were wounded" },
        Kind(what: ["authorities ordered the evacuation of", "residents were evacuated from", "officials began moving civilians out of"]) { r in
            "\(r.pick(["about", "some", "more than"])) \((5 + r.int(200)) * 100) people" },
        Kind(what: ["air defences shot down drones over", "a drone barrage targeted"]) { r in
            "\(3 + r.int(60)) drones" },
        Kind(what: ["soldiers were captured near", "prisoners were taken in"]) { r in
            "\(r.pick(["more than", "about"])) \(10 + r.int(150)) prisoners" },
    ]

    static let boilerplate = ["Subscribe to our newsletter for the latest updates.", "Listen to our daily podcast on the war.",
                              "Follow our live coverage for more.", "Sign up for breaking news alerts."]

    struct Event {
        var day: CalendarDate
        var place: Place
        var kind: Int
        var figure: String
        var claimant: Int
        var verb: Int
        var names: IncidentNames
    }

    /// The text of article `i` (front matter included) and its file name.
    public func article(_ index: Int) -> (name: String, text: String) {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        // Several outlets report each incident: articles i..i+k share the event drawn from ⌊i/3⌋.
        let eventCount = max(1, articles / 3)
        let main = event(rng.int(eventCount))
        let other = event(rng.int(eventCount))
        let outlet = rng.pick(Self.outlets)
        let published = main.day.adding(days: rng.int(3))
        var paragraphs: [String] = []
        let headline = "\(main.place.name): \(Self.kinds[main.kind].what[0].prefix(1).uppercased() + Self.kinds[main.kind].what[0].dropFirst()) \(main.place.name)"
        paragraphs.append(headline)
        let kind = Self.kinds[main.kind]
        let claimant = Self.claimants[main.claimant]
        paragraphs.append("\(dateLead(main.day, published: published, rng: &rng)), \(rng.pick(kind.what)) \(main.place.name) in the \(main.place.region.replacingOccurrences(of: " Oblast", with: "")) region during operation \(main.names.operation), \(claimant.name) \(claimant.verb). "
            + "\(main.figure.prefix(1).uppercased() + main.figure.dropFirst()) were reported, according to \(claimant.name), "
            + "which named commander \(main.names.commander) of the \(main.names.battalion) battalion.")
        if rng.chance(0.5) { paragraphs.append(rng.pick(Self.boilerplate)) }
        let second = Self.claimants[(main.claimant + 1 + rng.int(Self.claimants.count - 1)) % Self.claimants.count]
        paragraphs.append("\(second.name.prefix(1).uppercased() + second.name.dropFirst()) \(second.verb) that \(rng.chance(0.5) ? "the figures could not be independently verified" : "fighting continued near \(main.place.name)"). "
            + "The claim could not be independently verified by \(outlet).")
        let otherKind = Self.kinds[other.kind]
        paragraphs.append("Separately, \(dateLead(other.day, published: published, rng: &rng).lowercasedFirst), \(rng.pick(otherKind.what)) \(other.place.name) during operation \(other.names.operation), \(other.figure) in all, \(Self.claimants[other.claimant].name) said.")
        paragraphs.append("The incursion began on Aug. 6, when thousands of troops crossed the border in \(rng.chance(0.7) ? "Kursk" : "Belgorod") region, the biggest attack on Russian territory since World War Two.")
        if rng.chance(0.6) { paragraphs.append("Photograph: \(outlet) staff. " + rng.pick(Self.boilerplate)) }
        let text = """
            ---
            title: "\(headline)"
            outlet: \(outlet)
            published: \(published.iso)
            language: en
            ---

            """ + paragraphs.joined(separator: "\n\n") + "\n"
        let name = String(format: "%07d", index) + "_" + outlet.lowercased().filter { $0.isLetter } + ".md"
        return (name, text)
    }

    func event(_ k: Int) -> Event {
        var rng = SplitMix64(seed: seed ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) ^ 0xA5A5)
        let day = start.adding(days: rng.int(days))
        let kind = rng.int(Self.kinds.count)
        return Event(day: day, place: rng.pick(places), kind: kind, figure: Self.kinds[kind].figure(&rng),
                     claimant: rng.int(Self.claimants.count), verb: 0, names: IncidentNames(&rng))
    }

    /// The day written in one of many forms, relative to the publication date where natural.
    func dateLead(_ day: CalendarDate, published: CalendarDate, rng: inout SplitMix64) -> String {
        let delta = day.days(until: published)
        var forms = ["On \(Self.months[day.month - 1]) \(day.day), \(day.year)", "On \(Self.shortMonths[day.month - 1]) \(day.day)",
                     "On \(day.day) \(Self.months[day.month - 1])"]
        if delta == 0 { forms += ["Today", "Earlier on \(Self.weekdays[day.weekday - 1])"] }
        if delta == 1 { forms += ["Yesterday", "Late on \(Self.weekdays[day.weekday - 1])"] }
        if delta >= 2 && delta <= 6 { forms += ["On \(Self.weekdays[day.weekday - 1])", "Last \(Self.weekdays[day.weekday - 1])"] }
        if delta >= 5 { forms.append("Last week") }
        return rng.pick(forms)
    }

    /// Writes every article (and a `corpus.yml`) into `folder`.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "name: synthetic-\(articles)-\(seed)\nanchor: \(start.iso)\n".write(to: folder.appendingPathComponent("corpus.yml"), atomically: true, encoding: .utf8)
        for i in 0..<articles {
            let a = article(i)
            try Data(a.text.utf8).write(to: folder.appendingPathComponent(a.name))
        }
    }
}

private extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

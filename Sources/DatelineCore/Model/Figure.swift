/// A number with what it counts, normalised so that figures from different outlets compare.
public struct Figure: Codable, Sendable, Hashable {
    /// What is counted, from the figures lexicon: `distance`, `area`, `prisoners`,
    /// `settlements`, `evacuated`, `drones`, `troops`, `killed`, `wounded`, `percent`, ….
    public var quantity: String
    /// Normalised value in `unit` (the low end of a range).
    public var value: Double
    /// High end of a range ("one to two kilometres"); equal to `value` otherwise.
    public var upper: Double
    /// Canonical unit: `km`, `km2`, `people`, `percent`, `count`, ….
    public var unit: String
    /// "more than", "about", "at least", "nearly", … as written; nil when exact.
    public var qualifier: String?
    /// The words it came from, exactly as in the sentence.
    public var phrase: String
    public var start: Int
    public var end: Int
    /// The counted noun as written ("fronts") when it is not in the figures lexicon, so that
    /// quantity `count` still says what was counted; nil otherwise.
    public var noun: String? = nil

    public init(quantity: String, value: Double, upper: Double? = nil, unit: String, qualifier: String? = nil,
                phrase: String, start: Int, end: Int) {
        self.quantity = quantity
        self.value = value
        self.upper = upper ?? value
        self.unit = unit
        self.qualifier = qualifier
        self.phrase = phrase
        self.start = start
        self.end = end
    }
}

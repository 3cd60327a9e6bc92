/// The readings of a date without a year: at most one per year from ref.year-1 to ref.year+1, in
/// year order. Why not an array: `TimeResolution.resolve` runs for every written date, and building,
/// filtering and freeing arrays was most of its cost.
struct YearOptions<T> {
    private var a: T?
    private var b: T?
    private var c: T?
    private(set) var count = 0

    /// The options `make(year)` gives for the three years around `refYear` (nil: no such date).
    init(around refYear: Int, _ make: (Int) -> T?) {
        for y in refYear - 1...refYear + 1 { if let o = make(y) { append(o) } }
    }

    private init() {}

    private mutating func append(_ o: T) {
        switch count {
        case 0: a = o
        case 1: b = o
        default: c = o
        }
        count += 1
    }

    subscript(i: Int) -> T { i == 0 ? a! : i == 1 ? b! : c! }

    /// The options that pass `keep`, in order; self when none does (a filter that would leave
    /// nothing is not applied).
    func narrowed(_ keep: (T) -> Bool) -> YearOptions {
        var out = YearOptions()
        for i in 0..<count where keep(self[i]) { out.append(self[i]) }
        return out.count == 0 ? self : out
    }

    /// The first option with the smallest `distance` (ties go to the earlier year).
    func nearest(_ distance: (T) -> Int) -> T? {
        guard count > 0 else { return nil }
        var best = self[0]
        var bestDistance = distance(best)
        for i in 1..<count {
            let d = distance(self[i])
            if d < bestDistance { best = self[i]; bestDistance = d }
        }
        return best
    }
}

/// Orders incidents: timeline by start day, finer precision first on the same day, then stated or
/// resolved dates before report dates, then more sources first, then id; background after, in
/// the same order. Undated incidents (no date anywhere) close the timeline.
public enum Timeline {
    public static func order(_ incidents: consuming [Incident]) -> [Incident] {
        // Sort keys computed once (counting sources compares articles; moving whole
        // incidents while sorting copies them): the sort moves indices. The same comparisons in
        // the same order give the same permutation as sorting the incidents themselves.
        // Read in the buffer: `sourceCount` of an array element copied the whole incident first.
        let keys = incidents.withUnsafeBufferPointer { incidents in
            incidents.indices.map { i in
                Key(background: incidents[i].background, undated: incidents[i].undated, start: incidents[i].time.start,
                    granularity: incidents[i].time.granularity, reported: incidents[i].basis == .reported,
                    sources: Incident.sourceCount(incidents[i].mentions), id: incidents[i].id)
            }
        }
        // Keys read in place (copying one out retained its id at every comparison).
        let order = keys.withUnsafeBufferPointer { keys in
            incidents.indices.sorted { keys[$0].packed != keys[$1].packed ? keys[$0].packed < keys[$1].packed : keys[$0].id < keys[$1].id }
        }
        permute(&incidents, by: order)
        return incidents
    }

    struct Key {
        let background: Bool, undated: Bool, start: CalendarDate, precision: Int, reported: Bool, sources: Int, id: String
        /// The order of `before` but for the id, in one integer (comparing the fields one by one,
        /// dates as three numbers, was a tenth of building the incidents at 10k): from the top
        /// bit, background, undated, the start's day (offset to be positive: 22 bits hold every
        /// `CalendarDate`), precision, reported, then the source count reversed.
        let packed: UInt64

        init(background: Bool, undated: Bool, start: CalendarDate, granularity: Granularity, reported: Bool, sources: Int, id: String) {
            let precision = switch granularity { case .day: 0; case .week: 1; case .month: 2; case .interval: 3; case .year: 4 }
            (self.background, self.undated, self.start, self.precision, self.reported, self.sources, self.id)
                = (background, undated, start, precision, reported, sources, id)
            let day = UInt64(start.daysSinceEpoch + Self.dayOffset)
            packed = (background ? 1 : 0) << 63 | (undated ? 1 : 0) << 62 | day << 40 | UInt64(precision) << 37
                | (reported ? 1 : 0) << 36 | UInt64(UInt32.max - UInt32(min(sources, Int(UInt32.max))))
        }

        /// Days from 0001-01-01 to the epoch, so every day number is at least 0.
        static let dayOffset = -CalendarDate(year: 1, month: 1, day: 1)!.daysSinceEpoch

        /// The timeline's order: background last, undated after the dated, earlier start, finer
        /// precision, stated before reported, more sources, then id.
        static func before(_ a: Key, _ b: Key) -> Bool {
            if a.background != b.background { return !a.background }
            if a.undated != b.undated { return !a.undated }
            if a.start != b.start { return a.start < b.start }
            if a.precision != b.precision { return a.precision < b.precision }
            if a.reported != b.reported { return b.reported }
            if a.sources != b.sources { return a.sources > b.sources }
            return a.id < b.id
        }
    }

    /// Puts `items[order[k]]` at `k` for every `k` by swapping along the permutation's cycles:
    /// copying each incident out to a new array cost a retain and a release of each of its fields.
    static func permute<T>(_ items: inout [T], by order: [Int]) {
        var placed = [Bool](repeating: false, count: items.count)
        // Swapped in the buffer: bare moves, no uniqueness check per swap.
        items.withUnsafeMutableBufferPointer { items in
            for start in items.indices where !placed[start] {
                // The cycle through `start`: each position takes the item its order names, the item
                // first at `start` travelling along until its own position comes round.
                var k = start
                while true {
                    placed[k] = true
                    let from = order[k]
                    if from == start { break }
                    items.swapAt(k, from)
                    k = from
                }
            }
        }
    }
}

/// Orders incidents: timeline by start day, finer precision first on the same day, then stated or
/// resolved dates before report dates, then more sources first, then id; background after, in
/// the same order. Undated incidents (no date anywhere) close the timeline.
public enum Timeline {
    public static func order(_ incidents: consuming [Incident]) -> [Incident] {
        func precision(_ g: Granularity) -> Int {
            switch g { case .day: 0; case .week: 1; case .month: 2; case .interval: 3; case .year: 4 }
        }
        // Sort keys computed once (counting sources compares articles; moving whole
        // incidents while sorting copies them): the sort moves indices. The same comparisons in
        // the same order give the same permutation as sorting the incidents themselves.
        struct Key {
            let background: Bool, undated: Bool, start: CalendarDate, precision: Int, reported: Bool, sources: Int, id: String
        }
        var keys: [Key] = []
        keys.reserveCapacity(incidents.count)
        for i in incidents.indices {
            keys.append(Key(background: incidents[i].background, undated: incidents[i].undated, start: incidents[i].time.start,
                            precision: precision(incidents[i].time.granularity), reported: incidents[i].basis == .reported,
                            sources: incidents[i].sourceCount, id: incidents[i].id))
        }
        // Keys read in place (copying one out retained its id at every comparison).
        let order = keys.withUnsafeBufferPointer { keys in
            incidents.indices.sorted { i, j in
                if keys[i].background != keys[j].background { return !keys[i].background }
                if keys[i].undated != keys[j].undated { return !keys[i].undated }
                if keys[i].start != keys[j].start { return keys[i].start < keys[j].start }
                if keys[i].precision != keys[j].precision { return keys[i].precision < keys[j].precision }
                if keys[i].reported != keys[j].reported { return keys[j].reported }
                if keys[i].sources != keys[j].sources { return keys[i].sources > keys[j].sources }
                return keys[i].id < keys[j].id
            }
        }
        permute(&incidents, by: order)
        return incidents
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

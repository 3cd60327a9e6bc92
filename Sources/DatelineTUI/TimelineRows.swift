/// A row of the timeline pane: a day separator (with its count) or an incident.
public enum TimelineRow: Sendable, Equatable {
    case day(label: String, count: Int)
    /// Position in `visible`.
    case incident(Int)
}

/// The timeline pane's rows, computed on access: a separator before each run of visible incidents
/// sharing a day key, then the incidents. Only the run starts are stored, so filtering 400k
/// incidents does not build 400k rows.
public struct TimelineRows: RandomAccessCollection, Sendable {
    /// Position in `visible` where each run starts, ascending.
    let runStarts: [Int]
    let runLabels: [String]
    let visibleCount: Int

    init(runStarts: [Int] = [], runLabels: [String] = [], visibleCount: Int = 0) {
        self.runStarts = runStarts
        self.runLabels = runLabels
        self.visibleCount = visibleCount
    }

    /// Runs of `visible` positions with the same separator group.
    init(visible: [Int], spine: TimelineSpine) {
        var starts: [Int] = []
        var labels: [String] = []
        var last: Int32 = -1
        spine.group.withUnsafeBufferPointer { group in
            for (p, i) in visible.enumerated() where group[i] != last {
                last = group[i]
                starts.append(p)
                labels.append(spine.groupLabels[Int(last)])
            }
        }
        self.init(runStarts: starts, runLabels: labels, visibleCount: visible.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { visibleCount + runStarts.count }

    /// The run whose separator is at or above row `r`.
    private func run(containingRow r: Int) -> Int {
        // The separator of run k is at row runStarts[k] + k.
        var lo = 0, hi = runStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runStarts[mid] + mid <= r { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    public subscript(r: Int) -> TimelineRow {
        precondition(r >= 0 && r < endIndex, "row out of range")
        let k = run(containingRow: r)
        let header = runStarts[k] + k
        if r == header {
            let end = k + 1 < runStarts.count ? runStarts[k + 1] : visibleCount
            return .day(label: runLabels[k], count: end - runStarts[k])
        }
        return .incident(r - k - 1)
    }

    /// The row of the incident at `position` in `visible`.
    func row(ofVisible position: Int) -> Int {
        // Runs starting at or before the position, each adding its separator row.
        var lo = 0, hi = runStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runStarts[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return position + lo
    }
}

/// Row of each visible incident, computed from the runs.
public struct RowOfVisible: RandomAccessCollection, Sendable {
    let rows: TimelineRows
    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.visibleCount }
    public subscript(position: Int) -> Int { rows.row(ofVisible: position) }
}

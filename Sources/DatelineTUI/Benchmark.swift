import DatelineCore
import Dispatch

public struct BrowserBenchmarkReport: Sendable, CustomStringConvertible {
    public struct Percentiles: Sendable {
        public var count: Int
        public var p50Ms: Double
        public var p99Ms: Double
        public var maxMs: Double
    }

    public var width: Int
    public var height: Int
    public var incidents: Int
    public var keystrokes: Int
    /// Opening the source (model index, or the index's timeline spine), state initialisation
    /// and the first render into the grid.
    public var firstFrameMs: Double
    /// Update + render + diff per keystroke, over the whole run.
    public var keystrokeP50Ms: Double
    public var keystrokeP99Ms: Double
    public var keystrokeMaxMs: Double
    /// The same, by phase: scrolling the timeline; filtering (region picker, F, b); a mixed
    /// session (sources pane, open/return an article, search).
    public var scrolling: Percentiles
    public var filtering: Percentiles
    public var mixed: Percentiles
    /// Mean number of cells the backend would redraw per keystroke.
    public var meanChangedCells: Double
    /// The same keystrokes in this thread's CPU time (when the caller gives a CPU clock): on a
    /// shared machine the wall-clock p99 includes time the thread waited for a core.
    public var cpuP50Ms: Double?
    public var cpuP99Ms: Double?
    /// The slowest keystrokes: phase, step in the run, key, milliseconds (what a p99 is made of).
    public var slowest: [(phase: String, step: Int, key: String, ms: Double)] = []

    public var description: String {
        func f(_ v: Double) -> String { String(format3: v) }
        func row(_ name: String, _ p: Percentiles) -> String {
            "  \(name) p50 \(f(p.p50Ms)) ms  p99 \(f(p.p99Ms)) ms  max \(f(p.maxMs)) ms  (\(p.count) keys)"
        }
        return """
        browser \(width)×\(height), \(incidents) incidents, \(keystrokes) keystrokes
          first frame      \(f(firstFrameMs)) ms
          keystroke p50    \(f(keystrokeP50Ms)) ms
          keystroke p99    \(f(keystrokeP99Ms)) ms
          keystroke max    \(f(keystrokeMaxMs)) ms
        \(row("scrolling", scrolling))
        \(row("filtering", filtering))
        \(row("mixed    ", mixed))
          cells redrawn    \(f(meanChangedCells)) per keystroke (mean)\(cpuP99Ms.map { "\n  thread CPU       p50 \(f(cpuP50Ms ?? 0)) ms  p99 \(f($0)) ms (all keys)" } ?? "")
          slowest          \(slowest.map { "\($0.key) (\($0.phase) #\($0.step)) \(f($0.ms)) ms" }.joined(separator: ", "))
        """
    }
}

/// Measures the browser without a terminal: time to first frame, and keystroke-to-frame
/// (update + render + diff) while scrolling, filtering, and in a mixed session.
public enum BrowserBenchmark {
    static let scrollScript: [Key] = Array(repeating: .char("j"), count: 20) + [.pageDown, .pageDown, .ctrl("u"), .char("G")]
        + Array(repeating: .char("k"), count: 10) + [.pageUp, .ctrl("d"), .char("g")]
    static let filterScript: [Key] = [.char("f"), .char("j"), .char(" "), .enter, .char("j"), .char("F"),
                                      .char("f"), .char(" "), .char("j"), .char(" "), .enter, .char("k"), .char("F"),
                                      .char("b"), .char("j"), .char("b")]
    static let mixedScript: [Key] = [.tab, .char("j"), .char("l"), .char("j"), .enter, .char("n"), .char("j"), .char("q"), .tab,
                                     .char("/"), .char("k"), .char("u"), .char("r"), .enter, .char("n"), .char("N"),
                                     .char("/"), .escape, .char("j"), .char("?"), .char("q")]

    public static func run(model: EventModel, width: Int, height: Int, keystrokes: Int,
                           cpuClock: (() -> Double)? = nil) -> BrowserBenchmarkReport {
        run(source: { ModelSource(model: model) }, width: width, height: height, keystrokes: keystrokes, cpuClock: cpuClock)
    }

    /// `source` is called inside the first-frame measurement: opening the source counts.
    /// `cpuClock`: this thread's CPU time in milliseconds (the platform's clock; the TUI has none).
    public static func run(source: () throws -> any TimelineSource, width: Int, height: Int, keystrokes: Int,
                           cpuClock: (() -> Double)? = nil) rethrows -> BrowserBenchmarkReport {
        let clock = ContinuousClock()
        var state: BrowserState!
        var grid = Grid(width: 0, height: 0)
        let first = try clock.measure {
            state = BrowserState(source: try source(), width: width, height: height)
            grid = BrowserView.render(state)
        }
        var changed = 0
        var slowest: [(phase: String, step: Int, key: String, ms: Double)] = []
        var cpu: [Double] = []
        func phase(_ name: String, _ script: [Key], _ n: Int) -> [Double] {
            var samples: [Double] = []
            samples.reserveCapacity(n)
            for i in 0..<max(0, n) {
                let previous = grid
                let cpuStart = cpuClock?()
                let t = clock.measure {
                    _ = state.update(.key(script[i % script.count]))
                    grid = BrowserView.render(state)
                    changed += grid.changedCells(since: previous).count
                }
                samples.append(ms(t))
                if let cpuStart, let now = cpuClock?() { cpu.append(now - cpuStart) }
                slowest.append((name, i, script[i % script.count].name, ms(t)))
                slowest.sort { $0.ms > $1.ms }
                if slowest.count > 5 { slowest.removeLast() }
            }
            return samples
        }
        let total = max(0, keystrokes)
        let scroll = phase("scrolling", scrollScript, total / 2)
        let filter = phase("filtering", filterScript, total / 4)
        let mixed = phase("mixed", mixedScript, total - total / 2 - total / 4)
        func stats(_ s: [Double]) -> BrowserBenchmarkReport.Percentiles {
            let sorted = s.sorted()
            func pct(_ p: Double) -> Double {
                sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
            }
            return .init(count: sorted.count, p50Ms: pct(0.5), p99Ms: pct(0.99), maxMs: sorted.last ?? 0)
        }
        let all = stats(scroll + filter + mixed)
        let cpuStats = cpu.isEmpty ? nil : stats(cpu)
        return BrowserBenchmarkReport(width: width, height: height, incidents: state.spine.count, keystrokes: all.count,
                                      firstFrameMs: ms(first), keystrokeP50Ms: all.p50Ms, keystrokeP99Ms: all.p99Ms,
                                      keystrokeMaxMs: all.maxMs, scrolling: stats(scroll), filtering: stats(filter),
                                      mixed: stats(mixed),
                                      meanChangedCells: all.count == 0 ? 0 : Double(changed) / Double(all.count),
                                      cpuP50Ms: cpuStats?.p50Ms, cpuP99Ms: cpuStats?.p99Ms, slowest: slowest)
    }

    static func ms(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
    }
}

extension String {
    public init(format3 v: Double) {
        let r = (v * 1000).rounded() / 1000
        self = String(r)
    }
}

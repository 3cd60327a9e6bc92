import DatelineCore
import Dispatch

public struct BrowserBenchmarkReport: Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public var incidents: Int
    public var keystrokes: Int
    /// State initialisation plus the first render into the grid.
    public var firstFrameMs: Double
    /// Update + render + diff per keystroke.
    public var keystrokeP50Ms: Double
    public var keystrokeP99Ms: Double
    public var keystrokeMaxMs: Double
    /// Mean number of cells the backend would redraw per keystroke.
    public var meanChangedCells: Double

    public var description: String {
        func f(_ v: Double) -> String { String(format3: v) }
        return """
        browser \(width)×\(height), \(incidents) incidents, \(keystrokes) keystrokes
          first frame      \(f(firstFrameMs)) ms
          keystroke p50    \(f(keystrokeP50Ms)) ms
          keystroke p99    \(f(keystrokeP99Ms)) ms
          keystroke max    \(f(keystrokeMaxMs)) ms
          cells redrawn    \(f(meanChangedCells)) per keystroke (mean)
        """
    }
}

/// Measures the browser without a terminal: time to first frame, and keystroke-to-frame while
/// scrolling, opening passages and filtering.
public enum BrowserBenchmark {
    /// The scripted session, cycled until `keystrokes` keys were sent.
    static let script: [Message] = {
        var keys: [Key] = Array(repeating: .char("j"), count: 12) + [.pageDown, .pageDown, .ctrl("u"), .char("G"), .char("g")]
        keys += [.tab, .char("j"), .char("l"), .char("j"), .enter, .char("n"), .char("j"), .char("q"), .tab]
        keys += [.char("f"), .char("j"), .char(" "), .enter, .char("j"), .char("j"), .char("F")]
        keys += [.char("/"), .char("k"), .char("u"), .char("r"), .enter, .char("n"), .char("N")]
        keys += [.char("b"), .char("j"), .char("b"), .char("k")]
        return keys.map { Message.key($0) }
    }()

    public static func run(model: EventModel, width: Int, height: Int, keystrokes: Int) -> BrowserBenchmarkReport {
        let clock = ContinuousClock()
        var state: BrowserState!
        var grid = Grid(width: 0, height: 0)
        let first = clock.measure {
            state = BrowserState(model: model, width: width, height: height)
            grid = BrowserView.render(state)
        }
        var samples: [Double] = []
        samples.reserveCapacity(keystrokes)
        var changed = 0
        for i in 0..<max(0, keystrokes) {
            let message = script[i % script.count]
            var previous = grid
            let t = clock.measure {
                _ = state.update(message)
                grid = BrowserView.render(state)
                changed += grid.changedCells(since: previous).count
            }
            previous = grid
            _ = previous
            samples.append(ms(t))
        }
        samples.sort()
        func pct(_ p: Double) -> Double {
            samples.isEmpty ? 0 : samples[min(samples.count - 1, Int((Double(samples.count - 1) * p).rounded()))]
        }
        return BrowserBenchmarkReport(width: width, height: height, incidents: model.incidents.count, keystrokes: samples.count,
                                      firstFrameMs: ms(first), keystrokeP50Ms: pct(0.5), keystrokeP99Ms: pct(0.99),
                                      keystrokeMaxMs: samples.last ?? 0,
                                      meanChangedCells: samples.isEmpty ? 0 : Double(changed) / Double(samples.count))
    }

    static func ms(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
    }
}

extension String {
    init(format3 v: Double) {
        let r = (v * 1000).rounded() / 1000
        self = String(r)
    }
}

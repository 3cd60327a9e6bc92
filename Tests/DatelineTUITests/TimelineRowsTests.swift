import DatelineCore
import Testing
@testable import DatelineTUI

/// The rows derived from run starts against rows built one by one, as the timeline draws them:
/// a separator (label, count) whenever the day key changes, then the incident.
@Suite("Timeline rows")
struct TimelineRowsTests {
    static func expected(_ model: EventModel, _ visible: [Int]) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var lastKey: String?
        var header = 0
        for (pos, i) in visible.enumerated() {
            let inc = model.incidents[i]
            let key = inc.undated ? "undated" : (inc.background ? "bg" : "") + DateText.groupKey(inc.time)
            if key != lastKey {
                lastKey = key
                header = rows.count
                let label = inc.undated ? "Undated" : (inc.background ? "background · " : "") + DateText.groupLabel(inc.time)
                rows.append(.day(label: label, count: 0))
            }
            if case .day(let label, let count) = rows[header] { rows[header] = .day(label: label, count: count + 1) }
            rows.append(.incident(pos))
        }
        return rows
    }

    @Test(arguments: [false, true])
    func rowsMatchOneByOneConstruction(background: Bool) {
        for model in [Fixtures.model(), Fixtures.large(count: 300)] {
            var s = BrowserState(model: model, width: 80, height: 24)
            if background { s.press(.char("b")) }
            if model.incidents.contains(where: \.background) {
                #expect(s.visible.contains { model.incidents[$0].background } == background)
            }
            let rows = Self.expected(model, s.visible)
            #expect(Array(s.rows) == rows)
            for (pos, _) in s.visible.enumerated() {
                #expect(rows[s.rowOfVisible[pos]] == .incident(pos))
            }
            // Filtered to one region: fewer runs, same rule.
            s.press(.char("f"), .char("j"), .char(" "), .enter)
            #expect(!s.regionFilter.isEmpty)
            #expect(Array(s.rows) == Self.expected(model, s.visible))
        }
    }
}

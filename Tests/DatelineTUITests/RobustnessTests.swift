import DatelineCore
import Testing
@testable import DatelineTUI

@Suite("Robustness")
struct RobustnessTests {
    /// A deterministic generator, so that a failure replays.
    struct LCG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let keys: [Key] = [
        .char("j"), .char("k"), .char("g"), .char("G"), .char("h"), .char("l"), .char("o"), .char("n"), .char("N"),
        .char("b"), .char("f"), .char("F"), .char("/"), .char("d"), .char("?"), .char(" "), .char("q"), .char("a"),
        .char("1"), .char("Ж"), .char("世"), .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter,
        .escape, .tab, .backTab, .backspace, .ctrl("d"), .ctrl("u"),
    ]

    @Test(arguments: [(80, 24), (160, 48), (60, 15), (100, 30)])
    func randomSessionsNeverBreakInvariants(size: (Int, Int)) {
        var rng = LCG(state: UInt64(size.0 * 1000 + size.1))
        let model = Fixtures.model()
        var s = BrowserState(model: model, width: size.0, height: size.1)
        for step in 0..<600 {
            let roll = Int.random(in: 0..<100, using: &rng)
            let message: Message
            if roll < 3 {
                message = .resize(width: Int.random(in: 40...170, using: &rng), height: Int.random(in: 10...50, using: &rng))
            } else if roll < 8 {
                message = .mouse(MouseEvent(x: Int.random(in: 0..<s.width, using: &rng), y: Int.random(in: 0..<max(1, s.height), using: &rng),
                                            button: [.left, .wheelUp, .wheelDown][Int.random(in: 0..<3, using: &rng)]))
            } else {
                message = .key(Self.keys[Int.random(in: 0..<Self.keys.count, using: &rng)])
            }
            if s.update(message) == .quit {
                s = BrowserState(model: model, width: s.width, height: s.height)
                continue
            }
            #expect(s.visible.isEmpty || s.visible.indices.contains(s.selected), "step \(step)")
            if step % 10 == 0 {
                let grid = BrowserView.render(s)
                #expect(grid.width == s.width && grid.height == s.height)
                assertNoControlScalars(grid)
            }
        }
    }

    @Test func emptyModel() {
        let model = EventModel(corpus: CorpusInfo(name: "Empty", anchor: nil, path: ""), articles: [], sentences: [:],
                               incidents: [], warnings: [])
        var s = BrowserState(model: model, width: 80, height: 24)
        for key in Self.keys where key != .char("q") { s.press(key) }
        let grid = BrowserView.render(s)
        #expect(grid.text.contains("Empty"))
        assertNoControlScalars(grid)
    }
}

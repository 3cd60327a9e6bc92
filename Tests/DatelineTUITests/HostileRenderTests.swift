import DatelineCore
import Foundation
import Testing
@testable import DatelineTUI

/// The hostile fixtures (`Tests/Fixtures/hostile/`) through the whole pipeline and every screen
/// that shows article text: no control scalar, and no byte of an escape sequence's payload,
/// reaches a cell.
@Suite("Hostile text in the browser")
struct HostileRenderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    /// Text that only exists inside escape sequences or control strings in the fixtures.
    static let payloads = ["52;c;", "cm0gLXJmIH4K", "PWNED", "C1 TITLE", "[31m", "[0m", "[2J", "]0;", "]8;;", "evil.example",
                           "1$qm", "[10;10H", "[?1049l", "never ends", "stuff"]

    static func assertClean(_ grid: Grid, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertNoControlScalars(grid, sourceLocation: sourceLocation)
        let text = grid.text
        for payload in payloads where text.contains(payload) {
            Issue.record("\(context): escape-sequence payload '\(payload)' reached the grid:\n\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyIncidentAndEveryArticlePageRendersClean() throws {
        let model = try Pipeline.bundled().build(corpusAt: Self.fixtures)
        #expect(!model.incidents.isEmpty)
        var s = BrowserState(model: model, width: 100, height: 30)
        var opened: Set<String> = []
        for step in 0..<model.incidents.count {
            Self.assertClean(BrowserView.render(s), "timeline, incident \(step)")
            s.press(.tab)
            Self.assertClean(BrowserView.render(s), "detail, incident \(step)")
            s.press(.char("o"))
            if case .article(let article)? = s.overlays.last {
                if opened.insert(article.articleID).inserted {
                    // Page through the whole article once.
                    for page in 0..<200 {
                        Self.assertClean(BrowserView.render(s), "article \(article.articleID), page \(page)")
                        let before = s.overlays.last
                        s.press(.pageDown)
                        if s.overlays.last == before { break }
                    }
                }
                s.press(.char("q"))
            }
            s.press(.tab)
            s.press(.char("j"))
        }
        // The articles full of control sequences were reached.
        #expect(opened.isSuperset(of: ["escapes", "c1-controls", "bidi"]), "opened \(opened.sorted())")
    }

    @Test func theSanitiserKeepsTheWordsAroundTheSequences() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("escapes.txt"), encoding: .utf8)
        let clean = Sanitizer.clean(text)
        #expect(clean.contains("Troops red entered Sudzha on Monday, officials said."))
        #expect(clean.contains("Clipboard write  hidden. Title change  hidden."))
        for payload in Self.payloads { #expect(!clean.contains(payload), "\(payload)") }
        #expect(!clean.unicodeScalars.contains { Sanitizer.isDropped($0.value) })
    }
}

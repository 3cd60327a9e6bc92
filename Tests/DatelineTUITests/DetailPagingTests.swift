import DatelineCore
@testable import DatelineTUI
import Testing

/// The detail pane reads only the passages it shows: an incident with thousands of mentions
/// costs what a small one does until the pane is scrolled down to them.
@Suite struct DetailPagingTests {
    /// A model source that counts the passages asked for.
    final class CountingSource: TimelineSource, @unchecked Sendable {
        let base: ModelSource
        var asked = 0
        init(_ base: ModelSource) { self.base = base }
        var corpus: CorpusInfo { base.corpus }
        var spine: TimelineSpine { base.spine }
        var searchesAsYouType: Bool { true }
        func summaries(at positions: [Int]) -> [IncidentSummary] { base.summaries(at: positions) }
        func detail(at position: Int) -> IncidentDetail? { base.detail(at: position) }
        func passages(at position: Int, _ indices: [Int]) -> [DetailPassage?] {
            asked += indices.count
            return base.passages(at: position, indices)
        }
        func article(_ id: String) -> Article? { base.article(id) }
        func citedSpans(inArticle id: String) -> [Range<Int>] { base.citedSpans(inArticle: id) }
        func sentenceRange(of passage: DetailPassage) -> Range<Int> { base.sentenceRange(of: passage) }
        func search(_ query: String) -> [Int] { base.search(query) }
    }

    /// The fixture model with the first shown incident's passages repeated to about 3,000.
    func bigIncident() -> (CountingSource, total: Int) {
        var model = Fixtures.model()
        let position = BrowserState(model: model, width: 160, height: 48).visible[0]
        let mentions = model.incidents[position].mentions
        model.incidents[position].mentions = Array(repeating: mentions, count: 3000 / mentions.count + 1).flatMap { $0 }
        return (CountingSource(ModelSource(model: model)), model.incidents[position].mentions.count)
    }

    @Test func selectingReadsOnlyThePassagesOnScreen() {
        let (source, total) = bigIncident()
        let s = BrowserState(source: source, width: 160, height: 48)
        let grid = BrowserView.render(s)
        #expect(total >= 3000)
        #expect(source.asked > 0)
        #expect(source.asked < 100)
        // The count says how many passages there are; the scroll mark says "at least".
        #expect(grid.text.contains("\(total) passages"))
        let marks = grid.text.split(separator: "↓").dropFirst()
        #expect(marks.contains { $0.first?.isNumber == true && $0.drop(while: \.isNumber).hasPrefix("+") })
    }

    @Test func scrollingTheSourcesReadsFurtherAndTheEndReadsAll() {
        let (source, total) = bigIncident()
        var s = BrowserState(source: source, width: 160, height: 48)
        _ = s.press(.tab)
        _ = BrowserView.render(s)
        let first = source.asked
        for _ in 0..<40 { _ = s.press(.char("j")) }
        _ = BrowserView.render(s)
        #expect(s.detail.passage == 40)
        #expect(source.asked > first)
        #expect(source.asked < total)
        _ = s.press(.char("G"))
        let grid = BrowserView.render(s)
        #expect(source.asked >= total)
        // At the end nothing is left below.
        #expect(!grid.text.contains("↓"))
    }
}

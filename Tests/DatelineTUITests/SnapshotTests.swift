import Foundation
import Testing
@testable import DatelineTUI

@Suite("Rendered screens")
struct SnapshotTests {
    let model = Fixtures.model()

    @Test func timeline80x24() {
        let s = BrowserState(model: model, width: 80, height: 24)
        assertSnapshot(BrowserView.render(s), named: "timeline-80x24")
    }

    @Test func timeline160x48() {
        var s = BrowserState(model: model, width: 160, height: 48)
        s.press(.char("b"), .char("G"))
        assertSnapshot(BrowserView.render(s), named: "timeline-160x48-background")
    }

    @Test func detailDisagreement80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let target = s.visible.firstIndex { !model.incidents[$0].disagreements.isEmpty }!
        s.select(target)
        s.press(.tab)
        assertSnapshot(BrowserView.render(s), named: "detail-disagreement-80x24")
    }

    @Test func detailFourSources160x48() {
        var s = BrowserState(model: model, width: 160, height: 48)
        s.press(.char("G"), .tab, .char("l"), .char("l"), .char("l"))
        assertSnapshot(BrowserView.render(s), named: "detail-sources-160x48")
    }

    @Test func hostileIncident80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let target = s.visible.firstIndex { model.incidents[$0].mentions[0].articleID == "evil" }!
        s.select(target)
        s.press(.tab)
        let grid = BrowserView.render(s)
        assertSnapshot(grid, named: "detail-hostile-80x24")
        #expect(!grid.text.contains("pwned\u{07}"))
        #expect(!grid.text.contains("[31m"))
        #expect(!grid.text.contains("SGVsbG8"))
    }

    @Test func articleView80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let target = s.visible.firstIndex { model.incidents[$0].headline.hasPrefix("Sudzha") }!
        s.select(target)
        s.press(.char("o"))
        assertSnapshot(BrowserView.render(s), named: "article-80x24")
    }

    @Test func cyrillicArticle160x48() {
        var s = BrowserState(model: model, width: 160, height: 48)
        let target = s.visible.firstIndex { model.incidents[$0].mentions[0].articleID == "vesti" }!
        s.select(target)
        s.press(.char("o"))
        assertSnapshot(BrowserView.render(s), named: "article-cyrillic-160x48")
    }

    @Test func regionPicker80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("f"), .char("j"), .char(" "))
        assertSnapshot(BrowserView.render(s), named: "picker-80x24")
    }

    @Test func help80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("?"))
        assertSnapshot(BrowserView.render(s), named: "help-80x24")
    }

    @Test func searchHighlight80x24() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("/"))
        s.type("sudzha")
        let grid = BrowserView.render(s)
        assertSnapshot(grid, named: "search-prompt-80x24")
        // The match is highlighted in the timeline row.
        let row = (0..<grid.height).first { grid.lines[$0].contains("Sudzha cleared") }!
        let x = grid.lines[row].distance(from: grid.lines[row].startIndex, to: grid.lines[row].range(of: "Sudzha")!.lowerBound)
        #expect(grid[x: x, y: row].style.attrs.contains(.underline))
    }

    @Test func tooSmall() {
        let s = BrowserState(model: model, width: 59, height: 14)
        let grid = BrowserView.render(s)
        assertSnapshot(grid, named: "too-small-59x14")
        #expect(grid.text.contains("too small"))
    }

    @Test func emptyFilter() {
        let s = BrowserState(model: model, width: 80, height: 24, regions: ["nowhere"])
        let grid = BrowserView.render(s)
        #expect(grid.text.contains("no region matches 'nowhere'"))
    }
}

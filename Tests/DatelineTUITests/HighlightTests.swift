import DatelineCore
import Testing
@testable import DatelineTUI

@Suite("Highlights")
struct HighlightTests {
    let model = Fixtures.model()

    /// Position (x, y) of the first occurrence of `text` on screen.
    func find(_ text: String, in grid: Grid) -> (x: Int, y: Int)? {
        for y in 0..<grid.height {
            var cells: [(x: Int, text: String)] = []
            for x in 0..<grid.width where !grid[x: x, y: y].isContinuation { cells.append((x, grid[x: x, y: y].text)) }
            let chars = cells.map(\.text)
            let needle = text.map(String.init)
            guard needle.count <= chars.count else { continue }
            for i in 0...(chars.count - needle.count) where Array(chars[i..<i + needle.count]) == needle { return (cells[i].x, y) }
        }
        return nil
    }

    @Test func citedSentenceIsHighlightedInTheArticle() {
        var s = BrowserState(model: model, width: 100, height: 30)
        s.select(s.visible.firstIndex { model.incidents[$0].headline.hasPrefix("Sudzha") }!)
        s.press(.char("o"))
        let grid = BrowserView.render(s)
        let cited = find("The town of Sudzha", in: grid)!
        #expect(grid[x: cited.x, y: cited.y].style.bg == Theme.citedSentence.bg)
        let other = find("Ukrainian troops advanced", in: grid)!
        #expect(grid[x: other.x, y: other.y].style.attrs.contains(.underline), "other cited sentences are marked")
        // n moves the highlight.
        s.press(.char("n"))
        let next = BrowserView.render(s)
        #expect(next[x: cited.x, y: cited.y].style.bg != Theme.citedSentence.bg)
    }

    @Test func timePhraseAndFiguresAreHighlightedInPassages() {
        var s = BrowserState(model: model, width: 100, height: 40)
        s.select(s.visible.firstIndex { model.incidents[$0].headline.hasPrefix("Ukrainian troops") }!)
        let grid = BrowserView.render(s)
        // In the passage (not the headline): search below the "Sources" line.
        let sources = find("Sources", in: grid)!
        var phrase: (x: Int, y: Int)?
        var figure: (x: Int, y: Int)?
        for y in sources.y..<grid.height {
            let line = grid.lines[y]
            if phrase == nil, line.contains("on Wednesday") { phrase = find("on Wednesday", in: grid.sub(fromRow: y)).map { ($0.x, $0.y + y) } }
            if figure == nil, line.contains("two kilometres") { figure = find("two kilometres", in: grid.sub(fromRow: y)).map { ($0.x, $0.y + y) } }
        }
        #expect(phrase.map { grid[x: $0.x, y: $0.y].style.bg } == Theme.timePhrase.bg)
        #expect(figure.map { grid[x: $0.x, y: $0.y].style.bg } == Theme.figure.bg)
    }

    @Test func searchMatchesAreHighlightedInTheArticleToo() {
        var s = BrowserState(model: model, width: 100, height: 30)
        s.press(.char("/"))
        s.type("ledger")
        s.press(.enter)
        s.select(s.visible.firstIndex { model.incidents[$0].headline.hasPrefix("Sudzha") }!)
        s.press(.char("o"))
        let grid = BrowserView.render(s)
        let match = find("ledger could", in: grid)!
        #expect(grid[x: match.x, y: match.y].style.attrs.contains(.underline))
        #expect(grid[x: match.x, y: match.y].style.bg == Theme.searchMatch.bg)
    }
}

extension Grid {
    /// The rows from `row` down, as a grid of their own.
    func sub(fromRow row: Int) -> Grid {
        var g = Grid(width: width, height: height - row)
        for y in row..<height {
            for x in 0..<width where !self[x: x, y: y].isContinuation {
                let c = self[x: x, y: y]
                g.put(Character(c.text), width: Int(c.width), x: x, y: y - row, style: c.style)
            }
        }
        return g
    }
}

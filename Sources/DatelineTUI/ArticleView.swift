import DatelineCore

/// The article opened on a cited passage: its lines for a width, and the first line of each cited sentence.
struct ArticleLayout {
    var header: [StyledLine] = []
    var lines: [StyledLine] = []
    var citedLine: [Int] = []

    static func make(_ state: BrowserState, _ view: ArticleViewState) -> ArticleLayout {
        var out = ArticleLayout()
        let width = max(10, state.width - 2)
        guard let article = state.source.article(view.articleID) else {
            out.lines = [Text.styled("Article \(view.articleID) is not in the corpus.", style: Theme.error)]
            return out
        }
        var h1 = Text.styled(article.displayOutlet, style: Theme.outletHeader)
        if let p = article.published {
            h1.add(" · " + DateText.long(p), Theme.heading)
            if article.publishedInferred { h1.add(" (date inferred)", Theme.dim) }
        }
        out.header.append(Text.truncate(h1, width: width))
        out.header.append(Text.truncate(Text.styled(article.url ?? "(no URL)", style: Theme.date.with(.underline)), width: width))
        if let title = article.title { out.header += Text.wrap(Text.styled(title, style: Theme.heading), width: width).prefix(2) }

        let current = view.cited.indices.contains(view.current) ? view.cited[view.current] : nil
        var highlights: [(range: Range<Int>, style: Style)] = view.cited.map { ($0, Theme.otherCited) }
        if let current { highlights.append((current, Theme.citedSentence)) }

        // Paragraphs: split the body at newlines, keeping scalar offsets.
        let scalars = Array(article.body.unicodeScalars)
        var paragraphs: [(start: Int, text: String)] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i > start {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[start..<i])
                let text = String(v)
                if !text.allSatisfy({ $0.isWhitespace }) { paragraphs.append((start, text)) }
            }
            start = i + 1
        }
        var pendingCited = Array(view.cited.enumerated())
        out.citedLine = Array(repeating: 0, count: view.cited.count)
        for (pi, p) in paragraphs.enumerated() {
            let pEnd = p.start + p.text.unicodeScalars.count
            let local = highlights.filter { $0.range.overlaps(p.start..<pEnd) }
            var styled = Text.styled(p.text, style: .plain, highlights: local, rawOffset: p.start)
            Text.markMatches(&styled, query: state.query)
            if pi > 0 { out.lines.append([]) }
            for l in Text.wrap(styled, width: width) {
                let lineIndex = out.lines.count
                pendingCited.removeAll { ci, range in
                    if l.contains(where: { range.contains($0.origin) }) { out.citedLine[ci] = lineIndex; return true }
                    return false
                }
                out.lines.append(l)
            }
        }
        return out
    }

    static func bodyHeight(_ state: BrowserState, headerCount: Int) -> Int {
        max(1, state.layout.body.height - headerCount - 1)
    }
}

enum ArticleView {
    static func draw(_ state: BrowserState, _ view: ArticleViewState, into grid: inout Grid) {
        let area = state.layout.body
        grid.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        let layout = ArticleLayout.make(state, view)
        var y = area.y
        for h in layout.header { grid.write(h, x: 1, y: y); y += 1 }
        var rule = Text.styled("─ ", style: Theme.separator)
        if view.cited.isEmpty {
            rule.add("no cited sentence", Theme.dim)
        } else {
            rule.add("cited sentence \(view.current + 1) of \(view.cited.count)", Theme.heading)
            rule.add(" ─ n/N next/previous · q back ", Theme.separator)
        }
        let h = area.y + area.height - y - 1
        let scroll = max(0, min(view.scroll, max(0, layout.lines.count - h)))
        if layout.lines.count > h {
            rule.add(" \(scroll * 100 / max(1, layout.lines.count - h))% ", Theme.dim)
        }
        rule.add(String(repeating: "─", count: max(0, area.width - Text.width(rule))), Theme.separator)
        grid.write(rule, x: 0, y: y, maxWidth: area.width)
        y += 1
        for row in 0..<h {
            let i = scroll + row
            guard i < layout.lines.count else { break }
            grid.write(layout.lines[i], x: 1, y: y + row, maxWidth: area.width - 1)
        }
    }
}

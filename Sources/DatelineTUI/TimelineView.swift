import DatelineCore

enum TimelineView {
    static let dateWidth = 11

    /// One incident as a timeline line: date, sources, disagreement mark, region tags, headline.
    static func line(_ state: BrowserState, position: Int, width: Int) -> StyledLine {
        let incident = state.model.incidents[state.visible[position]]
        let selected = position == state.selected
        var line: StyledLine = []
        line.add(selected ? "▶" : " ", Theme.key)
        let label = DateText.label(incident.time, basis: incident.basis)
        let dateStyle = incident.background ? Theme.background : (incident.basis == .reported ? Theme.reportedDate : Theme.date)
        line += Text.pad(Text.styled(label, style: dateStyle), width: dateWidth)
        line += Text.pad(Text.styled("×\(incident.sourceCount)", style: Theme.sources), width: 3)
        line.add(incident.disagreements.isEmpty ? "  " : "≠ ", Theme.disagree)
        let maxTags = width >= 120 ? 3 : 2
        for (i, r) in incident.regions.prefix(maxTags).enumerated() {
            _ = i
            // Regions only taken from the context (not named by the passages) are dimmed.
            let style = Theme.region(state.index.regionColor[r] ?? 0)
            line.add(shortRegion(r), incident.regionsFromContext ? style.with(.dim) : style)
            line.add(" ")
        }
        if incident.regions.count > maxTags { line.add("+\(incident.regions.count - maxTags) ", Theme.dim) }
        if incident.background { line.add("bg ", Theme.background) }
        var headline = Text.styled(incident.headline, style: incident.background ? Theme.background : .plain)
        Text.markMatches(&headline, query: state.query)
        line += headline
        line = Text.pad(line, width: width)
        if selected {
            let overlay = state.focus == .timeline && state.overlays.isEmpty ? Theme.selected : Theme.selectedDim
            line = line.map { var c = $0; c.style = c.style.overlaid(by: overlay); return c }
        }
        return line
    }

    /// `Kursk Oblast` → `Kursk`: tags stay short; the detail names the region in full.
    static func shortRegion(_ region: String) -> String {
        for suffix in [" Oblast", " oblast", " Region", " region", " Krai", " Republic"] where region.hasSuffix(suffix) {
            return String(region.dropLast(suffix.count))
        }
        return region
    }

    static func draw(_ state: BrowserState, into grid: inout Grid) {
        let area = state.layout.timeline
        if state.visible.isEmpty {
            let why = state.regionFilter.isEmpty ? "No incidents in this corpus." : "No incident in the selected regions (F clears the filter)."
            grid.write(why, x: 2, y: area.y + 1, style: Theme.dim)
            return
        }
        for row in 0..<area.height {
            let r = state.timelineTop + row
            guard r < state.rows.count else { break }
            let y = area.y + row
            switch state.rows[r] {
            case .day(let label, let count):
                var l = Text.styled("── ", style: Theme.separator)
                l.add(label, Theme.dayLabel)
                l.add(" · \(count) incident\(count == 1 ? "" : "s") ", Theme.separator)
                let bar = String(repeating: "─", count: max(0, area.width - Text.width(l)))
                l.add(bar, Theme.separator)
                grid.write(l, x: 0, y: y, maxWidth: area.width)
            case .incident(let pos):
                grid.write(line(state, position: pos, width: area.width), x: 0, y: y)
            }
        }
        // Scroll position on the right edge.
        if state.rows.count > area.height {
            let pct = state.rows.count <= area.height ? 100 : state.timelineTop * 100 / max(1, state.rows.count - area.height)
            grid.write(" \(pct)% ", x: area.width - 6, y: area.y, style: Theme.dim.with(.reverse))
        }
    }
}

/// The article opened on a cited passage: its lines for a width, and the first line of each cited sentence.
struct ArticleLayout {
    var header: [StyledLine] = []
    var lines: [StyledLine] = []
    var citedLine: [Int] = []

    static func make(_ state: BrowserState, _ view: ArticleViewState) -> ArticleLayout {
        var out = ArticleLayout()
        let width = max(10, state.width - 2)
        guard let article = state.index.article(view.articleID) else {
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

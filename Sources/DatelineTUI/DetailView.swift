import DatelineCore

/// The detail pane's content for a width: full-width lines, and where each passage landed.
struct DetailLayout {
    var lines: [StyledLine] = []
    /// [column][passage] → range of lines.
    var passageLines: [Int: [Range<Int>]] = [:]
    var firstColumn = 0
    var columnCount = 0
    var columnWidth = 0
    /// False when the columns were laid out only down to the line asked for (`make(through:)`):
    /// `lines.count` is then a lower bound.
    var complete = true
    static let separator = " │ "
    static let minColumnWidth = 30

    /// How many outlet columns fit side by side.
    static func columnsThatFit(width: Int, total: Int) -> Int {
        max(1, min(total, (width + separator.count) / (minColumnWidth + separator.count)))
    }

    /// Lays out the pane down to line `through` (default: what the pane shows at its scroll) and
    /// the selected passage; passages below are neither read nor wrapped.
    static func make(_ state: BrowserState, through: Int? = nil) -> DetailLayout {
        var out = DetailLayout()
        guard let shown = state.selectedDetail else {
            out.lines = [Text.styled(state.visible.isEmpty ? "No incident to show (filter or search hides them all)." : "", style: Theme.dim)]
            return out
        }
        let incident = shown.incident
        let width = state.width
        let query = state.query

        func wrapped(_ line: StyledLine, indent: Int = 0) -> [StyledLine] {
            let parts = Text.wrap(line, width: max(10, width - indent))
            return parts.enumerated().map { i, l in
                i == 0 ? l : Array(repeating: StyledChar(" ", width: 1, style: .plain), count: indent) + l
            }
        }
        func labelled(_ label: String, _ value: StyledLine) -> [StyledLine] {
            var line = Text.styled(label.padding(6), style: Theme.label)
            line += value
            return wrapped(line, indent: 6)
        }

        // Headline.
        var headline = Text.styled(incident.headline, style: Theme.heading)
        Text.markMatches(&headline, query: query)
        out.lines += wrapped(headline)

        // When, and how the date was obtained.
        let dating = shown.dating
        var when = Text.styled(incident.undated ? "undated" : DateText.whenText(incident.time), style: Theme.date)
        if !incident.undated { when.add(" (\(incident.time.granularity.rawValue), \(incident.basis.rawValue))", Theme.dim) }
        if incident.undated {
            when.add(" — no date in the text and no publication date", Theme.dim)
        } else if let m = dating {
            let article = shown.sources[m.articleID]
            let outlet = article?.outlet ?? m.articleID
            let published = article?.published.map { DateText.long($0) + ((article?.publishedInferred ?? false) ? " (inferred)" : "") } ?? "date unknown"
            when.add(" — ")
            if incident.basis == .reported || m.timePhrase.isEmpty {
                when.add("no date in the text; reported by \(outlet), published \(published)")
            } else {
                when.add("'\(m.timePhrase)'", Theme.timePhrase)
                when.add(" in \(outlet), published \(published)")
            }
        }
        out.lines += labelled("When", when)

        // Where.
        var whereLine: StyledLine = []
        for (i, r) in incident.regions.enumerated() {
            if i > 0 { whereLine.add(", ") }
            whereLine.add(r, Theme.region(state.spine.regionColor[r] ?? 0))
        }
        if incident.regions.isEmpty { whereLine.add("no region named", Theme.dim) }
        if incident.regionsFromContext { whereLine.add(" (from context)", Theme.dim) }
        if !incident.places.isEmpty { whereLine.add(" · " + incident.places.joined(separator: ", ")) }
        out.lines += labelled("Where", whereLine)

        // Figures with who claims them.
        var figures: [String] = []
        var seen = Set<String>()
        for m in shown.figureNotes {
            for f in m.figures {
                let who = m.claimant ?? shown.outlet(m.articleID)
                let text = "\(f.quantity) \(DetailLayout.value(f)) (\(who))"
                if seen.insert(text).inserted { figures.append(text) }
            }
        }
        if !figures.isEmpty { out.lines += labelled("Figs", Text.styled(figures.joined(separator: "; "), style: .plain)) }

        // Disagreements as a small table.
        for d in incident.disagreements {
            var head = Text.styled("≠ ", style: Theme.disagree)
            head.add("sources disagree on \(d.quantity) (\(d.unit))", Theme.heading)
            out.lines += wrapped(head)
            let outletW = min(24, max(6, d.claims.map { DisplayWidth.of(Sanitizer.clean($0.outlet)) }.max() ?? 6))
            let claimW = min(28, max(8, d.claims.map { DisplayWidth.of(Sanitizer.clean($0.claimant ?? "(outlet)")) }.max() ?? 8))
            func row(_ a: String, _ b: String, _ c: String, _ style: Style) -> StyledLine {
                var l = Text.styled("  ", style: style)
                l += Text.pad(Text.styled(a, style: style), width: outletW)
                l.add("  ")
                l += Text.pad(Text.styled(b, style: style), width: claimW)
                l.add("  ")
                l += Text.styled(c, style: style)
                return Text.truncate(l, width: width)
            }
            out.lines.append(row("outlet", "claimant", "value", Theme.dim.with(.underline)))
            for c in d.claims {
                out.lines.append(row(c.outlet, c.claimant ?? "(outlet)", "\(DetailLayout.value(c.figure))  «\(c.figure.phrase)»", .plain))
            }
        }

        // Sources side by side.
        let columns = shown.columns
        let k = columnsThatFit(width: width, total: columns.count)
        let first = max(0, min(state.detail.columnOffset, columns.count - k))
        out.firstColumn = first
        out.columnCount = k
        out.columnWidth = max(1, (width - (k - 1) * separator.count) / k)
        out.lines.append([])
        var sourcesHead = Text.styled("Sources", style: Theme.label)
        sourcesHead.add(" · \(columns.count) outlet\(columns.count == 1 ? "" : "s"), \(shown.passageCount) passage\(shown.passageCount == 1 ? "" : "s")")
        if k < columns.count {
            sourcesHead.add("   ")
            sourcesHead.add(first > 0 ? "◀ " : "  ", Theme.key)
            sourcesHead.add("\(first + 1)–\(first + k) of \(columns.count)")
            sourcesHead.add(first + k < columns.count ? " ▶" : "  ", Theme.key)
            sourcesHead.add("  h/l scroll", Theme.dim)
        }
        out.lines.append(Text.truncate(sourcesHead, width: width))

        let top = out.lines.count
        let shownColumns = first..<min(columns.count, first + k)
        let needed = through ?? (state.detail.scroll + state.layout.detail.height + 1)
        let selectedColumn = state.focus == .detail ? state.detail.column : -1
        // A passage takes at least three lines (meta, text, blank): read, in one call, only the
        // passages that can reach line `needed`, and the selected one.
        func passagesShown(_ c: Int) -> Int {
            let fit = needed == Int.max ? Int.max : max(0, needed - top) / 3 + 1
            return min(columns[c].mentions.count, max(fit, c == selectedColumn ? state.detail.passage + 1 : 0))
        }
        var wanted: [Int] = []
        for c in shownColumns { wanted += columns[c].mentions.prefix(passagesShown(c)) }
        var passages: [Int: DetailPassage] = [:]
        if let position = state.selectedIncidentIndex {
            for (mi, p) in zip(wanted, state.source.passages(at: position, wanted)) { passages[mi] = p }
        }
        var columnLines: [[StyledLine]] = []
        for c in shownColumns {
            let column = columns[c]
            var lines: [StyledLine] = [Text.truncate(Text.styled(column.outlet, style: Theme.outletHeader), width: out.columnWidth)]
            var ranges: [Range<Int>] = []
            for (p, mi) in column.mentions.enumerated() {
                if top + lines.count >= needed, c != selectedColumn || p > state.detail.passage {
                    out.complete = false
                    break
                }
                guard let m = passages[mi] else { out.complete = false; break }
                let selected = state.focus == .detail && state.detail.column == c && state.detail.passage == p
                let start = lines.count
                var meta = Text.styled(selected ? "▶ " : "¶ ", style: selected ? Theme.passageSelected : Theme.dim)
                let published = shown.sources[m.articleID]?.published.map { DateText.short($0) } ?? "undated"
                meta.add(published, Theme.dim)
                if let who = m.claimant { meta.add(" · " + who, Theme.dim) }
                if !m.hedges.isEmpty { meta.add(" · " + m.hedges.joined(separator: ", "), Theme.dim) }
                lines += Text.wrap(meta, width: out.columnWidth)
                var highlights: [(range: Range<Int>, style: Style)] = []
                let scalars = Array(m.span.text.unicodeScalars)
                for f in m.figures {
                    if let r = Text.phraseRange(f.phrase, start: f.start, end: f.end, in: scalars) { highlights.append((r, Theme.figure)) }
                }
                if !m.timePhrase.isEmpty, let r = Text.phraseRange(m.timePhrase, start: m.timeStart, end: m.timeEnd, in: scalars) {
                    highlights.append((r, Theme.timePhrase))
                }
                var passage = Text.styled(m.span.text, style: selected ? Style(attrs: [.bold]) : .plain, highlights: highlights)
                Text.markMatches(&passage, query: query)
                lines += Text.wrap(passage, width: out.columnWidth)
                ranges.append(start..<lines.count)
                lines.append([])
            }
            out.passageLines[c] = ranges.map { ($0.lowerBound + top)..<($0.upperBound + top) }
            columnLines.append(lines)
        }
        let height = columnLines.map(\.count).max() ?? 0
        let sep = Text.styled(separator, style: Theme.separator)
        for r in 0..<height {
            var line: StyledLine = []
            for (i, col) in columnLines.enumerated() {
                if i > 0 { line += sep }
                let cell = r < col.count ? col[r] : []
                line += i == columnLines.count - 1 ? cell : Text.pad(cell, width: out.columnWidth)
            }
            out.lines.append(line)
        }
        return out
    }

    /// `more than 100 people`, `1–2 km`.
    static func value(_ f: Figure) -> String {
        func n(_ v: Double) -> String {
            if v == v.rounded(), abs(v) < 1e15 {
                let digits = String(Int(v))
                var out = ""
                for (i, ch) in digits.reversed().enumerated() {
                    if i > 0, i % 3 == 0, ch != "-" { out.append(",") }
                    out.append(ch)
                }
                return String(out.reversed())
            }
            return String(format1: v)
        }
        var s = f.qualifier.map { $0 + " " } ?? ""
        s += n(f.value)
        if f.upper != f.value { s += "–" + n(f.upper) }
        if f.unit != "count" { s += " " + f.unit }
        return s
    }
}

extension String {
    init(format1 v: Double) {
        let scaled = (v * 10).rounded() / 10
        self = String(scaled)
    }

    func padding(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }
}

enum DetailView {
    static func draw(_ state: BrowserState, into grid: inout Grid) {
        let layout = state.layout
        let rule = layout.detailRule
        var head = Text.styled("─ ", style: Theme.separator)
        head.add("Detail", state.focus == .detail ? Theme.heading.with(.reverse) : Theme.heading)
        head.add(state.focus == .detail ? " ─ Enter opens the passage, h/l outlets, Tab back " : " ─ Tab or Enter to browse the sources ", Theme.separator)
        head.add(String(repeating: "─", count: max(0, rule.width - Text.width(head))), Theme.separator)
        grid.write(head, x: 0, y: rule.y, maxWidth: rule.width)
        let area = layout.detail
        let content = DetailLayout.make(state)
        let scroll = max(0, min(state.detail.scroll, max(0, content.lines.count - area.height)))
        for row in 0..<area.height {
            let i = scroll + row
            guard i < content.lines.count else { break }
            grid.write(content.lines[i], x: area.x, y: area.y + row, maxWidth: area.width)
        }
        if content.lines.count > area.height {
            let more = content.lines.count - scroll - area.height
            // Laid out only as far as the pane shows: "at least this many more".
            let label = " ↓\(more)\(content.complete ? "" : "+") "
            if more > 0 { grid.write(label, x: area.width - 3 - label.count, y: area.y + area.height - 1, style: Theme.dim.with(.reverse)) }
        }
    }
}

enum PickerView {
    /// The box: where it is and how many region rows it shows.
    static func box(_ state: BrowserState) -> Layout.Area {
        let body = state.layout.body
        let w = min(body.width - 4, 56)
        let h = min(body.height - 2, state.index.regionCounts.count + 4)
        return Layout.Area(x: (state.width - w) / 2, y: body.y + 1, width: w, height: max(5, h))
    }

    static func visibleRows(_ state: BrowserState) -> Int { max(1, box(state).height - 4) }

    static func draw(_ state: BrowserState, _ picker: PickerState, into grid: inout Grid) {
        let b = box(state)
        let frame = Style(attrs: [.bold])
        grid.fill(x: b.x, y: b.y, width: b.width, height: b.height)
        var title = Text.styled("┌ Filter by region ", style: frame)
        title.add(String(repeating: "─", count: max(0, b.width - Text.width(title) - 1)) + "┐", frame)
        grid.write(title, x: b.x, y: b.y)
        for y in (b.y + 1)..<(b.y + b.height - 1) {
            grid.write("│", x: b.x, y: y, style: frame)
            grid.write("│", x: b.x + b.width - 1, y: y, style: frame)
        }
        grid.write("└" + String(repeating: "─", count: b.width - 2) + "┘", x: b.x, y: b.y + b.height - 1, style: frame)
        grid.write("Space toggles · Enter applies · Esc cancels", x: b.x + 2, y: b.y + 1, maxWidth: b.width - 4, style: Theme.dim)
        let regions = state.index.regionCounts
        if regions.isEmpty { grid.write("No regions in this corpus.", x: b.x + 2, y: b.y + 3, style: Theme.dim) }
        let rows = visibleRows(state)
        for i in 0..<rows {
            let r = picker.scroll + i
            guard r < regions.count else { break }
            let (name, count) = regions[r]
            var line = Text.styled(picker.checked.contains(name) ? "[x] " : "[ ] ", style: Theme.key)
            line.add(name, Theme.region(state.index.regionColor[name] ?? 0))
            let countText = Text.styled(" \(count)", style: Theme.dim)
            let inner = b.width - 4
            line = Text.pad(line, width: inner - Text.width(countText)) + countText
            if r == picker.cursor { line = line.map { var c = $0; c.style = c.style.overlaid(by: Theme.selected); return c } }
            grid.write(line, x: b.x + 2, y: b.y + 3 + i, maxWidth: inner)
        }
    }
}

enum HelpView {
    static func lines() -> [StyledLine] {
        var out: [StyledLine] = []
        out.append(Text.styled("Dateline — keys (from the same table that binds them)", style: Theme.heading))
        for section in KeyBindings.helpSections() where !section.rows.isEmpty {
            out.append([])
            out.append(Text.styled(section.context.rawValue, style: Theme.label))
            for row in section.rows {
                var l = Text.styled("  ", style: .plain)
                l += Text.pad(Text.styled(row.keys, style: Theme.key), width: 20)
                l.add(row.help)
                out.append(l)
            }
        }
        out.append([])
        for note in KeyBindings.notes { out.append(Text.styled(note, style: Theme.dim)) }
        return out
    }

    static func draw(_ state: BrowserState, scroll: Int, into grid: inout Grid) {
        let area = state.layout.body
        grid.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        let all = lines()
        let s = max(0, min(scroll, max(0, all.count - area.height)))
        for row in 0..<area.height {
            guard s + row < all.count else { break }
            grid.write(all[s + row], x: 1, y: area.y + row, maxWidth: area.width - 1)
        }
    }
}

enum StatusLine {
    static func draw(_ state: BrowserState, into grid: inout Grid) {
        let area = state.layout.status
        let base = Theme.status
        grid.fillRow(area.y, style: base)
        if case .prompt(let p)? = state.overlays.last {
            var l = Text.styled(p.kind == .search ? "/" : "Jump to date: ", style: base.with(.bold))
            l.add(p.text, base)
            l.add("▏", base)
            if p.kind == .search {
                l.add("   \(state.matches.count) match\(state.matches.count == 1 ? "" : "es") · Enter keeps · Esc cancels", base)
            } else {
                l.add("   e.g. 2024-08-14, 14 Aug, aug 14 · Enter jumps · Esc cancels", base)
            }
            grid.write(l, x: 0, y: area.y, maxWidth: area.width)
            return
        }
        var left: StyledLine = []
        let mode: String
        switch state.context {
        case .timeline: mode = "TIMELINE"
        case .detail: mode = "SOURCES"
        case .article: mode = "ARTICLE"
        case .picker: mode = "REGIONS"
        case .help: mode = "HELP"
        case .prompt: mode = "PROMPT"
        }
        left.add(" \(mode) ", base.with(.bold))
        if !state.regionFilter.isEmpty {
            left.add("│ regions: " + state.regionFilter.sorted().joined(separator: ", ") + " ", base)
        }
        if state.showBackground { left.add("│ +background ", base) }
        if !state.query.isEmpty {
            let pos = state.matches.firstIndex(of: state.selected).map { "\($0 + 1)/" } ?? ""
            left.add("│ /\(state.query) \(pos)\(state.matches.count) ", base)
        }
        if let m = state.message { left.add("│ " + m + " ", base.with(.bold)) }
        let right = Text.styled(" ? help · q \(state.context == .timeline ? "quit" : "back") ", style: base)
        let rw = Text.width(right)
        grid.write(Text.truncate(left, width: max(1, area.width - rw)), x: 0, y: area.y)
        if area.width > rw + 10 { grid.write(right, x: area.width - rw, y: area.y) }
    }
}

/// Renders the whole browser into a grid: pure, no terminal involved.
public enum BrowserView {
    public static func render(_ state: BrowserState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        render(state, into: &grid)
        return grid
    }

    public static func render(_ state: BrowserState, into grid: inout Grid) {
        let layout = state.layout
        if layout.tooSmall {
            let lines = ["Terminal too small: \(state.width)×\(state.height).",
                         "Dateline needs at least \(Layout.minWidth)×\(Layout.minHeight).",
                         "Enlarge the window, or press q to quit."]
            let top = max(0, state.height / 2 - 1)
            for (i, l) in lines.enumerated() where top + i < state.height {
                let w = DisplayWidth.of(l)
                grid.write(l, x: max(0, (state.width - w) / 2), y: top + i, style: i == 0 ? Theme.error : .plain)
            }
            return
        }
        // Title.
        grid.fillRow(0, style: Theme.title)
        var title = Text.styled(" Dateline · ", style: Theme.title)
        title.add(state.model.corpus.name, Theme.title)
        let total = state.model.incidents.filter { state.showBackground || !$0.background }.count
        let count = Text.styled(" \(state.visible.isEmpty ? 0 : state.selected + 1)/\(state.visible.count) incidents" +
                                (state.visible.count != total ? " (of \(total))" : "") + " ", style: Theme.title)
        grid.write(Text.truncate(title, width: max(1, state.width - Text.width(count))), x: 0, y: 0)
        grid.write(count, x: max(0, state.width - Text.width(count)), y: 0)

        TimelineView.draw(state, into: &grid)
        DetailView.draw(state, into: &grid)
        for overlay in state.overlays {
            switch overlay {
            case .article(let a): ArticleView.draw(state, a, into: &grid)
            case .help(let scroll): HelpView.draw(state, scroll: scroll, into: &grid)
            case .picker(let p): PickerView.draw(state, p, into: &grid)
            case .prompt: break
            }
        }
        StatusLine.draw(state, into: &grid)
    }
}

enum StatusLine {
    static func draw(_ state: BrowserState, into grid: inout Grid) {
        let area = state.layout.status
        let base = Theme.status
        grid.fillRow(area.y, style: base)
        if case .prompt(let p)? = state.overlays.last {
            var l = Text.styled(p.kind == .search ? "/" : "Jump to date: ", style: base.with(.bold))
            l.add(p.text, base)
            l.add("▏", base)
            if p.kind == .search && !state.source.searchesAsYouType {
                l.add("   Enter searches · Esc cancels", base)
            } else if p.kind == .search {
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
        // A failed read shows as empty rows: say why.
        if let e = state.source.lastError { left.add("│ index read failed: " + e + " ", base.with(.bold)) }
        let right = Text.styled(" ? help · q \(state.context == .timeline ? "quit" : "back") ", style: base)
        let rw = Text.width(right)
        grid.write(Text.truncate(left, width: max(1, area.width - rw)), x: 0, y: area.y)
        if area.width > rw + 10 { grid.write(right, x: area.width - rw, y: area.y) }
    }
}

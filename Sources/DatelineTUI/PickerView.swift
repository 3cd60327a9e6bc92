enum PickerView {
    /// The box: where it is and how many region rows it shows.
    static func box(_ state: BrowserState) -> Layout.Area {
        let body = state.layout.body
        let w = min(body.width - 4, 56)
        let h = min(body.height - 2, state.regionCounts.count + 4)
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
        let regions = state.regionCounts
        if regions.isEmpty { grid.write("No regions in this corpus.", x: b.x + 2, y: b.y + 3, style: Theme.dim) }
        let rows = visibleRows(state)
        for i in 0..<rows {
            let r = picker.scroll + i
            guard r < regions.count else { break }
            let (name, count) = regions[r]
            var line = Text.styled(picker.checked.contains(name) ? "[x] " : "[ ] ", style: Theme.key)
            line.add(name, Theme.region(state.spine.regionColor[name] ?? 0))
            let countText = Text.styled(" \(count)", style: Theme.dim)
            let inner = b.width - 4
            line = Text.pad(line, width: inner - Text.width(countText)) + countText
            if r == picker.cursor { line = line.map { var c = $0; c.style = c.style.overlaid(by: Theme.selected); return c } }
            grid.write(line, x: b.x + 2, y: b.y + 3 + i, maxWidth: inner)
        }
    }
}

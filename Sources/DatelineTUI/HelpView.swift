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

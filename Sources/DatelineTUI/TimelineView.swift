import DatelineCore

enum TimelineView {
    static let dateWidth = 11

    /// One incident as a timeline line: date, sources, disagreement mark, region tags, headline.
    static func line(_ state: BrowserState, position: Int, incident: IncidentSummary, width: Int) -> StyledLine {
        let selected = position == state.selected
        var line: StyledLine = []
        line.add(selected ? "▶" : " ", Theme.key)
        let label = incident.label
        let dateStyle = incident.background ? Theme.background : (incident.basis == .reported ? Theme.reportedDate : Theme.date)
        line += Text.pad(Text.styled(label, style: dateStyle), width: dateWidth)
        line += Text.pad(Text.styled("×\(incident.sourceCount)", style: Theme.sources), width: 3)
        line.add(incident.disagrees ? "≠ " : "  ", Theme.disagree)
        let maxTags = width >= 120 ? 3 : 2
        for (i, r) in incident.regions.prefix(maxTags).enumerated() {
            _ = i
            // Regions only taken from the context (not named by the passages) are dimmed.
            let style = Theme.region(state.spine.regionColor[r] ?? 0)
            line.add(shortRegion(r), incident.regionsFromContext ? style.with(.dim) : style)
            line.add(" ")
        }
        if incident.regions.count > maxTags { line.add("+\(incident.regions.count - maxTags) ", Theme.dim) }
        if incident.background { line.add("bg ", Theme.background) }
        // Only what fits is styled (with room for a search match that crosses the edge).
        let room = max(0, width - Text.width(line)) + state.query.count
        var headline = Text.styled(incident.headline, style: incident.background ? Theme.background : .plain, maxWidth: room)
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
        // The rows on screen, read from the source in one call with a block of rows above and
        // below (aligned, so that scrolling reads a new block only when it crosses a boundary).
        let onScreen = (state.timelineTop..<min(state.rows.count, state.timelineTop + area.height)).compactMap { r -> Int? in
            if case .incident(let pos) = state.rows[r] { return pos } else { return nil }
        }
        var summaries: [Int: IncidentSummary] = [:]
        if let first = onScreen.first, let last = onScreen.last {
            let block = 64
            let window = max(0, (first / block - 1) * block)..<min(state.visible.count, (last / block + 2) * block)
            for (pos, s) in zip(window, state.source.summaries(at: window.map { state.visible[$0] })) where pos >= first && pos <= last {
                summaries[pos] = s
            }
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
                l += Array(repeating: StyledChar("─", width: 1, style: Theme.separator), count: max(0, area.width - Text.width(l)))
                grid.write(l, x: 0, y: y, maxWidth: area.width)
            case .incident(let pos):
                guard let summary = summaries[pos] else { continue }
                grid.write(line(state, position: pos, incident: summary, width: area.width), x: 0, y: y)
            }
        }
        // Scroll position on the right edge.
        if state.rows.count > area.height {
            let pct = state.rows.count <= area.height ? 100 : state.timelineTop * 100 / max(1, state.rows.count - area.height)
            grid.write(" \(pct)% ", x: area.width - 6, y: area.y, style: Theme.dim.with(.reverse))
        }
    }
}

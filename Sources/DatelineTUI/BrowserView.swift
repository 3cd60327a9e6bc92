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
        title.add(state.source.corpus.name, Theme.title)
        let total = state.spine.countByBackground[0] + (state.showBackground ? state.spine.countByBackground[1] : 0)
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

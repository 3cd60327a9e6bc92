import DatelineCore

/// The update function: a message changes the state and may ask the runner to quit.
extension BrowserState {
    @discardableResult
    public mutating func update(_ message: Message) -> Effect {
        switch message {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            afterResize()
            return .none
        case .mouse(let event):
            if !layout.tooSmall { mouse(event) }
            return .none
        case .key(let key):
            if key == .ctrl("c") { return .quit }
            if layout.tooSmall {
                return key == .char("q") || key == .escape ? .quit : .none
            }
            return self.key(key)
        }
    }

    mutating func key(_ key: Key) -> Effect {
        let context = self.context
        if context == .prompt, case .prompt(var p)? = overlays.last {
            let action = KeyBindings.action(for: key, in: .prompt)
            switch (action, key) {
            case (.accept?, _): acceptPrompt(p)
            case (.cancel?, _): cancelPrompt(p)
            case (.erase?, _):
                if !p.text.isEmpty { p.text.removeLast() }
                promptChanged(p)
            case (.clearInput?, _):
                p.text = ""
                promptChanged(p)
            case (_, .char(let c)):
                p.text.append(c)
                promptChanged(p)
            default: break
            }
            return .none
        }
        guard let action = KeyBindings.action(for: key, in: context) else { return .none }
        message = nil
        switch context {
        case .timeline: return timeline(action)
        case .detail: return detailAction(action)
        case .article: article(action)
        case .help: help(action)
        case .picker: picker(action)
        case .prompt: break
        }
        return .none
    }

    // MARK: Timeline

    mutating func select(_ position: Int) {
        guard !visible.isEmpty else { return }
        let clamped = max(0, min(visible.count - 1, position))
        if clamped != selected { detail = DetailState() }
        selected = clamped
        scrollTimelineToSelection()
    }

    mutating func timeline(_ action: Action) -> Effect {
        let h = layout.timeline.height
        switch action {
        case .moveDown: select(selected + 1)
        case .moveUp: select(selected - 1)
        case .pageDown: select(selected + max(1, h - 2))
        case .pageUp: select(selected - max(1, h - 2))
        case .halfDown: select(selected + max(1, h / 2))
        case .halfUp: select(selected - max(1, h / 2))
        case .top: select(0)
        case .bottom: select(visible.count - 1)
        case .open, .nextPane, .prevPane:
            if selectedIncident != nil { setFocus(.detail) }
        case .openPassage:
            if let dating = selectedDetail?.dating { openArticle(dating) }
        case .quit: return .quit
        default: return browseCommon(action)
        }
        return .none
    }

    mutating func browseCommon(_ action: Action) -> Effect {
        switch action {
        case .toggleBackground:
            showBackground.toggle()
            recompute(keeping: selectedIncidentIndex)
            message = showBackground ? "background incidents shown" : "background incidents hidden"
        case .filter:
            overlays.append(.picker(PickerState(checked: regionFilter)))
        case .clearFilter:
            if !regionFilter.isEmpty {
                regionFilter = []
                recompute(keeping: selectedIncidentIndex)
                message = "filter cleared"
            }
        case .search:
            overlays.append(.prompt(PromptState(kind: .search, originSelected: selected, originTop: timelineTop, originQuery: query)))
        case .jumpDate:
            overlays.append(.prompt(PromptState(kind: .date, originSelected: selected, originTop: timelineTop, originQuery: query)))
        case .searchNext, .searchPrev:
            jumpToMatch(forward: action == .searchNext, includeCurrent: false)
        case .help:
            overlays.append(.help(scroll: 0))
        default: break
        }
        return .none
    }

    mutating func jumpToMatch(forward: Bool, includeCurrent: Bool, from origin: Int? = nil) {
        guard !query.isEmpty else { message = "no search: press / to search"; return }
        guard !matches.isEmpty else { message = "no match for '\(query)'"; return }
        let from = origin ?? selected
        let target: Int
        if forward {
            target = matches.first(where: { includeCurrent ? $0 >= from : $0 > from }) ?? matches[0]
            if target < from || (target == from && !includeCurrent) { message = "search wrapped to the top" }
        } else {
            target = matches.last(where: { $0 < from }) ?? matches[matches.count - 1]
            if target >= from { message = "search wrapped to the bottom" }
        }
        select(target)
    }

    // MARK: Detail (sources side by side)

    var columns: [SourceColumn] {
        selectedDetail?.columns ?? []
    }

    mutating func detailAction(_ action: Action) -> Effect {
        let cols = columns
        let h = layout.detail.height
        let count = cols.indices.contains(detail.column) ? cols[detail.column].mentions.count : 0
        switch action {
        case .moveDown:
            if detail.passage + 1 < count { detail.passage += 1; ensurePassageVisible() } else { scrollDetail(by: 1) }
        case .moveUp:
            if detail.passage > 0 { detail.passage -= 1; ensurePassageVisible() } else { scrollDetail(by: -1) }
        case .left, .right:
            let c = detail.column + (action == .right ? 1 : -1)
            if cols.indices.contains(c) {
                detail.column = c
                detail.passage = min(detail.passage, cols[c].mentions.count - 1)
                ensurePassageVisible()
            }
        case .pageDown: scrollDetail(by: max(1, h - 1))
        case .pageUp: scrollDetail(by: -max(1, h - 1))
        case .halfDown: scrollDetail(by: max(1, h / 2))
        case .halfUp: scrollDetail(by: -max(1, h / 2))
        case .top:
            detail = DetailState()
        case .bottom:
            detail.column = max(0, cols.count - 1)
            detail.passage = max(0, (cols.last?.mentions.count ?? 1) - 1)
            ensurePassageVisible()
            scrollDetail(by: Int.max / 2)
        case .nextPane, .prevPane, .back: setFocus(.timeline)
        case .openPassage:
            if let position = selectedIncidentIndex, cols.indices.contains(detail.column),
               cols[detail.column].mentions.indices.contains(detail.passage),
               let passage = source.passages(at: position, [cols[detail.column].mentions[detail.passage]]).first ?? nil {
                openArticle(passage)
            }
        default: return browseCommon(action)
        }
        return .none
    }

    /// Moves the focus; the panes change size, so the selection and the passage are kept in view.
    mutating func setFocus(_ pane: Pane) {
        focus = pane
        scrollTimelineToSelection()
        if pane == .detail { ensurePassageVisible() } else { scrollDetail(by: 0) }
    }

    mutating func scrollDetail(by delta: Int) {
        // Laid out as far as the scroll would go (the whole pane only for a jump to its end).
        let h = layout.detail.height
        let through = delta >= Int.max / 4 ? Int.max : max(0, detail.scroll + delta) + h + 1
        let total = DetailLayout.make(self, through: through).lines.count
        let maxScroll = max(0, total - layout.detail.height)
        detail.scroll = max(0, min(maxScroll, detail.scroll + delta))
    }

    /// Brings the selected outlet into the visible columns and its passage into view.
    mutating func ensurePassageVisible() {
        let cols = columns
        guard !cols.isEmpty else { return }
        detail.column = max(0, min(detail.column, cols.count - 1))
        let k = DetailLayout.columnsThatFit(width: width, total: cols.count)
        if detail.column < detail.columnOffset { detail.columnOffset = detail.column }
        if detail.column >= detail.columnOffset + k { detail.columnOffset = detail.column - k + 1 }
        detail.columnOffset = max(0, min(detail.columnOffset, cols.count - k))
        let content = DetailLayout.make(self)
        guard let range = content.passageLines[detail.column]?[safe: detail.passage] else { return }
        let h = layout.detail.height
        // Keep the outlet header in view with the first passage.
        let top = detail.passage == 0 ? max(0, range.lowerBound - 3) : range.lowerBound
        if top < detail.scroll { detail.scroll = top }
        if range.upperBound > detail.scroll + h { detail.scroll = max(top <= detail.scroll ? detail.scroll : 0, min(top, range.upperBound - h)) }
        detail.scroll = max(0, min(detail.scroll, max(0, content.lines.count - h)))
    }

    // MARK: Article

    mutating func openArticle(_ mention: DetailPassage) {
        let cited = source.citedSpans(inArticle: mention.articleID)
        let range = source.sentenceRange(of: mention)
        let current = cited.firstIndex(of: range) ?? cited.firstIndex(where: { $0.overlaps(range) }) ?? 0
        var view = ArticleViewState(articleID: mention.articleID, cited: cited, current: current, scroll: 0)
        scrollArticleToCurrent(&view)
        overlays.append(.article(view))
    }

    func articleBodyHeight(_ view: ArticleViewState) -> (height: Int, layout: ArticleLayout) {
        let l = ArticleLayout.make(self, view)
        return (max(1, layout.body.height - l.header.count - 1), l)
    }

    /// Puts the current cited sentence a third of the way down the body (or wholly in view).
    func scrollArticleToCurrent(_ view: inout ArticleViewState) {
        let (h, l) = articleBodyHeight(view)
        guard l.citedLine.indices.contains(view.current) else { return }
        let line = l.citedLine[view.current]
        view.scroll = max(0, min(line - h / 3, max(0, l.lines.count - h)))
    }

    mutating func article(_ action: Action) {
        guard case .article(var view)? = overlays.last else { return }
        let (h, l) = articleBodyHeight(view)
        let maxScroll = max(0, l.lines.count - h)
        switch action {
        case .moveDown: view.scroll += 1
        case .moveUp: view.scroll -= 1
        case .pageDown: view.scroll += max(1, h - 1)
        case .pageUp: view.scroll -= max(1, h - 1)
        case .halfDown: view.scroll += max(1, h / 2)
        case .halfUp: view.scroll -= max(1, h / 2)
        case .top: view.scroll = 0
        case .bottom: view.scroll = maxScroll
        case .nextCited, .prevCited:
            guard !view.cited.isEmpty else { message = "no cited sentence in this article"; break }
            let next = view.current + (action == .nextCited ? 1 : -1)
            if view.cited.indices.contains(next) {
                view.current = next
            } else {
                view.current = action == .nextCited ? 0 : view.cited.count - 1
                message = action == .nextCited ? "wrapped to the first cited sentence" : "wrapped to the last cited sentence"
            }
            scrollArticleToCurrent(&view)
        case .back:
            overlays.removeLast()
            return
        case .help:
            overlays.append(.help(scroll: 0))
            return
        default: break
        }
        view.scroll = max(0, min(view.scroll, maxScroll))
        overlays[overlays.count - 1] = .article(view)
    }

    // MARK: Help

    mutating func help(_ action: Action) {
        guard case .help(var scroll)? = overlays.last else { return }
        let h = layout.body.height
        let maxScroll = max(0, HelpView.lines().count - h)
        switch action {
        case .moveDown: scroll += 1
        case .moveUp: scroll -= 1
        case .pageDown: scroll += max(1, h - 1)
        case .pageUp: scroll -= max(1, h - 1)
        case .halfDown: scroll += max(1, h / 2)
        case .halfUp: scroll -= max(1, h / 2)
        case .top: scroll = 0
        case .bottom: scroll = maxScroll
        case .back:
            overlays.removeLast()
            return
        default: break
        }
        overlays[overlays.count - 1] = .help(scroll: max(0, min(scroll, maxScroll)))
    }

    // MARK: Region picker

    mutating func picker(_ action: Action) {
        guard case .picker(var p)? = overlays.last else { return }
        let regions = regionCounts
        let rows = PickerView.visibleRows(self)
        switch action {
        case .moveDown: p.cursor += 1
        case .moveUp: p.cursor -= 1
        case .pageDown: p.cursor += rows
        case .pageUp: p.cursor -= rows
        case .halfDown: p.cursor += max(1, rows / 2)
        case .halfUp: p.cursor -= max(1, rows / 2)
        case .top: p.cursor = 0
        case .bottom: p.cursor = regions.count - 1
        case .toggle:
            if regions.indices.contains(p.cursor) {
                let r = regions[p.cursor].region
                if p.checked.contains(r) { p.checked.remove(r) } else { p.checked.insert(r) }
            }
        case .apply:
            overlays.removeLast()
            let keep = selectedIncidentIndex
            regionFilter = p.checked
            recompute(keeping: keep)
            message = regionFilter.isEmpty ? "filter cleared" : "\(visible.count) incident\(visible.count == 1 ? "" : "s") in the selected regions"
            return
        case .cancel:
            overlays.removeLast()
            return
        case .help:
            overlays.append(.help(scroll: 0))
            return
        default: break
        }
        p.cursor = max(0, min(p.cursor, regions.count - 1))
        if p.cursor < p.scroll { p.scroll = p.cursor }
        if p.cursor >= p.scroll + rows { p.scroll = p.cursor - rows + 1 }
        overlays[overlays.count - 1] = .picker(p)
    }

    // MARK: Prompts

    mutating func promptChanged(_ p: PromptState) {
        overlays[overlays.count - 1] = .prompt(p)
        // An index searched per keystroke would lag on large corpora: it searches on Enter.
        guard p.kind == .search, source.searchesAsYouType else { return }
        query = p.text
        recomputeMatches()
        if query.isEmpty || matches.isEmpty {
            selected = min(p.originSelected, max(0, visible.count - 1))
            timelineTop = p.originTop
            scrollTimelineToSelection()
        } else {
            jumpToMatch(forward: true, includeCurrent: true, from: p.originSelected)
            message = nil
        }
    }

    mutating func acceptPrompt(_ p: PromptState) {
        overlays.removeLast()
        switch p.kind {
        case .search:
            if !source.searchesAsYouType {
                query = p.text
                recomputeMatches()
                if !matches.isEmpty { jumpToMatch(forward: true, includeCurrent: true, from: p.originSelected) }
            }
            message = query.isEmpty ? nil : (matches.isEmpty ? "no match for '\(query)'" : "\(matches.count) match\(matches.count == 1 ? "" : "es") · n/N next/previous")
        case .date:
            let reference = selectedIncidentIndex.map { spine.time($0).start } ?? source.corpus.anchor
            guard let date = DateText.parse(p.text, defaultYear: reference?.year ?? 2024, defaultMonth: reference?.month ?? 1) else {
                message = "not a date: '\(Sanitizer.clean(p.text))' (try 2024-08-14, 14 Aug, aug 14)"
                return
            }
            jump(to: date)
        }
    }

    mutating func cancelPrompt(_ p: PromptState) {
        overlays.removeLast()
        if p.kind == .search {
            query = p.originQuery
            recomputeMatches()
            selected = min(p.originSelected, max(0, visible.count - 1))
            timelineTop = p.originTop
            scrollTimelineToSelection()
        }
    }

    /// Selects the first timeline incident on or after `date` (the last one when all are before).
    public mutating func jump(to date: CalendarDate) {
        guard !visible.isEmpty else { return }
        let spine = self.spine
        let candidates = visible.indices.filter { !spine.isBackground(visible[$0]) }
        let pool = candidates.isEmpty ? Array(visible.indices) : candidates
        let target = pool.first(where: { spine.time(visible[$0]).end >= date }) ?? pool[pool.count - 1]
        select(target)
        let t = spine.time(visible[target])
        let basis = source.summaries(at: [visible[target]]).first?.basis ?? .resolved
        message = (t.start <= date && t.end >= date ? "" : "nearest to \(DateText.long(date)): ") + DateText.label(t, basis: basis)
    }

    // MARK: Mouse and resize

    mutating func mouse(_ e: MouseEvent) {
        let wheel = e.button == .wheelDown ? 3 : (e.button == .wheelUp ? -3 : 0)
        switch overlays.last {
        case .article?:
            if wheel != 0 { article(wheel > 0 ? .moveDown : .moveUp); article(wheel > 0 ? .moveDown : .moveUp); article(wheel > 0 ? .moveDown : .moveUp) }
            return
        case .help?:
            if wheel != 0 { for _ in 0..<3 { help(wheel > 0 ? .moveDown : .moveUp) } }
            return
        case .picker(var p)?:
            if wheel != 0 {
                picker(wheel > 0 ? .moveDown : .moveUp)
            } else {
                let b = PickerView.box(self)
                let row = e.y - b.y - 3
                if b.contains(x: e.x, y: e.y), row >= 0, row < PickerView.visibleRows(self), p.scroll + row < regionCounts.count {
                    p.cursor = p.scroll + row
                    overlays[overlays.count - 1] = .picker(p)
                    picker(.toggle)
                }
            }
            return
        case .prompt?:
            return
        case nil:
            break
        }
        let tl = layout.timeline, dt = layout.detail
        if tl.contains(x: e.x, y: e.y) {
            if wheel != 0 { select(selected + wheel); return }
            let r = timelineTop + e.y - tl.y
            if rows.indices.contains(r), case .incident(let pos) = rows[r] {
                setFocus(.timeline)
                select(pos)
            }
        } else if dt.contains(x: e.x, y: e.y) {
            if wheel != 0 { scrollDetail(by: wheel); return }
            focus = .detail
            let content = DetailLayout.make(self)
            let line = min(detail.scroll, max(0, content.lines.count - dt.height)) + e.y - dt.y
            let c = content.firstColumn + e.x / (content.columnWidth + DetailLayout.separator.count)
            if let ranges = content.passageLines[c], let p = ranges.firstIndex(where: { $0.contains(line) }) {
                detail.column = c
                detail.passage = p
            }
            // The panes were measured before the focus moved; keep things in view in the new split.
            scrollTimelineToSelection()
            ensurePassageVisible()
        }
    }

    mutating func afterResize() {
        guard !layout.tooSmall else { return }
        scrollTimelineToSelection()
        if focus == .detail { ensurePassageVisible() } else { scrollDetail(by: 0) }
        for i in overlays.indices {
            switch overlays[i] {
            case .article(var view):
                scrollArticleToCurrent(&view)
                overlays[i] = .article(view)
            case .help(let s):
                overlays[i] = .help(scroll: max(0, min(s, HelpView.lines().count - layout.body.height)))
            case .picker(var p):
                let rows = PickerView.visibleRows(self)
                if p.cursor >= p.scroll + rows { p.scroll = p.cursor - rows + 1 }
                if p.cursor < p.scroll { p.scroll = p.cursor }
                overlays[i] = .picker(p)
            case .prompt: break
            }
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

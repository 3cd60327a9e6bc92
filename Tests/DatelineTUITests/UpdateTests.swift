import DatelineCore
import Testing
@testable import DatelineTUI

@Suite("Update function")
struct UpdateTests {
    let model = Fixtures.model()

    @Test func navigationStaysInBounds() {
        var s = BrowserState(model: Fixtures.large(count: 200), width: 80, height: 24)
        #expect(s.selected == 0)
        s.press(.char("k"), .up, .pageUp, .ctrl("u"))
        #expect(s.selected == 0)
        s.press(.char("j"), .down)
        #expect(s.selected == 2)
        s.press(.char("G"))
        #expect(s.selected == s.visible.count - 1)
        s.press(.char("j"), .pageDown, .ctrl("d"), .end)
        #expect(s.selected == s.visible.count - 1)
        s.press(.home)
        #expect(s.selected == 0)
        s.press(.pageDown)
        #expect(s.selected > 1)
        // The selected row is always on screen.
        for key in [Key.pageDown, .ctrl("d"), .char("j"), .pageUp, .char("G"), .char("k"), .char("g")] {
            s.press(key)
            let row = s.rowOfVisible[s.selected]
            #expect(row >= s.timelineTop && row < s.timelineTop + s.layout.timeline.height)
        }
    }

    @Test func backgroundHiddenByDefaultAndToggled() {
        var s = BrowserState(model: model, width: 80, height: 24)
        #expect(s.visible.allSatisfy { !model.incidents[$0].background })
        let before = s.visible.count
        s.press(.char("j"), .char("j"))
        let selected = s.selectedIncidentIndex
        s.press(.char("b"))
        #expect(s.visible.count == before + 1)
        #expect(s.selectedIncidentIndex == selected, "toggling keeps the selection")
        s.press(.char("b"))
        #expect(s.visible.count == before)
    }

    @Test func dayRowsCountIncidents() {
        let s = BrowserState(model: model, width: 80, height: 24)
        var total = 0
        for row in s.rows { if case .day(_, let count) = row { total += count } }
        #expect(total == s.visible.count)
    }

    @Test func regionFilterFromPickerAndClear() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let all = s.visible.count
        s.press(.char("f"))
        #expect(s.context == .picker)
        // Pick "Belgorod Oblast" wherever it is in the list.
        let row = s.regionCounts.firstIndex { $0.region == "Belgorod Oblast" }!
        for _ in 0..<row { s.press(.char("j")) }
        s.press(.char(" "), .enter)
        #expect(s.context == .timeline)
        #expect(s.regionFilter == ["Belgorod Oblast"])
        #expect(s.visible.allSatisfy { model.incidents[$0].regions.contains("Belgorod Oblast") })
        #expect(s.visible.count < all)
        #expect(BrowserView.render(s).text.contains("regions: Belgorod Oblast"))
        s.press(.char("F"))
        #expect(s.regionFilter.isEmpty && s.visible.count == all)
    }

    @Test func pickerEscapeCancels() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("f"), .char(" "), .escape)
        #expect(s.regionFilter.isEmpty && s.overlays.isEmpty)
    }

    @Test func regionArgumentsMatchLoosely() {
        let regions = ["Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"]
        #expect(BrowserState.resolveRegion("kursk", among: regions) == ["Kursk Oblast"])
        #expect(BrowserState.resolveRegion("KURSK OBLAST", among: regions) == ["Kursk Oblast"])
        #expect(BrowserState.resolveRegion("gorod", among: regions) == ["Belgorod Oblast"])
        #expect(BrowserState.resolveRegion("b", among: regions) == ["Belgorod Oblast", "Bryansk Oblast"])
        #expect(BrowserState.resolveRegion("nowhere", among: regions).isEmpty)
        let s = BrowserState(model: model, width: 80, height: 24, regions: ["sumy", "bryan"])
        #expect(s.regionFilter == ["Sumy Oblast", "Bryansk Oblast"])
    }

    @Test func incrementalSearchAndNextPrevious() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("/"))
        s.type("sud")
        // Incremental: the selection already moved to the first match.
        #expect(s.matches.count >= 2)
        #expect(s.selected == s.matches[0])
        s.press(.enter)
        #expect(s.query == "sud" && s.overlays.isEmpty)
        s.press(.char("n"))
        #expect(s.selected == s.matches[1])
        s.press(.char("N"))
        #expect(s.selected == s.matches[0])
        s.press(.char("N"))
        #expect(s.selected == s.matches.last!, "N wraps to the last match")
    }

    @Test func searchMatchesPassagesNotOnlyHeadlines() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("/"))
        s.type("ПЛЕННЫХ")  // only in a Cyrillic passage, matched case-insensitively
        #expect(s.matches.count == 1)
        #expect(model.incidents[s.visible[s.matches[0]]].headline.contains("prisoners"))
    }

    @Test func searchEscapeRestoresPosition() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("j"), .char("j"))
        let selected = s.selected, top = s.timelineTop
        s.press(.char("/"))
        s.type("shelling")
        #expect(s.selected != selected)
        s.press(.escape)
        #expect(s.selected == selected && s.timelineTop == top && s.query.isEmpty)
    }

    @Test func openPassageAndReturnRestoresEverything() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("G"), .tab, .char("l"), .char("l"), .char("j"))
        let before = BrowserView.render(s)
        let (sel, det, top) = (s.selected, s.detail, s.timelineTop)
        s.press(.enter)
        guard case .article(let view)? = s.overlays.last else { Issue.record("no article view"); return }
        let incident = model.incidents[s.selectedIncidentIndex!]
        let column = s.selectedDetail!.columns[det.column]
        #expect(view.articleID == incident.mentions[column.mentions[det.passage]].articleID)
        #expect(BrowserView.render(s).text.contains("cited sentence"))
        s.press(.char("j"), .char("n"), .char("N"), .pageDown)
        s.press(.char("q"))
        #expect(s.overlays.isEmpty)
        #expect(s.selected == sel && s.detail == det && s.timelineTop == top && s.focus == .detail)
        #expect(BrowserView.render(s) == before)
    }

    @Test func articleScrollsCitedSentenceIntoView() {
        var s = BrowserState(model: Fixtures.large(count: 60), width: 80, height: 24)
        s.press(.char("G"), .char("o"))
        guard case .article(let view)? = s.overlays.last else { Issue.record("no article view"); return }
        let layout = ArticleLayout.make(s, view)
        let line = layout.citedLine[view.current]
        let h = ArticleLayout.bodyHeight(s, headerCount: layout.header.count)
        #expect(line >= view.scroll && line < view.scroll + h)
        // n moves to the next cited sentence and keeps it in view.
        s.press(.char("n"))
        guard case .article(let next)? = s.overlays.last else { return }
        #expect(next.current == (view.current + 1) % view.cited.count)
        let nextLine = ArticleLayout.make(s, next).citedLine[next.current]
        #expect(nextLine >= next.scroll && nextLine < next.scroll + h)
        s.press(.escape)
        #expect(s.overlays.isEmpty && s.context == .timeline)
    }

    @Test func quitOnlyFromTimeline() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.tab)
        #expect(s.press(.char("q")) == .none)
        #expect(s.focus == .timeline)
        s.press(.char("?"))
        #expect(s.press(.char("q")) == .none)
        #expect(s.press(.char("q")) == .quit)
        var t = BrowserState(model: model, width: 80, height: 24)
        t.press(.char("f"))
        #expect(t.press(.ctrl("c")) == .quit, "Ctrl-C quits from anywhere")
    }

    @Test func resizeKeepsSelectionVisibleAndHandlesTooSmall() {
        var s = BrowserState(model: Fixtures.large(count: 100), width: 160, height: 48)
        s.press(.char("G"))
        s.update(.resize(width: 80, height: 24))
        let row = s.rowOfVisible[s.selected]
        #expect(row >= s.timelineTop && row < s.timelineTop + s.layout.timeline.height)
        s.update(.resize(width: 40, height: 10))
        #expect(BrowserView.render(s).text.contains("too small"))
        #expect(s.press(.char("j")) == .none)
        s.update(.resize(width: 100, height: 30))
        #expect(!BrowserView.render(s).text.contains("too small"))
        // Resizing with the article open keeps the cited sentence in view.
        s.press(.char("o"))
        s.update(.resize(width: 60, height: 15))
        guard case .article(let view)? = s.overlays.last else { Issue.record("no article"); return }
        let layout = ArticleLayout.make(s, view)
        let h = ArticleLayout.bodyHeight(s, headerCount: layout.header.count)
        #expect(layout.citedLine[view.current] >= view.scroll && layout.citedLine[view.current] < view.scroll + h)
        assertNoControlScalars(BrowserView.render(s))
    }

    @Test func helpIsGeneratedFromTheBindingTable() {
        var s = BrowserState(model: model, width: 100, height: 60)
        s.press(.char("?"))
        #expect(s.context == .help)
        let text = BrowserView.render(s).text
        for binding in KeyBindings.table where binding.contexts.contains(.timeline) {
            #expect(text.contains(binding.help), "help lists '\(binding.help)'")
        }
        // Every key the help names for the timeline really is bound to that action.
        for section in KeyBindings.helpSections() {
            for row in section.rows { #expect(!row.keys.isEmpty) }
        }
        #expect(KeyBindings.action(for: .char("j"), in: .timeline) == .moveDown)
        #expect(KeyBindings.action(for: .char("n"), in: .article) == .nextCited)
        #expect(KeyBindings.action(for: .char("n"), in: .timeline) == .searchNext)
        s.press(.char("?"))
        #expect(s.overlays.isEmpty)
    }

    @Test func jumpToDate() {
        var s = BrowserState(model: model, width: 80, height: 24)
        s.press(.char("d"))
        s.type("13 Aug")
        s.press(.enter)
        #expect(s.selectedIncident?.time.start == CalendarDate(iso: "2024-08-13"))
        s.press(.char("d"))
        s.type("2024-08-12")
        s.press(.enter)
        #expect(s.selectedIncident?.time.start == CalendarDate(iso: "2024-08-12"))
        s.press(.char("d"))
        s.type("aug 8")
        s.press(.enter)
        #expect(s.selectedIncident?.time.start == CalendarDate(iso: "2024-08-08"))
        s.press(.char("d"))
        s.type("banana")
        s.press(.enter)
        #expect(s.message?.contains("not a date") == true)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let target = 3
        let y = s.layout.timeline.y + s.rowOfVisible[target] - s.timelineTop
        s.update(.mouse(MouseEvent(x: 10, y: y, button: .left)))
        #expect(s.selected == target)
        s.update(.mouse(MouseEvent(x: 10, y: y, button: .wheelDown)))
        #expect(s.selected == target + 3)
        s.update(.mouse(MouseEvent(x: 2, y: s.layout.detail.y + 1, button: .left)))
        #expect(s.focus == .detail)
    }

    @Test func detailColumnsScrollSideways() {
        var s = BrowserState(model: model, width: 80, height: 24)
        let shelling = s.visible.firstIndex { model.incidents[$0].mentions.count == 4 }!
        s.select(shelling)
        s.press(.tab)
        #expect(DetailLayout.make(s).columnCount == 2)
        s.press(.char("l"), .char("l"), .char("l"))
        #expect(s.detail.column == 3 && s.detail.columnOffset == 2)
        let text = BrowserView.render(s).text
        #expect(text.contains("Evil Times") && !text.contains("Northern Ledger  "))
        s.press(.char("h"), .char("h"), .char("h"), .char("h"))
        #expect(s.detail.column == 0 && s.detail.columnOffset == 0)
    }
}

@Suite("Text handling")
struct TextTests {
    @Test func sanitiserDropsWholeEscapeSequences() {
        #expect(Sanitizer.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
        #expect(Sanitizer.clean("x\u{1B}]52;c;SGVsbG8=\u{07}y") == "xy")
        #expect(Sanitizer.clean("x\u{1B}]0;title\u{1B}\\y") == "xy")
        #expect(Sanitizer.clean("x\u{9B}2Jy\u{9D}8;;http://e\u{9C}z") == "xyz")
        #expect(Sanitizer.clean("\u{202E}abc\u{202C}\u{2066}d\u{2069}") == "abcd")
        #expect(Sanitizer.clean("soft\u{AD}hy\u{200B}phen\u{FEFF}") == "softhyphen")
        #expect(Sanitizer.clean("a\tb\nc\r\nd\u{2028}e") == "a b c d e")
        #expect(Sanitizer.clean("bell\u{07}\u{7F}\u{0}") == "bell")
        #expect(Sanitizer.clean("Привет, 世界 🎉") == "Привет, 世界 🎉")
    }

    @Test func originsMapBackToTheRawText() {
        let (scalars, origins) = Sanitizer.cleanWithOrigins("a\u{1B}[1mbc")
        #expect(String(String.UnicodeScalarView(scalars)) == "abc")
        #expect(origins == [0, 5, 6])
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("世") == 2)
        #expect(DisplayWidth.of("ｱ") == 1)  // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2)  // fullwidth A
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of("🇺🇦") == 2)
        #expect(DisplayWidth.of("Привет") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func wideCharactersTakeTwoCells() {
        var g = Grid(width: 6, height: 1)
        g.write("a世b🎉", x: 0, y: 0)
        #expect(g.lines[0] == "a世b🎉")
        #expect(g[x: 1, y: 0].width == 2 && g[x: 2, y: 0].isContinuation)
        // Overwriting half of a wide character blanks the other half.
        g.write("x", x: 2, y: 0)
        #expect(g[x: 1, y: 0].text == " " && g[x: 2, y: 0].text == "x")
        // A wide character that does not fit at the edge becomes a space.
        var h = Grid(width: 3, height: 1)
        h.write("ab世", x: 0, y: 0)
        #expect(h.lines[0] == "ab ")
    }

    @Test func wrapAndTruncateUseDisplayWidth() {
        let line = Text.styled("世界世界 abc defgh", style: .plain)
        let wrapped = Text.wrap(line, width: 8)
        #expect(wrapped.allSatisfy { Text.width($0) <= 8 })
        #expect(wrapped.map { String($0.map(\.ch)) } == ["世界世界", "abc", "defgh"])
        let t = Text.truncate(Text.styled("世界世界", style: .plain), width: 5)
        #expect(Text.width(t) <= 5 && t.last?.ch == "…")
    }

    @Test func dateLabels() {
        let d = CalendarDate(iso: "2024-08-14")!
        #expect(DateText.label(.day(d), basis: .resolved) == "Wed 14 Aug")
        #expect(DateText.label(.day(d), basis: .reported) == "~14 Aug")
        #expect(DateText.label(.week(containing: d), basis: .explicit) == "wk 33")
        #expect(DateText.label(TimeValue.month(year: 2024, month: 8)!, basis: .explicit) == "Aug 2024")
        #expect(DateText.parse("14 Aug", defaultYear: 2024) == d)
        #expect(DateText.parse("aug 14", defaultYear: 2024) == d)
        #expect(DateText.parse("2024-08-14", defaultYear: 1999) == d)
        #expect(DateText.parse("August 14th, 2024", defaultYear: 1999) == d)
        #expect(DateText.parse("nonsense", defaultYear: 2024) == nil)
    }

    @Test func benchmarkRuns() {
        let report = BrowserBenchmark.run(model: Fixtures.large(count: 300), width: 120, height: 40, keystrokes: 80)
        #expect(report.keystrokes == 80)
        #expect(report.firstFrameMs > 0 && report.keystrokeP50Ms > 0 && report.keystrokeP99Ms >= report.keystrokeP50Ms)
    }
}

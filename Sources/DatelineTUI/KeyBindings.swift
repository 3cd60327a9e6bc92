/// Where a key is read.
public enum KeyContext: String, CaseIterable, Sendable {
    case timeline = "Timeline"
    case detail = "Detail (sources)"
    case article = "Article"
    case picker = "Region picker"
    case prompt = "Prompts (/ and d)"
    case help = "Help"
}

public enum Action: String, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, halfDown, halfUp, top, bottom
    case left, right
    case nextPane, prevPane
    case open, openPassage
    case back, quit
    case toggleBackground
    case filter, clearFilter
    case search, searchNext, searchPrev
    case jumpDate
    case help
    case nextCited, prevCited
    case toggle, apply, cancel
    case accept, erase, clearInput
}

public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var contexts: [KeyContext]
    public var help: String
}

/// THE table: the update function looks keys up here and the help screen is generated from it.
public enum KeyBindings {
    static let browse: [KeyContext] = [.timeline, .detail]
    static let scrolling: [KeyContext] = [.timeline, .detail, .article, .picker, .help]

    public static let table: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], action: .moveDown, contexts: scrolling, help: "next incident / passage / line"),
        KeyBinding(keys: [.char("k"), .up], action: .moveUp, contexts: scrolling, help: "previous incident / passage / line"),
        KeyBinding(keys: [.pageDown, .char(" ")], action: .pageDown, contexts: [.timeline, .detail, .article, .help], help: "page down"),
        KeyBinding(keys: [.pageDown], action: .pageDown, contexts: [.picker], help: "page down"),
        KeyBinding(keys: [.pageUp], action: .pageUp, contexts: scrolling, help: "page up"),
        KeyBinding(keys: [.ctrl("d")], action: .halfDown, contexts: scrolling, help: "half a page down"),
        KeyBinding(keys: [.ctrl("u")], action: .halfUp, contexts: [.timeline, .detail, .article, .picker, .help], help: "half a page up"),
        KeyBinding(keys: [.char("g"), .home], action: .top, contexts: scrolling, help: "first"),
        KeyBinding(keys: [.char("G"), .end], action: .bottom, contexts: scrolling, help: "last"),
        KeyBinding(keys: [.char("h"), .left], action: .left, contexts: [.detail], help: "previous outlet (scrolls sideways)"),
        KeyBinding(keys: [.char("l"), .right], action: .right, contexts: [.detail], help: "next outlet (scrolls sideways)"),
        KeyBinding(keys: [.tab], action: .nextPane, contexts: browse, help: "next pane (timeline ↔ sources)"),
        KeyBinding(keys: [.backTab], action: .prevPane, contexts: browse, help: "previous pane"),
        KeyBinding(keys: [.enter], action: .open, contexts: [.timeline], help: "go to the sources of the incident"),
        KeyBinding(keys: [.char("o")], action: .openPassage, contexts: [.timeline], help: "open the dating passage's article"),
        KeyBinding(keys: [.enter, .char("o")], action: .openPassage, contexts: [.detail], help: "open the selected passage's article"),
        KeyBinding(keys: [.char("b")], action: .toggleBackground, contexts: browse, help: "show / hide background incidents"),
        KeyBinding(keys: [.char("f")], action: .filter, contexts: browse, help: "filter by region (picker)"),
        KeyBinding(keys: [.char("F")], action: .clearFilter, contexts: browse, help: "clear the region filter"),
        KeyBinding(keys: [.char("/")], action: .search, contexts: browse, help: "search headlines and passages"),
        KeyBinding(keys: [.char("n")], action: .searchNext, contexts: browse, help: "next search match"),
        KeyBinding(keys: [.char("N")], action: .searchPrev, contexts: browse, help: "previous search match"),
        KeyBinding(keys: [.char("d")], action: .jumpDate, contexts: browse, help: "jump to a date (2024-08-14, 14 Aug, aug 14)"),
        KeyBinding(keys: [.char("n")], action: .nextCited, contexts: [.article], help: "next cited sentence"),
        KeyBinding(keys: [.char("N")], action: .prevCited, contexts: [.article], help: "previous cited sentence"),
        KeyBinding(keys: [.char(" ")], action: .toggle, contexts: [.picker], help: "toggle the region"),
        KeyBinding(keys: [.enter], action: .apply, contexts: [.picker], help: "apply the filter"),
        KeyBinding(keys: [.char("?")], action: .help, contexts: [.timeline, .detail, .article, .picker], help: "this help"),
        KeyBinding(keys: [.enter], action: .accept, contexts: [.prompt], help: "accept"),
        KeyBinding(keys: [.backspace], action: .erase, contexts: [.prompt], help: "erase a character"),
        KeyBinding(keys: [.ctrl("u")], action: .clearInput, contexts: [.prompt], help: "clear the input"),
        KeyBinding(keys: [.escape], action: .cancel, contexts: [.prompt, .picker], help: "cancel"),
        KeyBinding(keys: [.char("q")], action: .cancel, contexts: [.picker], help: "cancel"),
        KeyBinding(keys: [.char("q"), .escape], action: .back, contexts: [.article, .help, .detail], help: "back to where you were"),
        KeyBinding(keys: [.char("?")], action: .back, contexts: [.help], help: "close the help"),
        KeyBinding(keys: [.char("q"), .ctrl("c")], action: .quit, contexts: [.timeline], help: "quit"),
    ]

    /// The action bound to `key` in `context`, if any (first entry wins).
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        lookup[context]?[key]
    }

    static let lookup: [KeyContext: [Key: Action]] = {
        var map: [KeyContext: [Key: Action]] = [:]
        for binding in table {
            for context in binding.contexts {
                for key in binding.keys where map[context]?[key] == nil { map[context, default: [:]][key] = binding.action }
            }
        }
        return map
    }()

    /// Help lines generated from the table, by context.
    public static func helpSections() -> [(context: KeyContext, rows: [(keys: String, help: String)])] {
        KeyContext.allCases.map { context in
            var rows: [(String, String)] = []
            for binding in table where binding.contexts.contains(context) {
                let keys = binding.keys.filter { lookup[context]?[$0] == binding.action }
                guard !keys.isEmpty else { continue }
                rows.append((keys.map(\.name).joined(separator: " "), binding.help))
            }
            return (context, rows)
        }
    }

    /// Mouse and command-line notes shown under the table.
    public static let notes: [String] = [
        "Mouse: click selects an incident or a passage, the wheel scrolls.",
        "Ctrl-C quits from anywhere; Ctrl-Z suspends (fg resumes).",
        "Start filtered: dateline browse --region kursk (repeatable; prefix/contains match).",
    ]
}

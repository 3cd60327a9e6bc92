import DatelineCore

public enum Pane: Sendable, Equatable {
    case timeline, detail
}

/// Selection and scroll of the detail pane.
public struct DetailState: Sendable, Equatable {
    /// Selected outlet column and passage within it.
    public var column = 0
    public var passage = 0
    /// First detail line shown.
    public var scroll = 0
    /// First outlet column shown (sideways scroll).
    public var columnOffset = 0
}

/// The article opened on a cited passage.
public struct ArticleViewState: Sendable, Equatable {
    public var articleID: String
    /// The article's cited sentences (scalar ranges into its body), sorted.
    public var cited: [Range<Int>]
    /// The highlighted one.
    public var current: Int
    public var scroll: Int
}

public struct PickerState: Sendable, Equatable {
    public var cursor = 0
    public var scroll = 0
    public var checked: Set<String>
}

public enum PromptKind: Sendable, Equatable {
    case search, date
}

public struct PromptState: Sendable, Equatable {
    public var kind: PromptKind
    public var text = ""
    /// Where the user was when the prompt opened (Esc goes back there).
    public var originSelected: Int
    public var originTop: Int
    public var originQuery: String
}

/// Views on top of the browser; `q`/Esc pops the top one.
public enum Overlay: Sendable, Equatable {
    case article(ArticleViewState)
    case help(scroll: Int)
    case picker(PickerState)
    case prompt(PromptState)
}

/// The whole state of the browser. Pure value; `update` changes it, `render` draws it. The
/// incidents themselves stay in the `source`, read a window at a time.
public struct BrowserState: Sendable {
    public let source: any TimelineSource
    public var spine: TimelineSpine { source.spine }
    /// Region names with the number of incidents naming each, most first (the picker's list).
    public var regionCounts: [(region: String, count: Int)] { spine.regionCounts }
    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var showBackground = false
    public internal(set) var regionFilter: Set<String> = []
    /// Positions (in the source's timeline order) of the incidents shown, in order.
    public internal(set) var visible: [Int] = []
    public internal(set) var rows = TimelineRows()
    /// Row of each visible incident.
    public var rowOfVisible: RowOfVisible { RowOfVisible(rows: rows) }
    /// Position in `visible` of the selected incident.
    public internal(set) var selected = 0
    public internal(set) var timelineTop = 0
    public internal(set) var focus: Pane = .timeline
    public internal(set) var detail = DetailState()
    public internal(set) var overlays: [Overlay] = []
    public internal(set) var query = ""
    /// Positions in `visible` matching `query`.
    public internal(set) var matches: [Int] = []
    /// The source's answer for the last query (filter changes reuse it).
    var searchHits: (query: String, positions: [Int]) = ("", [])
    public internal(set) var message: String?

    public init(model: EventModel, width: Int, height: Int, regions: [String] = []) {
        self.init(source: ModelSource(model: model), width: width, height: height, regions: regions)
    }

    public init(source: any TimelineSource, width: Int, height: Int, regions: [String] = []) {
        self.source = source
        self.width = width
        self.height = height
        var unknown: [String] = []
        for name in regions {
            let found = BrowserState.resolveRegion(name, among: source.spine.regionCounts.map(\.region))
            if found.isEmpty { unknown.append(name) } else { regionFilter.formUnion(found) }
        }
        if !unknown.isEmpty { message = "no region matches " + unknown.map { "'\($0)'" }.joined(separator: ", ") }
        recompute(keeping: nil)
    }

    /// Regions named by `query`: exact (case-insensitive), else by prefix, else containing it.
    public static func resolveRegion(_ query: String, among regions: [String]) -> [String] {
        let q = query.lowercased().trimmingCharacters(in: " ")
        guard !q.isEmpty else { return [] }
        let exact = regions.filter { $0.lowercased() == q }
        if !exact.isEmpty { return exact }
        let prefix = regions.filter { $0.lowercased().hasPrefix(q) }
        if !prefix.isEmpty { return prefix }
        return regions.filter { $0.lowercased().contains(q) }
    }

    // MARK: Derived

    /// The selected incident with its source columns (read from the source, which caches it).
    public var selectedDetail: IncidentDetail? {
        visible.indices.contains(selected) ? source.detail(at: visible[selected]) : nil
    }

    public var selectedIncident: Incident? { selectedDetail?.incident }

    /// Position of the selected incident in the source's timeline.
    public var selectedIncidentIndex: Int? {
        visible.indices.contains(selected) ? visible[selected] : nil
    }

    public var layout: Layout { Layout(width: width, height: height, detailFocused: focus == .detail) }

    public var context: KeyContext {
        switch overlays.last {
        case .article: return .article
        case .help: return .help
        case .picker: return .picker
        case .prompt: return .prompt
        case nil: return focus == .timeline ? .timeline : .detail
        }
    }

    /// Rebuilds `visible` and `rows` after a filter change; keeps the incident `keeping` selected
    /// when it is still shown, else the nearest one after it.
    mutating func recompute(keeping incident: Int?) {
        let shown = spine.visible(showBackground: showBackground, regions: regionFilter)
        visible = shown
        rows = TimelineRows(visible: shown, spine: spine)
        if let incident, let pos = shown.firstIndex(of: incident) {
            selected = pos
        } else if let incident, let pos = shown.firstIndex(where: { $0 > incident }) {
            selected = pos
        } else {
            selected = min(selected, max(0, shown.count - 1))
        }
        if incident == nil { selected = 0 }
        recomputeMatches()
        detail = DetailState()
        timelineTop = 0
        scrollTimelineToSelection()
    }

    mutating func recomputeMatches() {
        guard !query.isEmpty else { matches = []; return }
        if searchHits.query != query { searchHits = (query, source.search(query)) }
        var hit = [Bool](repeating: false, count: spine.count)
        for p in searchHits.positions where p < hit.count { hit[p] = true }
        matches = hit.withUnsafeBufferPointer { hit in visible.indices.filter { hit[visible[$0]] } }
    }

    mutating func scrollTimelineToSelection() {
        let h = layout.timeline.height
        guard h > 0, rowOfVisible.indices.contains(selected) else { timelineTop = 0; return }
        var row = rowOfVisible[selected]
        // Show the separator above the first incident of its day when we can.
        if row > 0, case .day = rows[row - 1], row - 1 < timelineTop { row -= 1 }
        if row < timelineTop { timelineTop = row }
        if rowOfVisible[selected] >= timelineTop + h { timelineTop = rowOfVisible[selected] - h + 1 }
        timelineTop = max(0, min(timelineTop, max(0, rows.count - h)))
    }
}

/// Where each part of the browser goes for a terminal size.
public struct Layout: Sendable, Equatable {
    public struct Area: Sendable, Equatable {
        public var x: Int, y: Int, width: Int, height: Int
        public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
    }

    public static let minWidth = 60
    public static let minHeight = 15

    public let width: Int
    public let height: Int
    /// The sources pane has the focus: it takes most of the height, the timeline keeps a few rows.
    public var detailFocused = false

    public init(width: Int, height: Int, detailFocused: Bool = false) {
        self.width = width
        self.height = height
        self.detailFocused = detailFocused
    }

    public var tooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }

    public var title: Area { Area(x: 0, y: 0, width: width, height: 1) }
    public var timeline: Area {
        Area(x: 0, y: 1, width: width, height: max(3, detailFocused ? (height - 3) / 4 : (height - 3) * 9 / 20))
    }
    public var detailRule: Area { Area(x: 0, y: timeline.y + timeline.height, width: width, height: 1) }
    public var detail: Area {
        let y = detailRule.y + 1
        return Area(x: 0, y: y, width: width, height: max(1, height - 1 - y))
    }
    public var status: Area { Area(x: 0, y: height - 1, width: width, height: 1) }
    /// Full screen below the title, above the status line (article, help, picker).
    public var body: Area { Area(x: 0, y: 1, width: width, height: max(1, height - 2)) }
}

/// A colour of the 256-colour palette, or the terminal's default.
/// The backend degrades palette colours to 8 colours or drops them (NO_COLOR).
public enum Color: Hashable, Sendable {
    case `default`
    case indexed(UInt8)
}

/// Text attributes that survive without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let underline = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
}

public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var attrs: Attributes

    public init(fg: Color = .default, bg: Color = .default, attrs: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    public static let plain = Style()

    public func with(_ extra: Attributes) -> Style {
        var s = self
        s.attrs.formUnion(extra)
        return s
    }

    /// Lays `other` over this style: its colours win where set, attributes add up.
    public func overlaid(by other: Style) -> Style {
        Style(fg: other.fg == .default ? fg : other.fg,
              bg: other.bg == .default ? bg : other.bg,
              attrs: attrs.union(other.attrs))
    }
}

/// The roles the views draw with. Every role stays readable with attributes alone.
public enum Theme {
    public static let title = Style(fg: .indexed(15), bg: .indexed(24), attrs: [.bold])
    public static let status = Style(fg: .indexed(15), bg: .indexed(238), attrs: [.reverse])
    public static let statusPlain = Style(attrs: [.reverse])
    public static let selected = Style(attrs: [.reverse])
    public static let selectedDim = Style(attrs: [.bold])
    public static let separator = Style(fg: .indexed(244), attrs: [.dim])
    public static let dayLabel = Style(fg: .indexed(180), attrs: [.bold])
    public static let date = Style(fg: .indexed(110))
    public static let reportedDate = Style(fg: .indexed(244))
    public static let sources = Style(fg: .indexed(250))
    public static let disagree = Style(fg: .indexed(196), attrs: [.bold])
    public static let background = Style(fg: .indexed(244), attrs: [.dim])
    public static let heading = Style(attrs: [.bold])
    public static let label = Style(fg: .indexed(180), attrs: [.bold])
    public static let timePhrase = Style(fg: .indexed(16), bg: .indexed(186), attrs: [.bold, .underline])
    public static let figure = Style(fg: .indexed(16), bg: .indexed(152), attrs: [.bold])
    public static let searchMatch = Style(fg: .indexed(16), bg: .indexed(214), attrs: [.underline, .bold])
    public static let citedSentence = Style(fg: .indexed(16), bg: .indexed(229), attrs: [.bold])
    public static let otherCited = Style(attrs: [.underline])
    public static let passageSelected = Style(fg: .indexed(15), bg: .indexed(24), attrs: [.bold])
    public static let outletHeader = Style(fg: .indexed(117), attrs: [.bold, .underline])
    public static let dim = Style(attrs: [.dim])
    public static let error = Style(fg: .indexed(196), attrs: [.bold])
    public static let key = Style(fg: .indexed(117), attrs: [.bold])

    /// Distinct, readable colours for region tags.
    static let regionPalette: [UInt8] = [214, 81, 149, 205, 141, 222, 44, 209, 111, 186, 167, 79]

    public static func region(_ colorIndex: Int) -> Style {
        Style(fg: .indexed(regionPalette[colorIndex % regionPalette.count]), attrs: [.bold])
    }
}

/// A key as the browser understands it, independent of curses.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl with a letter, lower-case (`ctrl("d")`).
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete

    /// How the help screen writes it.
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        }
    }
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown
}

public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var button: MouseButton
    public init(x: Int, y: Int, button: MouseButton) {
        self.x = x
        self.y = y
        self.button = button
    }
}

/// Everything that can happen to the browser.
public enum Message: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

/// What the runner should do after an update.
public enum Effect: Equatable, Sendable {
    case none
    case quit
}

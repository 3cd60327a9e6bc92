@preconcurrency import CNcurses
import DatelineTUI
import Glibc

/// The only file that talks to ncurses: starts and ends curses, draws the cells that changed
/// since the last frame with the wide-character API, and turns input into `Message`s.
final class CursesBackend {
    enum ColorMode { case none, eight, full }

    private(set) var colorMode: ColorMode = .none
    private var screen: OpaquePointer?
    private var last: Grid?
    private var pairs: [UInt32: Int32] = [:]
    private var nextPair: Int32 = 1
    private var maxPairs: Int32 = 0

    /// Starts curses on the controlling terminal; nil when the terminal cannot be opened.
    static func start(noColor: Bool) -> CursesBackend? {
        setlocale(LC_ALL, "")
        let backend = CursesBackend()
        guard let out = fdopen(1, "w"), let input = fdopen(0, "r") else { return nil }
        guard let screen = newterm(nil, out, input) else { return nil }
        backend.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        intrflush(dl_stdscr(), false)
        keypad(dl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(dl_stdscr(), 100)
        dl_enable_mouse()
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            backend.colorMode = dl_colors() >= 256 ? .full : .eight
            backend.maxPairs = dl_color_pairs()
        }
        return backend
    }

    var width: Int { Int(dl_cols()) }
    var height: Int { Int(dl_lines()) }

    /// Draws the frame: only the cells that differ from the previous one.
    func draw(_ grid: Grid) {
        let changed = grid.changedCells(since: last)
        if last == nil || last?.width != grid.width || last?.height != grid.height { werase(dl_stdscr()) }
        var buffer: [wchar_t] = []
        buffer.reserveCapacity(8)
        for i in changed {
            let cell = grid.cells[i]
            if cell.isContinuation { continue }
            let y = Int32(i / grid.width), x = Int32(i % grid.width)
            // The last cell of the screen scrolls on some terminals when written with the cursor
            // advancing; ncurses handles it, errors there are harmless.
            buffer.removeAll(keepingCapacity: true)
            // setcchar takes at most CCHARW_MAX (5) characters: the base and its first marks.
            for s in cell.text.unicodeScalars.prefix(5) { buffer.append(wchar_t(bitPattern: s.value)) }
            if buffer.isEmpty { buffer.append(32) }
            // The layout's width table is the law: when libc (thus ncurses) would count the
            // grapheme differently, draw a stand-in of the right width rather than shift the row.
            if Int(dl_wcwidth(buffer[0])) != Int(cell.width) {
                buffer = [cell.width == 2 ? 0xFF1F : 0x3F]
            }
            buffer.append(0)
            let (attrs, pair) = attributes(cell.style)
            _ = dl_put_cell(y, x, buffer, attrs, pair)
        }
        last = grid
        wrefresh(dl_stdscr())
    }

    /// Forgets what is on screen: the next `draw` repaints every cell.
    func invalidate() {
        last = nil
        clearok(dl_stdscr(), true)
    }

    private func attributes(_ style: Style) -> (Int32, Int32) {
        var a: Int32 = 0
        if style.attrs.contains(.bold) { a |= dl_attr_bold() }
        if style.attrs.contains(.underline) { a |= dl_attr_underline() }
        if style.attrs.contains(.reverse) { a |= dl_attr_reverse() }
        if style.attrs.contains(.dim) { a |= dl_attr_dim() }
        guard colorMode != .none else { return (a, 0) }
        let fg = color(style.fg), bg = color(style.bg)
        if fg == -1 && bg == -1 { return (a, 0) }
        let key = UInt32(UInt16(bitPattern: Int16(fg))) << 16 | UInt32(UInt16(bitPattern: Int16(bg)))
        if let p = pairs[key] { return (a, p) }
        guard nextPair < maxPairs, nextPair < 32767 else { return (a, 0) }
        let p = nextPair
        nextPair += 1
        init_pair(Int16(p), Int16(fg), Int16(bg))
        pairs[key] = p
        return (a, p)
    }

    private func color(_ c: Color) -> Int32 {
        guard case .indexed(let i) = c else { return -1 }
        if colorMode == .full { return Int32(i) }
        return Int32(CursesBackend.eightColor(i))
    }

    /// Nearest of the 8 basic colours for a 256-palette index.
    static func eightColor(_ i: UInt8) -> Int {
        if i < 16 { return Int(i % 8) }
        var r = 0, g = 0, b = 0
        if i >= 232 {
            let level = Int(i - 232) * 10 + 8
            r = level; g = level; b = level
        } else {
            let v = Int(i) - 16
            let steps = [0, 95, 135, 175, 215, 255]
            r = steps[v / 36]; g = steps[(v / 6) % 6]; b = steps[v % 6]
        }
        // COLOR_BLACK 0, RED 1, GREEN 2, YELLOW 3, BLUE 4, MAGENTA 5, CYAN 6, WHITE 7
        let bits = (r > 127 ? 1 : 0) | (g > 127 ? 2 : 0) | (b > 127 ? 4 : 0)
        return bits
    }

    enum Input {
        case message(Message)
        case none
    }

    /// Waits up to the input timeout (100 ms) for a key, mouse event or resize.
    func read() -> Input {
        var code: Int32 = 0
        let r = dl_get_wch(&code)
        if r == ERR { return .none }
        if r == KEY_CODE_YES {
            switch code {
            case KEY_RESIZE: return .message(.resize(width: width, height: height))
            case KEY_MOUSE:
                var x: Int32 = 0, y: Int32 = 0
                switch dl_get_mouse(&x, &y) {
                case 1: return .message(.mouse(MouseEvent(x: Int(x), y: Int(y), button: .left)))
                case 2: return .message(.mouse(MouseEvent(x: Int(x), y: Int(y), button: .wheelUp)))
                case 3: return .message(.mouse(MouseEvent(x: Int(x), y: Int(y), button: .wheelDown)))
                default: return .none
                }
            case KEY_UP: return .message(.key(.up))
            case KEY_DOWN: return .message(.key(.down))
            case KEY_LEFT: return .message(.key(.left))
            case KEY_RIGHT: return .message(.key(.right))
            case KEY_NPAGE: return .message(.key(.pageDown))
            case KEY_PPAGE: return .message(.key(.pageUp))
            case KEY_HOME: return .message(.key(.home))
            case KEY_END: return .message(.key(.end))
            case KEY_ENTER: return .message(.key(.enter))
            case KEY_BACKSPACE: return .message(.key(.backspace))
            case KEY_DC: return .message(.key(.delete))
            case KEY_BTAB: return .message(.key(.backTab))
            default: return .none
            }
        }
        switch code {
        case 0x0D, 0x0A: return .message(.key(.enter))
        case 0x1B: return .message(.key(.escape))
        case 0x09: return .message(.key(.tab))
        case 0x7F, 0x08: return .message(.key(.backspace))
        case 1...26:
            return .message(.key(.ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))))
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return .none }
            return .message(.key(.char(Character(scalar))))
        }
    }

    /// True when the terminal went away (its pty closed): reads would return end-of-file forever.
    /// Only the session leader gets SIGHUP then, so the run loop asks.
    var terminalHungUp: Bool {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return false }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Ctrl-Z: leave curses, stop for real (default SIGTSTP), and come back with a full redraw.
    func suspend() {
        TerminalGuard.redrawRequested = 0
        endwin()
        // When the shell took the terminal back first (the job's other processes stopped at
        // once), endwin itself was stopped by SIGTTOU and `fg` already continued us: stopping
        // again would need a second `fg`.
        if TerminalGuard.redrawRequested == 0 {
            TerminalGuard.stopProcess()
        } else {
            TerminalGuard.suspendRequested = 0
        }
        wrefresh(dl_stdscr())
        dl_enable_mouse()
        curs_set(0)
        invalidate()
    }

    func stop() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
    }
}

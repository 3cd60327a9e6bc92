/// One terminal cell: a grapheme (empty for the right half of a wide one) and its style.
public struct Cell: Hashable, Sendable {
    /// A single grapheme cluster; "" marks the continuation of the wide grapheme to the left.
    public var text: String
    public var style: Style
    /// 1 or 2 for a grapheme, 0 for a continuation cell.
    public var width: UInt8

    public init(text: String, style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell(text: " ")
    public var isContinuation: Bool { width == 0 }
}

/// A grapheme with its display width and style, ready to be placed.
public struct StyledChar: Hashable, Sendable {
    public var ch: Character
    public var width: Int
    public var style: Style
    /// Offset (Unicode scalars) of the grapheme in the raw text it came from, or -1.
    public var origin: Int

    public init(_ ch: Character, width: Int, style: Style, origin: Int = -1) {
        self.ch = ch
        self.width = width
        self.style = style
        self.origin = origin
    }
}

public typealias StyledLine = [StyledChar]

/// The frame a view renders into: pure, comparable, printable as text.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Places one grapheme of the given width at (x, y). A wide grapheme that does not fit
    /// becomes a space; overwriting half of a wide grapheme blanks the other half.
    @discardableResult
    public mutating func put(_ ch: Character, width w: Int, x: Int, y: Int, style: Style) -> Int {
        guard y >= 0, y < height, x >= 0, x < width, w > 0 else { return x + max(w, 0) }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = Cell(text: " ", style: cells[i + 1].style) }
        if w == 2 {
            if x + 1 >= width {
                cells[i] = Cell(text: " ", style: style)
                return x + 2
            }
            if cells[i + 1].width == 2, x + 2 < width { cells[i + 2] = Cell(text: " ", style: cells[i + 2].style) }
            cells[i] = Cell(text: String(ch), style: style, width: 2)
            cells[i + 1] = Cell(text: "", style: style, width: 0)
            return x + 2
        }
        cells[i] = Cell(text: String(ch), style: style, width: 1)
        return x + 1
    }

    /// Writes text (sanitised here) from (x, y), clipped at `x + maxWidth`. Returns the next column.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        write(Text.styled(text, style: style), x: x, y: y, maxWidth: maxWidth)
    }

    @discardableResult
    public mutating func write(_ line: StyledLine, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        let limit = min(width, x + (maxWidth ?? width))
        var cx = x
        for sc in line {
            if sc.width == 0 { continue }
            if cx + sc.width > limit { break }
            cx = put(sc.ch, width: sc.width, x: cx, y: y, style: sc.style)
        }
        return cx
    }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain, char: Character = " ") {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { put(char, width: 1, x: xx, y: yy, style: style) }
        }
    }

    public mutating func fillRow(_ y: Int, style: Style) {
        fill(x: 0, y: y, width: width, height: 1, style: style)
    }

    /// The rows as plain text, continuation cells skipped, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !self[x: x, y: y].isContinuation { s += self[x: x, y: y].text }
            return s
        }
    }

    /// The rows as text with trailing spaces trimmed (what snapshots store).
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    /// Indices of cells that differ from `old` (all of them when the sizes differ).
    public func changedCells(since old: Grid?) -> [Int] {
        guard let old, old.width == width, old.height == height else { return Array(cells.indices) }
        var changed: [Int] = []
        for i in cells.indices where cells[i] != old.cells[i] { changed.append(i) }
        return changed
    }
}

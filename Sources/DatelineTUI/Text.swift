/// Styling, wrapping and clipping of text for the views. All text goes through the sanitiser here.
public enum Text {
    /// Sanitised graphemes of `raw` in one style.
    public static func styled(_ raw: String, style: Style) -> StyledLine {
        styled(raw, style: style, maxWidth: Int.max)
    }

    /// The same, stopping once the line is wider than `maxWidth` columns: what `truncate` or
    /// `pad` to that width keeps is unchanged, and a long headline is not styled whole per frame.
    public static func styled(_ raw: String, style: Style, maxWidth: Int) -> StyledLine {
        let clean = Sanitizer.clean(raw)
        var line: StyledLine = []
        line.reserveCapacity(min(clean.utf8.count, maxWidth == Int.max ? Int.max : maxWidth + 1))
        // Printable ASCII (most text): one byte is one grapheme one column wide, no need to
        // find grapheme boundaries or look up widths.
        if isPrintableASCII(clean) {
            for byte in clean.utf8 {
                line.append(StyledChar(asciiCharacters[Int(byte)], width: 1, style: style))
                if line.count > maxWidth { break }
            }
            return line
        }
        var width = 0
        for ch in clean {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            line.append(StyledChar(ch, width: w, style: style))
            width += w
            if width > maxWidth { break }
        }
        return line
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Each ASCII byte as a `Character`, made once (not a string per byte per frame).
    static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Sanitised graphemes of `raw`, where `highlights` (ranges of Unicode-scalar offsets into
    /// `raw`) restyle the graphemes they cover; later highlights win.
    public static func styled(_ raw: String, style: Style, highlights: [(range: Range<Int>, style: Style)],
                              rawOffset: Int = 0) -> StyledLine {
        // Printable ASCII: the sanitiser keeps every byte, each one grapheme at its own offset.
        if isPrintableASCII(raw) {
            let n = raw.utf8.count
            var styles = [Style](repeating: style, count: n)
            for h in highlights {
                for offset in h.range.clamped(to: rawOffset..<(rawOffset + n)) {
                    styles[offset - rawOffset] = styles[offset - rawOffset].overlaid(by: h.style)
                }
            }
            var line: StyledLine = []
            line.reserveCapacity(n)
            for (i, byte) in raw.utf8.enumerated() {
                line.append(StyledChar(asciiCharacters[Int(byte)], width: 1, style: styles[i], origin: i + rawOffset))
            }
            return line
        }
        let (scalars, origins) = Sanitizer.cleanWithOrigins(raw)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let clean = String(view)
        var line: StyledLine = []
        // Which highlights cover each offset, in order. Why: testing every highlight at every
        // character made a 10,000-word sentence with a thousand dates quadratic (seconds a frame).
        var covering: [Int: [Int]] = [:]
        let rawRange = rawOffset..<(rawOffset + (origins.last.map { $0 + 1 } ?? 0))
        for (k, h) in highlights.enumerated() {
            let r = h.range.clamped(to: rawRange)
            for offset in r { covering[offset, default: []].append(k) }
        }
        var si = 0
        for ch in clean {
            let count = ch.unicodeScalars.count
            let origin = si < origins.count ? origins[si] + rawOffset : 0
            si += count
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            var s = style
            for k in covering[origin] ?? [] { s = s.overlaid(by: highlights[k].style) }
            line.append(StyledChar(ch, width: w, style: s, origin: origin))
        }
        return line
    }

    /// Range of `phrase` in `text` (Unicode-scalar offsets): at `start..<end` when it is there,
    /// else its first occurrence; nil when absent.
    public static func phraseRange(_ phrase: String, start: Int, end: Int, in text: String) -> Range<Int>? {
        phraseRange(phrase, start: start, end: end, in: Array(text.unicodeScalars))
    }

    /// The same over scalars made once by the caller (a passage with many figures scans once).
    public static func phraseRange(_ phrase: String, start: Int, end: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let p = Array(phrase.unicodeScalars)
        guard !p.isEmpty, p.count <= scalars.count else { return nil }
        if start >= 0, end <= scalars.count, end - start == p.count, Array(scalars[start..<end]) == p { return start..<end }
        var i = 0
        while i + p.count <= scalars.count {
            if scalars[i] == p[0], Array(scalars[i..<i + p.count]) == p { return i..<i + p.count }
            i += 1
        }
        return nil
    }

    /// Restyles case-insensitive occurrences of `query` in the line.
    public static func markMatches(_ line: inout StyledLine, query: String, style: Style = Theme.searchMatch) {
        let q = Array(query.lowercased())
        guard !q.isEmpty, line.count >= q.count else { return }
        let lowered = line.map { Character($0.ch.lowercased().count == 1 ? $0.ch.lowercased() : String($0.ch)) }
        var i = 0
        while i + q.count <= lowered.count {
            var ok = true
            for j in 0..<q.count where lowered[i + j] != q[j] { ok = false; break }
            if ok {
                for j in 0..<q.count { line[i + j].style = line[i + j].style.overlaid(by: style) }
                i += q.count
            } else {
                i += 1
            }
        }
    }

    public static func width(_ line: StyledLine) -> Int { line.reduce(0) { $0 + $1.width } }

    /// Greedy word wrap into lines of at most `width` columns; over-long words are broken.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        var current: StyledLine = []
        var currentWidth = 0
        var i = 0
        let n = line.count
        while i < n {
            // One word (non-space run) and the spaces after it.
            var j = i
            var wordWidth = 0
            while j < n, line[j].ch != " " { wordWidth += line[j].width; j += 1 }
            let word = line[i..<j]
            if currentWidth + wordWidth > width, currentWidth > 0 {
                while current.last?.ch == " " { current.removeLast(); currentWidth -= 1 }
                lines.append(current)
                current = []
                currentWidth = 0
            }
            if wordWidth > width {
                for sc in word {
                    if currentWidth + sc.width > width {
                        lines.append(current)
                        current = []
                        currentWidth = 0
                    }
                    current.append(sc)
                    currentWidth += sc.width
                }
            } else {
                current.append(contentsOf: word)
                currentWidth += wordWidth
            }
            // Spaces.
            while j < n, line[j].ch == " " {
                if currentWidth < width, currentWidth > 0 {
                    current.append(line[j])
                    currentWidth += 1
                }
                j += 1
            }
            i = j
        }
        while current.last?.ch == " " { current.removeLast() }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Clips to `width` columns, ending with "…" when something was cut.
    public static func truncate(_ line: StyledLine, width: Int) -> StyledLine {
        guard width > 0 else { return [] }
        if Text.width(line) <= width { return line }
        var out: StyledLine = []
        var w = 0
        for sc in line {
            if w + sc.width > width - 1 { break }
            out.append(sc)
            w += sc.width
        }
        out.append(StyledChar("…", width: 1, style: line.last?.style ?? .plain))
        return out
    }

    /// Pads with spaces to exactly `width` columns (clipping first).
    public static func pad(_ line: StyledLine, width: Int, style: Style = .plain) -> StyledLine {
        var out = line
        var w = Text.width(line)
        if w > width {
            out = truncate(line, width: width)
            w = Text.width(out)
        }
        if w < width { out.append(contentsOf: Array(repeating: StyledChar(" ", width: 1, style: style), count: width - w)) }
        return out
    }
}

extension Array where Element == StyledChar {
    /// Appends sanitised text in a style.
    mutating func add(_ text: String, _ style: Style = .plain) {
        append(contentsOf: Text.styled(text, style: style))
    }
}

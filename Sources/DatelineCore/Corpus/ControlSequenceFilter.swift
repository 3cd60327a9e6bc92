/// Removes terminal control sequences and control characters from an article as it is loaded:
/// whole ESC sequences (CSI, OSC — clipboard writes, title changes, hyperlinks —, DCS, SOS, PM,
/// APC) with their payloads, C1 controls, and C0 controls other than tab and newline. NEL
/// (U+0085) becomes a newline.
///
/// Why at load time and not only in the browser: sentences are cut from the body, and a cut
/// inside an OSC string would leave its payload ("52;c;…", a window title) as ordinary text that
/// no later per-sentence sanitiser could recognise. A control string ends at BEL, ST or the end of
/// its line: unterminated, it must not swallow the rest of the article.
enum ControlSequenceFilter {
    /// Nil when there is nothing to remove (the common case: no scalar is copied).
    static func filter(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return nil }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let v = s[i].value
            switch v {
            case 0x1B: i = EscapeSequence.skipEscape(s, from: i, stopAtNewline: true)
            case 0x9B: i = EscapeSequence.skipCSI(s, from: i + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: i = EscapeSequence.skipString(s, from: i + 1, stopAtNewline: true)
            case 0x85: out.append("\n"); i += 1
            default:
                if !isControl(v) { out.append(s[i]) }
                i += 1
            }
        }
        return String(out)
    }

    static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

}

/// The extent of terminal escape sequences (ECMA-48): one parser for the loader's filter and the
/// browser's sanitiser, so the two cannot drift apart.
public enum EscapeSequence {
    /// ESC at `from`: the index after the whole sequence. `stopAtNewline`: an unterminated control
    /// string ends at its line (the loader, which sees whole articles) rather than at the end.
    public static func skipEscape(_ s: [Unicode.Scalar], from: Int, stopAtNewline: Bool) -> Int {
        var i = from + 1
        guard i < s.count else { return i }
        switch s[i].value {
        case 0x5B: return skipCSI(s, from: i + 1)                                                        // ESC [
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return skipString(s, from: i + 1, stopAtNewline: stopAtNewline) // ESC ] P X ^ _
        default:
            // nF: intermediates 0x20–0x2F then one final byte; Fp/Fe/Fs: one byte.
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x30...0x7E).contains(s[i].value) { i += 1 }
            return i
        }
    }

    /// Parameters 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E; malformed: stops there
    /// (the rest is ordinary text; its controls are still dropped).
    public static func skipCSI(_ s: [Unicode.Scalar], from: Int) -> Int {
        var i = from
        while i < s.count {
            let v = s[i].value
            if (0x20...0x3F).contains(v) { i += 1; continue }
            if (0x40...0x7E).contains(v) { return i + 1 }
            return i
        }
        return i
    }

    /// To BEL, ST (ESC \ or C1 ST), or unterminated to the end of the text (or of the line, the
    /// newline kept, with `stopAtNewline`).
    public static func skipString(_ s: [Unicode.Scalar], from: Int, stopAtNewline: Bool) -> Int {
        var i = from
        while i < s.count {
            let v = s[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B { return i + 1 < s.count && s[i + 1].value == 0x5C ? i + 2 : i + 1 }
            if stopAtNewline && v == 0x0A { return i }
            i += 1
        }
        return i
    }
}

/// Makes text from articles safe to place in cells: drops control characters and whole
/// escape sequences (CSI, OSC — including OSC 52 and title changes —, DCS, SOS, PM, APC),
/// bidi embeddings/overrides/isolates, zero-width characters and soft hyphens; turns tabs,
/// newlines and line/paragraph separators into spaces.
public enum Sanitizer {
    /// The sanitised text.
    public static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var out = String.UnicodeScalarView()
        process(Array(text.unicodeScalars)) { scalar, _ in out.append(scalar) }
        return String(out)
    }

    /// The sanitised scalars with, for each, the offset (in Unicode scalars) of the input scalar it came from.
    public static func cleanWithOrigins(_ text: String) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        process(Array(text.unicodeScalars)) { s, i in
            scalars.append(s)
            origins.append(i)
        }
        return (scalars, origins)
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Scalars that never reach a cell.
    public static func isDropped(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xAD: return true                                  // soft hyphen
        case 0x200B...0x200F: return true                       // zero-width space/joiners, LRM, RLM
        case 0x202A...0x202E: return true                       // bidi embeddings and overrides
        case 0x2060...0x2064, 0x2066...0x2069: return true      // word joiner, invisible operators, isolates
        case 0x061C, 0xFEFF, 0x180E: return true                 // ALM, BOM/ZWNBSP, Mongolian vowel separator
        case 0xFFF9...0xFFFB: return true                       // interlinear annotation
        default: return false
        }
    }

    static func process(_ input: [Unicode.Scalar], emit: (Unicode.Scalar, Int) -> Void) {
        var i = 0
        let n = input.count
        let space = Unicode.Scalar(0x20)!
        var lastWasSpaceFromControl = false
        while i < n {
            let v = input[i].value
            switch v {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029, 0x85:
                if !lastWasSpaceFromControl || (v != 0x0A) { emit(space, i) }
                lastWasSpaceFromControl = v == 0x0D
                i += 1
                continue
            case 0x1B:
                i = skipEscape(input, from: i)
                lastWasSpaceFromControl = false
                continue
            case 0x9B:  // C1 CSI
                i = skipCSI(input, from: i + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // C1 DCS, SOS, OSC, PM, APC
                i = skipString(input, from: i + 1)
                continue
            default:
                break
            }
            lastWasSpaceFromControl = false
            if isDropped(v) { i += 1; continue }
            emit(input[i], i)
            i += 1
        }
    }

    /// ESC at `from`: returns the index after the whole sequence.
    static func skipEscape(_ s: [Unicode.Scalar], from: Int) -> Int {
        var i = from + 1
        guard i < s.count else { return i }
        switch s[i].value {
        case 0x5B: return skipCSI(s, from: i + 1)                           // ESC [
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return skipString(s, from: i + 1) // ESC ] P X ^ _
        default:
            // nF sequences: intermediates 0x20–0x2F then one final byte; Fp/Fe/Fs: one byte.
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x30...0x7E).contains(s[i].value) { i += 1 }
            return i
        }
    }

    /// Parameters 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E.
    static func skipCSI(_ s: [Unicode.Scalar], from: Int) -> Int {
        var i = from
        while i < s.count {
            let v = s[i].value
            if (0x20...0x3F).contains(v) { i += 1; continue }
            if (0x40...0x7E).contains(v) { return i + 1 }
            return i  // malformed: stop here, the rest is ordinary text (controls still dropped)
        }
        return i
    }

    /// A control string runs to BEL, ST (ESC \) or C1 ST; unterminated, to the end of the text.
    static func skipString(_ s: [Unicode.Scalar], from: Int) -> Int {
        var i = from
        while i < s.count {
            let v = s[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B { return i + 1 < s.count && s[i + 1].value == 0x5C ? i + 2 : i + 1 }
            i += 1
        }
        return i
    }
}

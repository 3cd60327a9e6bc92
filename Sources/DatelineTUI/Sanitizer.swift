import DatelineCore

/// Makes text from articles safe to place in cells: drops control characters and whole
/// escape sequences (CSI, OSC — including OSC 52 and title changes —, DCS, SOS, PM, APC),
/// bidi embeddings/overrides/isolates, zero-width characters and soft hyphens; turns tabs,
/// newlines and line/paragraph separators into spaces.
public enum Sanitizer {
    /// The sanitised text.
    public static func clean(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        // Box drawing, arrows, accented letters: nothing to drop or replace, nothing to copy.
        if !text.unicodeScalars.contains(where: { isDropped($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }) { return text }
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
                i = EscapeSequence.skipEscape(input, from: i, stopAtNewline: false)
                lastWasSpaceFromControl = false
                continue
            case 0x9B:  // C1 CSI
                i = EscapeSequence.skipCSI(input, from: i + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // C1 DCS, SOS, OSC, PM, APC
                i = EscapeSequence.skipString(input, from: i + 1, stopAtNewline: false)
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
}

/// Proves, in one pass over a file's bytes, that the decoder has nothing to fix: valid UTF-8
/// with no NUL, CR, ESC or other C0 control (tab and newline aside), no DEL or C1 control and no
/// bidirectional override or isolate. Nearly every article is like that, and the decoder then
/// skips its four scans of the text (`contains("\0")`, `contains("\r")`, the control filter, the
/// bidi test), each a walk over every scalar.
enum CleanUTF8 {
    /// The text when the bytes are clean; nil when the decoder must look closer.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isClean(bytes) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// No byte the decoder would remove, replace or warn about. Only the encodings of valid
    /// UTF-8 are tested for C1 (C2 80–9F) and bidi controls (E2 80 AA–AE, E2 81 A6–A9): invalid
    /// UTF-8 is caught by the validation that follows.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight bytes at a time while all are printable ASCII (0x20–0x7E).
            while i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if ASCIILanes.printable(word) != ASCIILanes.high { break }
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F { i += 1; continue }
            if b == 0x0A || b == 0x09 { i += 1; continue }
            if b < 0x80 { return false }                          // C0 controls, DEL
            if b == 0xC2, i + 1 < n, bytes[i + 1] < 0xA0 { return false }  // U+0080–U+009F
            if b == 0xE2, i + 2 < n {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 && (0xAA...0xAE).contains(b2) { return false }  // U+202A–U+202E
                if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return false }  // U+2066–U+2069
            }
            i += 1
        }
        return true
    }
}

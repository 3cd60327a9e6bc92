import Foundation

/// Turns a file's bytes into text, saying what was wrong with them instead of failing.
enum ArticleDecoder {
    struct Decoded {
        var text: String
        var warnings: [String]
    }

    enum Rejection: Error {
        case empty
        case binary
    }

    static func decode(_ data: Data) throws(Rejection) -> Decoded {
        guard !data.isEmpty else { throw .empty }
        var warnings: [String] = []
        var text: String
        let utf16 = hasPrefix(data, [0xFF, 0xFE]) || hasPrefix(data, [0xFE, 0xFF])
        var bytes = data
        if !utf16 {
            if hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            // The common case: nothing below would change the text or warn. Clean bytes hold no
            // NUL or control byte, so they never look binary: that test comes after.
            if let clean = bytes.withUnsafeBytes({ CleanUTF8.text($0.bindMemory(to: UInt8.self)) }) {
                if isBlank(clean) { throw .empty }
                return Decoded(text: clean, warnings: [])
            }
            if looksBinary(data) { throw .binary }
        }
        if utf16 {
            text = String(data: data, encoding: .utf16) ?? String(decoding: data, as: UTF8.self)
            warnings.append("encoded as UTF-16; read it as such")
        } else {
            if let valid = String(validating: bytes, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: bytes, as: UTF8.self)
                warnings.append("not valid UTF-8; undecodable bytes were replaced with U+FFFD")
            }
        }
        if text.contains("\0") {
            text = text.replacingOccurrences(of: "\0", with: "")
            warnings.append("contains NUL characters; removed them")
        }
        // Line ends are normalised so that offsets mean the same on every platform.
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let filtered = ControlSequenceFilter.filter(text) {
            text = filtered
            warnings.append("contains terminal control sequences or characters (ESC, C0/C1 controls); removed them")
        }
        if isBlank(text) { throw .empty }
        if text.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            // Kept: they belong to right-to-left text; the browser's sanitiser never shows them.
            warnings.append("contains bidirectional override or isolate characters; they are never shown")
        }
        return Decoded(text: text, warnings: warnings)
    }

    /// Over the raw bytes: `Data.starts(with:)` walked an iterator.
    private static func hasPrefix(_ data: Data, _ prefix: [UInt8]) -> Bool {
        data.withUnsafeBytes { $0.starts(with: prefix) }
    }

    /// Stops at the first scalar that is not whitespace: at once for nearly every article.
    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Binary files have NUL bytes or many control bytes early on; UTF-16 text is caught before.
    /// Over a raw buffer: iterating `Data` byte by byte went through its index checks per byte.
    private static func looksBinary(_ data: Data) -> Bool {
        data.prefix(4096).withUnsafeBytes { head in
            var nul = 0
            var control = 0
            for byte in head {
                if byte == 0 { nul += 1 }
                else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x1B && byte != 0x0C { control += 1 }
            }
            return nul * 100 > head.count || control * 10 > head.count
        }
    }
}

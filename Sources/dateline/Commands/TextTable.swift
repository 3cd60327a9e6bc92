#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Left-aligned columns separated by two spaces; the last column is not padded. The cells are
/// kept in one buffer (a listing at 100k articles has 400k rows, and arrays of strings cost
/// several times their text) and can be printed a line at a time.
struct TextTable {
    private var bytes: [UInt8] = []
    /// Per cell: where it ends in `bytes`, and its width in characters.
    private var cellEnds: [Int] = []
    private var cellWidths: [Int32] = []
    /// Per row: where its cells end in `cellEnds`.
    private var rowEnds: [Int32] = []
    private var widths: [Int] = []

    var rowCount: Int { rowEnds.count }

    mutating func add(_ row: [String]) {
        for (i, cell) in row.enumerated() {
            bytes.append(contentsOf: cell.utf8)
            let width = cell.count
            cellEnds.append(bytes.count)
            cellWidths.append(Int32(width))
            if i >= widths.count { widths.append(0) }
            widths[i] = max(widths[i], width)
        }
        rowEnds.append(Int32(cellEnds.count))
    }

    /// The table as text, its lines joined by line breaks.
    func render() -> String {
        var lines: [String] = []
        forEachLine { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines.joined(separator: "\n")
    }

    /// Prints the table to standard output, as `print(render())` would, in large writes.
    func print() {
        if rowEnds.isEmpty { Swift.print("") }
        // What `print` buffered goes first.
        fflush(nil)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        forEachLine { line in
            out += line
            out.append(0x0A)
            if out.count >= 1 << 16 { Self.writeOut(out); out.removeAll(keepingCapacity: true) }
        }
        Self.writeOut(out)
    }

    private static func writeOut(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }  // a closed pipe (`| head`): as `print`, stop quietly
                offset += n
            }
        }
    }

    /// Calls `body` with the UTF-8 of each line, padded.
    private func forEachLine(_ body: ([UInt8]) -> Void) {
        var cell = 0
        var line: [UInt8] = []
        for end in rowEnds {
            line.removeAll(keepingCapacity: true)
            let first = cell
            while cell < Int(end) {
                let start = cell == 0 ? 0 : cellEnds[cell - 1]
                line.append(contentsOf: bytes[start..<cellEnds[cell]])
                if cell < Int(end) - 1 {
                    line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[cell - first] - Int(cellWidths[cell]) + 2))
                }
                cell += 1
            }
            body(line)
        }
    }
}

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
        forEachLine { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    /// Prints the table, as `print(render())` would.
    func print() {
        if rowEnds.isEmpty { Swift.print("") }
        forEachLine { Swift.print($0) }
    }

    func forEachLine(_ body: (String) -> Void) {
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
            body(String(decoding: line, as: UTF8.self))
        }
    }
}

import Foundation
import Testing
@testable import DatelineTUI

/// Compares a rendered grid with `Snapshots/<name>.txt`; rewrites it when
/// `DATELINE_RECORD_SNAPSHOTS=1`. A missing snapshot is recorded and reported as a failure.
func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    assertNoControlScalars(grid, sourceLocation: sourceLocation)
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent(name + ".txt")
    let actual = grid.text + "\n"
    let record = ProcessInfo.processInfo.environment["DATELINE_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        if !record { Issue.record("recorded missing snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation) }
        return
    }
    if expected != actual {
        Issue.record("snapshot \(name) differs (DATELINE_RECORD_SNAPSHOTS=1 rewrites it):\n\(diff(expected, actual))", sourceLocation: sourceLocation)
    }
}

/// A line diff: `-` expected, `+` actual, with line numbers.
func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let l = i < e.count ? e[i] : nil, r = i < a.count ? a[i] : nil
        if l != r {
            if let l { out.append(String(format: "-%3d|", i + 1) + l) }
            if let r { out.append(String(format: "+%3d|", i + 1) + r) }
        }
    }
    return out.joined(separator: "\n")
}

/// No cell may hold a control scalar, an escape, a bidi control or a zero-width character.
func assertNoControlScalars(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<grid.height {
        for x in 0..<grid.width {
            let cell = grid[x: x, y: y]
            for s in cell.text.unicodeScalars where Sanitizer.isDropped(s.value) {
                Issue.record("control scalar U+\(String(s.value, radix: 16, uppercase: true)) in cell (\(x), \(y))", sourceLocation: sourceLocation)
                return
            }
            if !cell.isContinuation, cell.text.isEmpty {
                Issue.record("empty non-continuation cell at (\(x), \(y))", sourceLocation: sourceLocation)
                return
            }
            if cell.width == 2 {
                #expect(x + 1 < grid.width && grid[x: x + 1, y: y].isContinuation, "wide cell without continuation at (\(x), \(y))", sourceLocation: sourceLocation)
            }
        }
    }
}

/// Drives a state with keys.
extension BrowserState {
    @discardableResult
    mutating func press(_ keys: Key...) -> Effect {
        var last: Effect = .none
        for k in keys { last = update(.key(k)) }
        return last
    }

    mutating func type(_ text: String) {
        for ch in text { update(.key(.char(ch))) }
    }
}

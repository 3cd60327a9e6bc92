import Foundation
import Testing

/// The browser on the hostile fixtures, in tmux: no byte of an article's control sequences reaches
/// the terminal. tmux is set to accept clipboard writes (OSC 52 would create a paste buffer) and
/// window titles, and `capture-pane -e` must hold only SGR sequences (tmux's own re-encoding of
/// the cell attributes).
extension EndToEndTests {
    static let hostileFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    /// Every escape sequence in a `capture-pane -e` dump that is not SGR (`ESC [ digits/; m`).
    static func nonSGRSequences(_ dump: String) -> [String] {
        var found: [String] = []
        let s = Array(dump.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\u{1B}" {
                var j = i + 1
                if j < s.count, s[j] == "[" {
                    j += 1
                    while j < s.count, ("0"..."9").contains(s[j]) || s[j] == ";" || s[j] == ":" { j += 1 }
                    if j < s.count, s[j] == "m" { i = j + 1; continue }
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[i..<min(s.count, i + 12)])
                found.append(String(view).debugDescription)
            } else if (0x80...0x9F).contains(s[i].value) || (s[i].value < 0x20 && s[i] != "\n") {
                found.append("U+\(String(s[i].value, radix: 16))")
            }
            i += 1
        }
        return found
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"))
    func hostileArticlesNeverReachTheTerminal() throws {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return }
        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        tmux.start("env SWIFT_BACKTRACE=interactive=no '\(binary.path)' browse --corpus '\(Self.hostileFixtures.path)' 2>/dev/null; sleep 60")
        tmux.run(["set-option", "-g", "set-clipboard", "on"])
        tmux.run(["set-option", "-g", "allow-rename", "on"])
        tmux.waitFor("TIMELINE")
        let titleBefore = tmux.run(["display-message", "-p", "-t", "main", "#{pane_title}"])
        // "1/19 incidents": visit each incident and the article of its dating passage.
        let header = tmux.capture().components(separatedBy: "\n").first ?? ""
        let total = header.split(separator: " ").first { $0.hasPrefix("1/") }.flatMap { Int($0.dropFirst(2)) } ?? 0
        #expect(total > 10, "incidents in the header: \(header)")
        for step in 0..<total {
            let timeline = tmux.run(["capture-pane", "-e", "-p", "-t", "main"])
            #expect(Self.nonSGRSequences(timeline).isEmpty, "timeline \(step): \(Self.nonSGRSequences(timeline))")
            tmux.keys("o")
            tmux.waitFor("ARTICLE")
            for _ in 0..<3 {
                let dump = tmux.run(["capture-pane", "-e", "-p", "-t", "main"])
                #expect(Self.nonSGRSequences(dump).isEmpty, "article at step \(step): \(Self.nonSGRSequences(dump))")
                for payload in ["52;c;", "PWNED", "C1 TITLE", "evil.example", "never ends"] {
                    #expect(!dump.contains(payload), "payload \(payload) on screen at step \(step)")
                }
                tmux.keys("C-d")
            }
            tmux.keys("q")
            tmux.waitFor("TIMELINE")
            tmux.keys("j")
            if step + 1 < total { tmux.waitFor("\(step + 2)/\(total) incidents") }
        }
        #expect(tmux.run(["list-buffers"]).isEmpty, "an OSC 52 clipboard write reached tmux")
        let titleAfter = tmux.run(["display-message", "-p", "-t", "main", "#{pane_title}"])
        #expect(titleAfter == titleBefore && !titleAfter.contains("PWNED") && !titleAfter.contains("TITLE"), "title changed to \(titleAfter)")
        tmux.keys("q")
    }
}

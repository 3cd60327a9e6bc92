import Foundation
import Testing

/// Every way the browser can end abnormally gives the terminal back: `stty -g` is the same before
/// and after, and the alternate screen is left. (Ctrl-C, SIGTERM, Ctrl-Z/fg and the Swift trap
/// are in EndToEndTests.swift.)
extension EndToEndTests {
    /// Starts `dateline browse` under `script(_:_:env:)`, then `act(pid)`; returns the folder with
    /// `before`, `after` and `exit`.
    static func session(env: String = "", _ act: (Tmux, pid_t?) -> Void) throws -> (dir: URL, tmux: Tmux)? {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-e2e-signal-\(getpid())-\(UInt32.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try script(dir, binary, env: env).write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        tmux.start("sh '\(dir.path)/run.sh'")
        let pidURL = dir.appendingPathComponent("pid")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: pidURL.path) && Date() < deadline { usleep(50_000) }
        let pid = Int32((try? String(contentsOf: pidURL, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        act(tmux, pid)
        tmux.waitFor("SESSION-DONE", timeout: 60) { $0.contains("SESSION-DONE") }
        return (dir, tmux)
    }

    static func read(_ dir: URL, _ name: String) -> String {
        (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"))
    func sighupRestoresTheTerminal() throws {
        guard let (dir, tmux) = try Self.session({ tmux, pid in
            tmux.waitFor("TIMELINE")
            if let pid { kill(pid, SIGHUP) } else { Issue.record("no pid") }
        }) else { return }
        defer { tmux.run(["kill-server"]); try? FileManager.default.removeItem(at: dir) }
        #expect(Self.read(dir, "exit").hasPrefix("129"), "exit code; stderr: \(Self.read(dir, "stderr"))")
        #expect(!Self.read(dir, "before").isEmpty && Self.read(dir, "after") == Self.read(dir, "before"), "termios restored after SIGHUP")
        #expect(!tmux.capture().contains("TIMELINE"), "the alternate screen was left")
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"), arguments: ["trap", "segv"])
    func crashesRestoreTheTerminal(kind: String) throws {
        guard let (dir, tmux) = try Self.session(env: "DATELINE_TEST_CRASH=\(kind)", { _, _ in }) else { return }
        defer { tmux.run(["kill-server"]); try? FileManager.default.removeItem(at: dir) }
        let exit = Self.read(dir, "exit").trimmingCharacters(in: .whitespacesAndNewlines)
        // The shell reports death by signal N as 128 + N. Under AddressSanitizer (CI's sanitizer
        // step) our handler chains to ASan's, which reports the SEGV and exits with 1.
        let stderr = Self.read(dir, "stderr")
        let expected = kind == "segv" && !stderr.contains("AddressSanitizer") ? "\(128 + SIGSEGV)" : nil
        #expect(exit != "0" && (expected == nil || exit == expected), "exit \(exit); stderr: \(stderr.prefix(500))")
        #expect(!Self.read(dir, "before").isEmpty && Self.read(dir, "after") == Self.read(dir, "before"), "termios restored after \(kind)")
        #expect(!tmux.capture().contains("TIMELINE"), "the alternate screen was left")
    }
}

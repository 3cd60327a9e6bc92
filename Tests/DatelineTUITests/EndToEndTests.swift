import DatelineCore
import Foundation
import Testing

/// Drives the built `dateline` binary inside tmux (a private server, `tmux -L`).
struct Tmux {
    static let path: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    let socket = "dateline-e2e-\(getpid())-\(UInt32.random(in: 0..<1_000_000))"

    /// The index cache the tested binary uses: the tests' own, never the user's `~/.cache/dateline`
    /// (fixed, so one test run's index serves the next).
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-tests-cache").path

    /// Starts the private server and its session.
    func start(_ command: String, width: Int = 100, height: Int = 30) {
        _ = Tmux.spawn([Tmux.path!, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                        "-s", "main", "env XDG_CACHE_HOME='\(Tmux.cacheHome)' " + command], capture: false)
    }

    @discardableResult
    func run(_ args: [String]) -> String {
        Tmux.spawn([Tmux.path!, "-L", socket] + args, capture: true)
    }

    /// posix_spawn + waitpid, output through a temporary file (a pipe would be inherited by the
    /// tmux server and never reach end-of-file).
    static func spawn(_ argv: [String], capture: Bool) -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(getpid())-\(UInt32.random(in: 0..<1_000_000))").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        // The test thread may block signals, and a spawned process inherits the mask: the tmux
        // server would then never see SIGCHLD/SIGTERM and outlive kill-server. Reset both.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, &attr, &cArgs, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    func keys(_ keys: String...) { run(["send-keys", "-t", "main"] + keys) }
    func capture() -> String { run(["capture-pane", "-p", "-t", "main"]) }

    /// Polls the pane until `predicate` holds (10 s at most); returns the last capture.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
    }
}

/// The `dateline` binary next to the test bundle (e.g. `.build/debug/dateline`).
func datelineBinary() -> URL? {
    var candidates: [URL] = []
    let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
    var dir = exe.deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("dateline"))
        dir = dir.deletingLastPathComponent()
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
}

@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test (.ci/run installs it)"))
    func browseSession() throws {
        guard let binary = datelineBinary() else {
            Issue.record("dateline binary not found next to the test bundle; run `swift build` first")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-e2e-\(getpid())-\(UInt32.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // `dateline browse` on the embedded corpus: the assertions name no article data.
        let script = """
        #!/bin/sh
        cd '\(dir.path)'
        stty -g > before
        SWIFT_BACKTRACE=interactive=no '\(binary.path)' browse --region kursk 2> stderr
        echo $? > exit
        stty -g > after
        echo SESSION-DONE
        sleep 60
        """
        try script.write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)

        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        tmux.start("sh '\(dir.path)/run.sh'")

        // Opens filtered by --region kursk.
        var screen = tmux.waitFor("TIMELINE")
        tmux.waitFor("regions: Kursk")
        #expect(screen.components(separatedBy: "\n").first?.contains("Dateline") == true)

        // Move.
        tmux.keys("j")
        tmux.waitFor("2/")
        tmux.keys("G")
        tmux.keys("g")
        tmux.waitFor("1/")

        // Filter by region: clear, then pick the first region in the picker.
        tmux.keys("F")
        tmux.waitFor("filter cleared", { !$0.contains("regions:") })
        tmux.keys("f")
        tmux.waitFor("Filter by region")
        tmux.keys("Space")
        tmux.waitFor("[x]")
        tmux.keys("Enter")
        tmux.waitFor("regions:")

        // Search (as you type without the index; on Enter with it, as here).
        tmux.keys("/")
        tmux.keys("e")
        tmux.waitFor("/e▏")
        tmux.keys("Enter")
        screen = tmux.waitFor("match")
        tmux.keys("n")

        // Sources pane, open the cited passage, return exactly where we were.
        tmux.keys("Tab")
        let before = tmux.waitFor("SOURCES")
        tmux.keys("Enter")
        tmux.waitFor("ARTICLE")
        screen = tmux.waitFor("cited sentence")
        tmux.keys("n")
        tmux.keys("q")
        let after = tmux.waitFor("SOURCES")
        #expect(before == after, "q from the article must restore the screen exactly")

        // Resize: smaller, too small, and back.
        tmux.run(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
        screen = tmux.waitFor("80×24 layout") { s in
            var lines = s.components(separatedBy: "\n")
            while lines.last == "" { lines.removeLast() }
            return lines.count == 24 && lines[23].contains("SOURCES") && lines.allSatisfy { $0.count <= 80 }
                && lines[0].contains("incidents")
        }
        tmux.run(["resize-window", "-t", "main", "-x", "50", "-y", "12"])
        tmux.waitFor("too small")
        tmux.run(["resize-window", "-t", "main", "-x", "100", "-y", "30"])
        tmux.waitFor("SOURCES")

        // Help, then quit: q leaves the sources pane, q quits from the timeline.
        tmux.keys("?")
        tmux.waitFor("from the same table")
        tmux.keys("q")
        tmux.keys("q")
        tmux.waitFor("TIMELINE")
        tmux.keys("q")
        tmux.waitFor("SESSION-DONE")

        let exit = try String(contentsOf: dir.appendingPathComponent("exit"), encoding: .utf8)
        let sttyBefore = try String(contentsOf: dir.appendingPathComponent("before"), encoding: .utf8)
        let sttyAfter = try String(contentsOf: dir.appendingPathComponent("after"), encoding: .utf8)
        let stderr = (try? String(contentsOf: dir.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
        #expect(exit.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "exit code; stderr: \(stderr)")
        #expect(!sttyBefore.isEmpty && sttyBefore == sttyAfter, "terminal modes restored")
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"))
    func ctrlCAndTermRestoreTheTerminal() throws {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-e2e-sig-\(getpid())-\(UInt32.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
        #!/bin/sh
        cd '\(dir.path)'
        trap 'true' INT
        stty -g > before
        SWIFT_BACKTRACE=interactive=no '\(binary.path)' browse 2> stderr
        echo $? > exit1
        stty -g > after1
        echo FIRST-DONE
        SWIFT_BACKTRACE=interactive=no sh -c 'echo $$ > pid; exec "$0" browse' '\(binary.path)' 2>> stderr
        echo $? > exit2
        stty -g > after2
        echo SESSION-DONE
        sleep 60
        """
        try script.write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        tmux.start("sh '\(dir.path)/run.sh'")
        tmux.waitFor("TIMELINE")
        tmux.keys("C-c")
        tmux.waitFor("FIRST-DONE")
        tmux.waitFor("TIMELINE")
        let pidURL = dir.appendingPathComponent("pid")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: pidURL.path) && Date() < deadline { usleep(50_000) }
        usleep(500_000)
        if let pid = Int32((try? String(contentsOf: pidURL, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") {
            kill(pid, SIGTERM)
        }
        tmux.waitFor("SESSION-DONE")
        let before = try String(contentsOf: dir.appendingPathComponent("before"), encoding: .utf8)
        #expect(try String(contentsOf: dir.appendingPathComponent("after1"), encoding: .utf8) == before)
        #expect(try String(contentsOf: dir.appendingPathComponent("after2"), encoding: .utf8) == before)
        #expect(try String(contentsOf: dir.appendingPathComponent("exit1"), encoding: .utf8).hasPrefix("130"))
        #expect(try String(contentsOf: dir.appendingPathComponent("exit2"), encoding: .utf8).hasPrefix("143"))
    }
}

extension EndToEndTests {
    /// Runs `dateline browse` in a pane under a script that records `stty -g` before and after.
    static func script(_ dir: URL, _ binary: URL, env: String = "") -> String {
        """
        #!/bin/sh
        cd '\(dir.path)'
        trap 'true' INT
        stty -g > before
        \(env) SWIFT_BACKTRACE=interactive=no sh -c 'echo $$ > pid; exec "$0" browse' '\(binary.path)' 2> stderr
        echo $? > exit
        stty -g > after
        echo SESSION-DONE
        sleep 60
        """
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"))
    func ctrlZSuspendsAndResumes() throws {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-e2e-tstp-\(getpid())-\(UInt32.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.script(dir, binary).write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        // An interactive shell with job control: Ctrl-Z is only delivered to a process group
        // that is not orphaned, as in a real terminal session.
        tmux.start("PS1='$ ' bash --norc --noprofile -i")
        tmux.waitFor("$")
        tmux.keys("sh '\(dir.path)/run.sh'", "Enter")
        tmux.waitFor("TIMELINE")
        tmux.keys("j")
        tmux.waitFor("2/")
        tmux.keys("C-z")
        // Suspended: the alternate screen is gone and the shell has the terminal.
        tmux.waitFor("the shell") { !$0.contains("TIMELINE") }
        // (The shell may have printed "Stopped" on the alternate screen before the browser left it.)
        tmux.keys("jobs", "Enter")
        tmux.waitFor("Stopped")
        tmux.keys("fg", "Enter")
        // Resumed with a full redraw, state intact.
        tmux.waitFor("the browser again") { $0.contains("TIMELINE") && $0.contains("2/") }
        tmux.keys("q")
        tmux.waitFor("SESSION-DONE")
        #expect(try String(contentsOf: dir.appendingPathComponent("after"), encoding: .utf8)
                == String(contentsOf: dir.appendingPathComponent("before"), encoding: .utf8))
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"))
    func crashRestoresTheTerminal() throws {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-e2e-crash-\(getpid())-\(UInt32.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.script(dir, binary, env: "DATELINE_TEST_CRASH=1").write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        tmux.start("sh '\(dir.path)/run.sh'")
        tmux.waitFor("SESSION-DONE", timeout: 60) { $0.contains("SESSION-DONE") }
        let exit = try String(contentsOf: dir.appendingPathComponent("exit"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(exit != "0", "the trap ends the process with a signal")
        #expect(try String(contentsOf: dir.appendingPathComponent("after"), encoding: .utf8)
                == String(contentsOf: dir.appendingPathComponent("before"), encoding: .utf8), "termios restored after a crash")
        let screen = tmux.capture()
        #expect(!screen.contains("TIMELINE"), "the alternate screen was left")
    }
}

extension EndToEndTests {
    /// The SGR parameter lists in a `capture-pane -e` dump.
    static func sgrCodes(_ dump: String) -> [String] {
        var codes: [String] = []
        var rest = Substring(dump)
        while let r = rest.range(of: "\u{1B}[") {
            rest = rest[r.upperBound...]
            guard let m = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[m] == "m" { codes.append(String(rest[..<m])) }
            rest = rest[m...]
        }
        return codes
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end test"),
          arguments: [("NO_COLOR=1 TERM=tmux-256color", "none"), ("TERM=screen", "8"), ("TERM=tmux-256color", "256")])
    func colourModes(env: String, mode: String) throws {
        guard let binary = datelineBinary() else { Issue.record("dateline binary not found"); return }
        let tmux = Tmux()
        defer { tmux.run(["kill-server"]) }
        // `swift test` may run with NO_COLOR set: each case sets its own environment.
        tmux.start("env -u NO_COLOR \(env) SWIFT_BACKTRACE=interactive=no '\(binary.path)' browse; sleep 60")
        tmux.waitFor("TIMELINE")
        let params = Self.sgrCodes(tmux.run(["capture-pane", "-e", "-p", "-t", "main"]))
            .flatMap { $0.split(separator: ";").map(String.init) }
        let extended = params.contains("38") || params.contains("48")
        let basic = params.contains { p in (p.count == 2 && (p.hasPrefix("3") || p.hasPrefix("4")) && p != "39" && p != "49") }
        switch mode {
        case "none":
            #expect(!extended && !basic, "NO_COLOR: attributes only, got \(Set(params))")
            #expect(params.contains("7") || params.contains("1"), "attributes still mark the selection and headings")
        case "8":
            #expect(!extended && basic, "8 colours only, got \(Set(params))")
        default:
            #expect(extended, "256 colours, got \(Set(params))")
        }
        tmux.keys("q")
    }
}

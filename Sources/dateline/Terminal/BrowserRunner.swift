import DatelineCore
import DatelineTUI
import Foundation
import Glibc

/// Runs the browser on the terminal: state, update and view from DatelineTUI, curses in the backend.
enum BrowserRunner {
    /// Returns the process exit code: 0 after `q`, 2 when there is no usable terminal,
    /// 128 + signal after SIGINT/SIGTERM/SIGHUP.
    static func run(source: any TimelineSource, regions: [String]) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let term = env["TERM"] ?? ""
        if term.isEmpty || term == "dumb" || isatty(0) == 0 || isatty(1) == 0 {
            let why = term.isEmpty || term == "dumb" ? "TERM is \(term.isEmpty ? "not set" : "dumb")" : "stdin/stdout is not a terminal"
            FileHandle.standardError.write(Data("dateline: the browser needs an interactive terminal (\(why)); use `dateline list` for plain text\n".utf8))
            return 2
        }
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        TerminalGuard.install()
        defer { TerminalGuard.uninstall() }
        guard let backend = CursesBackend.start(noColor: noColor) else {
            TerminalGuard.restoreTerminal()
            FileHandle.standardError.write(Data("dateline: cannot open the terminal (TERM=\(term)); use `dateline list` for plain text\n".utf8))
            return 2
        }
        var state = BrowserState(source: source, width: backend.width, height: backend.height, regions: regions)
        var exitCode: Int32 = 0
        var dirty = true
        // Test hook: DATELINE_TEST_CRASH=trap (or 1) traps after the first frame, =segv makes an
        // invalid memory access, to check that the crash handler gives the terminal back (see
        // Tests/DatelineTUITests/EndToEndTests.swift and SignalEndToEndTests.swift).
        let crashAfterFirstFrame = env["DATELINE_TEST_CRASH"]
        loop: while true {
            if TerminalGuard.quitSignal != 0 {
                exitCode = 128 + Int32(TerminalGuard.quitSignal)
                break
            }
            if TerminalGuard.suspendRequested != 0 {
                backend.suspend()
                state.update(.resize(width: backend.width, height: backend.height))
                dirty = true
            }
            if TerminalGuard.redrawRequested != 0 {
                TerminalGuard.redrawRequested = 0
                backend.invalidate()
                dirty = true
            }
            if dirty {
                backend.draw(BrowserView.render(state))
                dirty = false
                switch crashAfterFirstFrame {
                case "1", "trap":
                    let empty: [Int] = []
                    _ = empty[Int(getpid()) & 1 + 1]  // index out of range: a Swift trap
                case "segv":
                    UnsafeMutablePointer<Int>(bitPattern: 8 + Int(getpid()) & 1)!.pointee = 1  // SIGSEGV
                default:
                    break
                }
            }
            switch backend.read() {
            case .none:
                if backend.terminalHungUp {
                    exitCode = 128 + SIGHUP
                    break loop
                }
                continue
            case .message(let message):
                if state.update(message) == .quit { break loop }
                dirty = true
            }
        }
        backend.stop()
        return exitCode
    }
}

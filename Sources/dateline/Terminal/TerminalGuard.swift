import Glibc

/// Signal handling for the browser, without curses:
/// - a crash (trap → SIGILL/SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE) restores the saved termios,
///   leaves the alternate screen, shows the cursor, resets attributes and mouse reporting, then
///   reinstalls the previous handler (Swift's backtracer) and re-raises;
/// - SIGINT, SIGTERM, SIGHUP ask the run loop to quit (it ends curses properly);
/// - SIGTSTP asks the run loop to suspend (endwin through the backend, then default SIGTSTP);
///   SIGCONT asks for a full redraw.
enum TerminalGuard {
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE]
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Set from signal handlers, read by the run loop.
    nonisolated(unsafe) static var quitSignal: sig_atomic_t = 0
    nonisolated(unsafe) static var suspendRequested: sig_atomic_t = 0
    nonisolated(unsafe) static var redrawRequested: sig_atomic_t = 0

    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var haveTermios = false
    nonisolated(unsafe) static var previous: UnsafeMutablePointer<sigaction>? = nil
    nonisolated(unsafe) static var resetBytes: UnsafeMutablePointer<UInt8>? = nil
    nonisolated(unsafe) static var resetCount = 0

    /// `ESC[?1049l ESC[?25h ESC[0m ESC[?1000l ESC[?1006l`
    static let resetSequence = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1006l"

    /// Saves the terminal's state (call before curses starts) and installs the handlers.
    static func install() {
        haveTermios = tcgetattr(0, &savedTermios) == 0
        let bytes = Array(resetSequence.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        resetBytes = buffer
        resetCount = bytes.count
        let prev = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        prev.initialize(repeating: sigaction(), count: 65)
        previous = prev
        for sig in crashSignals { setHandler(sig, crashHandler, saveInto: prev + Int(sig)) }
        for sig in quitSignals { setHandler(sig, { sig in TerminalGuard.quitSignal = sig }, saveInto: prev + Int(sig)) }
        setHandler(SIGTSTP, { _ in TerminalGuard.suspendRequested = 1 }, saveInto: prev + Int(SIGTSTP))
        setHandler(SIGCONT, { _ in TerminalGuard.redrawRequested = 1 }, saveInto: prev + Int(SIGCONT))
    }

    /// Puts back every handler that `install` replaced.
    static func uninstall() {
        guard let prev = previous else { return }
        for sig in crashSignals + quitSignals + [SIGTSTP, SIGCONT] { sigaction(sig, prev + Int(sig), nil) }
    }

    private static func setHandler(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void, saveInto old: UnsafeMutablePointer<sigaction>) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(sig, &action, old)
    }

    /// Async-signal-safe: tcsetattr, write, sigaction, raise.
    private static let crashHandler: @convention(c) (Int32) -> Void = { sig in
        TerminalGuard.restoreTerminal()
        if let prev = TerminalGuard.previous { sigaction(sig, prev + Int(sig), nil) }
        raise(sig)
    }

    /// Restores the saved termios and writes the reset sequence (async-signal-safe).
    static func restoreTerminal() {
        if haveTermios { tcsetattr(0, TCSAFLUSH, &savedTermios) }
        if let bytes = resetBytes { _ = write(1, bytes, resetCount) }
    }

    /// Stops the process with the default SIGTSTP action; returns when it is continued.
    static func stopProcess() {
        var dfl = sigaction()
        dfl.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&dfl.sa_mask)
        var mine = sigaction()
        sigaction(SIGTSTP, &dfl, &mine)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &mine, nil)
        suspendRequested = 0
    }
}

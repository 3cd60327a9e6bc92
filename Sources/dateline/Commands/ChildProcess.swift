import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs this executable again with other arguments, for benchmarks that must measure what a
/// user's process costs: wall time and that process's own peak RSS (`wait4`'s `ru_maxrss`).
enum ChildProcess {
    struct Run {
        var seconds: Double
        var peakMB: Double
        var output: String
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-bench-\(getpid()).out")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failed(description: "cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        // Exited normally with 0 (the wait status's low 7 bits are the signal, the next 8 the code).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Failed(description: "\(arguments.joined(separator: " ")) failed (status \(status)): \(output)")
        }
        return Run(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, output: output)
    }
}

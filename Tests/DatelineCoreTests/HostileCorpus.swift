import Foundation
import Glibc

/// The hostile corpus: the small files committed under `Tests/Fixtures/hostile/`, plus what cannot
/// or should not be committed, made at test time in a temporary folder:
/// - `huge.txt`, a 50 MB article (written in chunks: the test itself must not hold 50 MB);
/// - `loop.txt`, a symbolic link to itself (ELOOP);
/// - `unreadable.txt`, a symbolic link to `/proc/self/mem`: opening succeeds but reading offset 0
///   fails with EIO, even for root (CI runs as root, so `chmod 000` would not make a file unreadable);
/// - `folder.txt`, a folder with an article's name;
/// - `pipe.txt`, a named pipe nothing writes to (reading it would wait forever).
struct HostileCorpus {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    let url: URL

    init(huge: Bool = true, specials: Bool = true) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path) {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
        if specials {
            try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
            try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("unreadable.txt").path, withDestinationPath: "/proc/self/mem")
            try FileManager.default.createDirectory(at: url.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
            guard mkfifo(url.appendingPathComponent("pipe.txt").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
        if huge { try Self.writeHuge(to: url.appendingPathComponent("huge.txt"), bytes: 50_000_000) }
    }

    /// Dense news-like prose with front matter, `bytes` long.
    static func writeHuge(to url: URL, bytes: Int) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("---\noutlet: Hostile Test\npublished: 2024-08-14\n---\n".utf8))
        let paragraph = "Ukrainian troops advanced two kilometres near Sudzha in the Kursk region on Tuesday, the governor said. "
            + "Russia's defence ministry said it shot down 117 drones over Belgorod on Wednesday.\n"
        let chunk = Data(String(repeating: paragraph, count: 1_000_000 / paragraph.utf8.count).utf8)
        var written = 0
        while written < bytes {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Peak resident memory of this process, from `/proc/self/status` (VmHWM).
enum PeakMemory {
    /// Resets the peak to the current resident size (Linux 4.0+: write 5 to clear_refs) and
    /// returns that size: the process also runs other tests, and memory they freed may still be
    /// resident, so a test measures its growth from here.
    @discardableResult
    static func reset() -> Int? {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return nil }
        _ = write(fd, "5", 1)
        close(fd)
        return field("VmRSS:")
    }

    /// VmHWM in bytes, or nil where /proc is not available.
    static func bytes() -> Int? { field("VmHWM:") }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}

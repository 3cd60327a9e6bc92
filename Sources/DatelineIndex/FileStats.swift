import Foundation

/// Size and modification time of every listed file, the test an update makes of each file.
/// `fstatat` relative to the open folder (no path to build or resolve per file), split over the
/// cores: at 100k files this loop is most of a one-article update.
enum FileStats {
    struct Entry: Sendable, Equatable {
        /// -1 when the file cannot be stat'ed (it then never matches its row).
        var size: Int64
        var mtime: Double
    }

    static let missing = Entry(size: -1, mtime: 0)

    /// `of` running in the background; `wait()` returns its result.
    final class Pending: @unchecked Sendable {
        private let group = DispatchGroup()
        private var result: [Entry] = []

        fileprivate init(_ names: [String], _ path: String) {
            DispatchQueue.global().async(group: group) { [self] in result = FileStats.of(names, inFolder: path) }
        }

        func wait() -> [Entry] {
            group.wait()
            return result
        }
    }

    static func start(_ names: [String], inFolder path: String) -> Pending { Pending(names, path) }

    static func of(_ names: [String], inFolder path: String) -> [Entry] {
        let folder = open(path, O_RDONLY | O_DIRECTORY)
        guard folder >= 0 else { return names.map { _ in missing } }
        defer { close(folder) }
        var out = [Entry](repeating: missing, count: names.count)
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, names.count / 4096))
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (names.count * c / chunks)..<(names.count * (c + 1) / chunks)
                var info = stat()
                for i in range where fstatat(folder, names[i], &info, 0) == 0 {
                    slots.base?[i] = Entry(size: Int64(info.st_size),
                                           mtime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
                }
            }
        }
        return out
    }

    /// Each chunk writes only its own indices.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Entry>?
    }
}

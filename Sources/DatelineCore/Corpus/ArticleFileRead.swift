import Foundation

/// Reads an article file with `open`/`fstat`/`read` into one buffer: the common case of a
/// readable regular file, without `FileManager.fileExists`, a `FileHandle` and its `Data`
/// growth. Anything else (a missing file, a link loop, a folder, a read error, a pipe or a
/// device) gives nil, and the loader takes its general path, whose warnings say what is wrong.
/// The index hashes files through it too: neither may wait on a named pipe.
public enum ArticleFileRead {
    /// The file's first `limit` bytes (all of it when shorter), or nil.
    public static func regularFile(atPath path: String, limit: Int) -> Data? {
        // Non-blocking: opening a named pipe for reading would otherwise wait for a writer
        // (no effect on a regular file's reads).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // The stat size is a hint (a file may change, /proc files say 0): read to the end or the limit.
        var data = Data(count: max(1, min(Int(info.st_size) + 1, limit)))
        var count = 0
        while count < limit {
            if count == data.count { data.count = min(data.count * 2, limit) }
            let n = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += n
        }
        data.count = count
        return data
    }
}

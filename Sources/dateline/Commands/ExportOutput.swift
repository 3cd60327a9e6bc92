import Foundation

/// Where an export goes, written a piece at a time: standard output, or a file that appears
/// whole (written beside it under a temporary name and renamed at the end, as `.atomic` did
/// for the export held in memory).
final class ExportOutput {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle
    private var written = 0
    /// Pieces (a CSV line, an event) are gathered into writes of about this size.
    private var buffer = Data()
    private static let bufferSize = 1 << 20

    /// `path` nil: standard output.
    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw Failure.failed("cannot write \(path): cannot create a file in \(url.deletingLastPathComponent().path)")
        }
        self.temporary = temporary
        self.handle = handle
    }

    deinit {
        if let temporary {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    func write(_ data: Data) throws {
        buffer += data
        written += data.count
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw Failure.failed("cannot write \(path ?? "to standard output"): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Starts over (the index failed midway and the export is made in memory instead); on
    /// standard output only if nothing was written yet.
    func restart() throws {
        guard written > 0 else { return }
        guard temporary != nil else {
            throw Failure.failed("reading the index failed in the middle of the export to standard output; run again with --no-index")
        }
        buffer.removeAll()
        try handle.truncate(atOffset: 0)
        written = 0
    }

    /// Writes what is left and puts the file in place.
    func finish() throws {
        try flush()
        guard let path, let temporary else { return }
        try? handle.close()
        if rename(temporary, path) != 0 {
            throw Failure.failed("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

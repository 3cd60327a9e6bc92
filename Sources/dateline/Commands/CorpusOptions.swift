import ArgumentParser
import DatelineCore
import DatelineIndex
import Foundation

/// `--corpus DIR`, shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of .txt/.md articles (default: the embedded Kursk corpus).", valueName: "DIR"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Index file (default: one per corpus under $XDG_CACHE_HOME/dateline/, else ~/.cache/dateline/).", valueName: "PATH"))
    var index: String?

    @Flag(name: .customLong("no-index"), help: "Build the model in memory, without reading or writing the index.")
    var noIndex = false

    /// The corpus folder: `--corpus`, else the embedded corpus.
    func folder() throws -> URL {
        if let corpus {
            return URL(fileURLWithPath: (corpus as NSString).expandingTildeInPath)
        }
        guard let embedded = CorpusLoader.embeddedCorpusURL else {
            throw Failure.badInput("the embedded corpus is missing: this binary was copied without its Dateline_DatelineResources.resources folder; run `swift run dateline` or pass --corpus DIR")
        }
        return embedded
    }

    var indexURL: URL? { index.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) } }

    /// Builds the model (through the index, brought up to date first, unless --no-index),
    /// printing load warnings to stderr unless `quiet`. Exits 2 on an unusable folder.
    func loadModel(quiet: Bool = false) throws -> EventModel {
        let model = try read(indexed: { try $0.model() }, inMemory: { $0 })
        if !quiet {
            for warning in model.warnings { Console.warn("warning: \(warning)") }
        }
        return model
    }

    /// Reads the corpus with `indexed` through its index, brought up to date first; with
    /// `inMemory` from the model built in memory under --no-index, or when the index cannot be
    /// used. Exits 2 on an unusable folder.
    func read<T>(indexed: (CorpusIndex) throws -> T, inMemory: (EventModel) throws -> T) throws -> T {
        let folder = try folder()
        do {
            let pipeline = try Pipeline.bundled()
            if noIndex { return try inMemory(pipeline.build(corpusAt: folder)) }
            return try IndexedModel.withUpdatedIndex(folder: folder, index: indexURL, pipeline: pipeline, read: indexed,
                                                     fallback: { try inMemory(pipeline.build(corpusAt: folder)) })
        } catch let error as CorpusError {
            throw Failure.badInput(error.description)
        } catch let error as ResourceError {
            throw Failure.failed(error.description)
        }
    }
}

/// Commands' reads through the index, with a fallback to memory.
enum IndexedModel {
    /// Brings the folder's index up to date (with a progress bar) and reads it with `read`; if
    /// the index cannot be used, warns and returns `fallback()` (the model built in memory).
    static func withUpdatedIndex<T>(folder: URL, index: URL?, pipeline: Pipeline, read: (CorpusIndex) throws -> T,
                                    fallback: () throws -> T) throws -> T {
        // The folder's own errors (missing, empty) come first and keep their messages.
        let names = try CorpusLoader().articleFileNames(in: folder)
        do {
            let corpusIndex = try CorpusIndex.open(corpus: folder, index: index, warn: Console.warn)
            let bar = ProgressBar()
            defer { bar.finish() }
            _ = try corpusIndex.update(loadingPipeline: { pipeline }, listed: names, progress: bar.report)
            return try read(corpusIndex)
        } catch let error as CorpusError {
            throw error
        } catch {
            Console.warn("dateline: cannot use the index (\(error)); building the model in memory")
            return try fallback()
        }
    }
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the work has
/// taken more than half a second.
final class ProgressBar: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    private var drawn = false
    private let enabled = isatty(2) == 1

    var report: @Sendable (IncrementalIndexer.Progress) -> Void {
        { [self] progress in draw(progress) }
    }

    private func draw(_ p: IncrementalIndexer.Progress) {
        guard enabled, Date().timeIntervalSince(start) > 0.5 else { return }
        lock.lock(); defer { lock.unlock() }
        let width = 30
        let filled = p.total > 0 ? min(width, width * p.done / p.total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2Kindexing [\(bar)] \(p.phase) \(p.done)/\(p.total)".utf8))
        drawn = true
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}

/// Errors that end a command with a message and an exit code (2 for bad input, 1 otherwise).
enum Failure: Error {
    case badInput(String)
    case failed(String)
}

enum Console {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Runs a command body, turning `Failure` into a message on stderr and an exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch Failure.badInput(let message) {
            warn("dateline: \(message)")
            throw ExitCode(2)
        } catch Failure.failed(let message) {
            warn("dateline: \(message)")
            throw ExitCode(1)
        }
    }
}

/// Filters shared by `list`, `export` and `browse`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only incidents in this region (repeatable; 'kursk' matches 'Kursk Oblast').", valueName: "NAME"))
    var region: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only incidents on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only incidents on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Only incidents whose headline or passages contain this text.", valueName: "TEXT"))
    var search: String?

    @Flag(name: .long, help: "Include background incidents (before the corpus anchor).")
    var background = false

    func filter() throws -> IncidentFilter {
        func day(_ text: String?, _ flag: String) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(iso: text) else { throw Failure.badInput("\(flag) '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2024-08-14") }
            return date
        }
        return IncidentFilter(regions: region, from: try day(from, "--from"), to: try day(to, "--to"), search: search,
                              includeBackground: background)
    }
}

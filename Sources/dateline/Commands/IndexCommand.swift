import ArgumentParser
import DatelineCore
import DatelineIndex
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the corpus's index (every command does this first; this only reports).",
        discussion: """
        The index is a SQLite file per corpus under $XDG_CACHE_HOME/dateline/ (default \
        ~/.cache/dateline/), or --index PATH. Only added, changed or removed articles are read \
        again. A damaged index is moved aside (NAME.corrupt-TIMESTAMP) and rebuilt.
        """)

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Delete the index first and build it from scratch.")
    var rebuild = false

    @Flag(name: .long, help: ArgumentHelp("Also print the seconds of each phase (benchmarks).", visibility: .hidden))
    var timings = false

    func run() throws {
        try Console.run {
            let folder = try corpus.folder()
            do {
                let preload = PipelinePreload()
                let names = try CorpusLoader().articleFileNames(in: folder)
                let url = corpus.indexURL ?? IndexLocation.defaultIndex(forCorpus: folder)
                if rebuild {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
                }
                let index = try CorpusIndex.open(corpus: folder, index: url, warn: Console.warn)
                let bar = ProgressBar()
                let started = Date()
                let summary = try index.update(loadingPipeline: preload.pipeline, listed: names, progress: bar.report)
                bar.finish()
                let seconds = Date().timeIntervalSince(started)
                print("\(url.path)")
                print(summary.description + String(format: " in %.2f s", seconds))
                if timings { print("phases: " + summary.timings) }
            } catch let error as CorpusError {
                throw Failure.badInput(error.description)
            } catch let error as ResourceError {
                throw Failure.failed(error.description)
            } catch {
                throw Failure.failed("indexing failed: \(error)")
            }
        }
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a synthetic corpus (deterministic for a seed).", shouldDisplay: false)

    @Option(name: .long, help: "Number of articles.") var articles: Int = 1000
    @Option(name: .long, help: "PRNG seed.") var seed: UInt64 = 1
    @Option(name: .long, help: ArgumentHelp("Folder to write into.", valueName: "DIR")) var out: String

    func run() throws {
        try Console.run {
            let folder = URL(fileURLWithPath: (out as NSString).expandingTildeInPath)
            do {
                try CorpusGenerator(articles: articles, seed: seed).write(to: folder)
            } catch {
                throw Failure.failed("cannot write \(folder.path): \(error.localizedDescription)")
            }
            Console.warn("wrote \(articles) articles to \(folder.path)")
        }
    }
}

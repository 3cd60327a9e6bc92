import ArgumentParser
import DatelineCore
import DatelineIndex
import DatelineTUI
import Dispatch
import Foundation

/// `dateline bench-browser`: time to first frame and keystroke-to-frame, driven headlessly through
/// the browser's own update and view code (no terminal). Figures go to docs/performance.md.
///
/// With `--articles N`: on the index of a generated corpus (built or brought up to date first,
/// not timed), through the index-backed source, as `dateline browse` runs. Without: the model of
/// `--corpus` (default: the embedded corpus) built in memory, as `--no-index` runs.
struct BenchBrowserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-browser",
        abstract: "Benchmark the browser headlessly: first frame, keystroke p50/p99, peak RSS.",
        shouldDisplay: false)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Generated corpus of this many articles, read through its index.") var articles: Int?
    @Option(help: "Generator seed.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Where generated corpora and their indexes are kept.", valueName: "DIR")) var work = "/tmp/dateline-bench"
    @Option(help: "Grid width.") var width = 160
    @Option(help: "Grid height.") var height = 48
    @Option(help: "Keystrokes to replay.") var keystrokes = 1000

    func run() throws {
        try Console.run {
            if let articles { try runOnIndex(articles: articles) } else { try runInMemory() }
        }
    }

    private func runInMemory() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let model = try corpus.loadModel(quiet: true)
        let buildMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print("model: \(model.articles.count) articles, \(model.incidents.count) incidents, built in \(String(format3: buildMs)) ms")
        print(BrowserBenchmark.run(model: model, width: width, height: height, keystrokes: keystrokes, cpuClock: threadCPUMilliseconds))
        print(String(format: "peak RSS: %.0f MB", Memory.peakMB()))
    }

    private func runOnIndex(articles: Int) throws {
        let options = try BenchCorpusOptions.parse(["--articles", "\(articles)", "--seed", "\(seed)", "--work", work])
        let folder = try options.folder()
        let url = URL(fileURLWithPath: folder.path + ".sqlite")
        let pipeline = try Pipeline.bundled()
        var summary: IncrementalIndexer.Summary!
        let update = try seconds {
            summary = try CorpusIndex.open(corpus: folder, index: url, warn: Console.warn).update(pipeline: pipeline)
        }
        print("index \(url.path): \(summary!) (update \(String(format: "%.2f", update)) s, not timed below)")
        // What the update used is not the browser's: reset the peak (Linux: clear_refs 5).
        let reset = Memory.resetPeak()
        let info = CorpusLoader().corpusInfo(folder: folder).info
        var database: IndexDatabase!
        let open = try seconds { database = try IndexDatabase.openStrict(at: url) }
        print("open index (integrity check\(FileManager.default.fileSize(url) <= IndexDatabase.quickCheckLimit ? ", quick_check" : ", truncation only")): \(String(format3: open * 1000)) ms")
        let report = try BrowserBenchmark.run(source: { try IndexTimelineSource(database: database, corpus: info) },
                                              width: width, height: height, keystrokes: keystrokes, cpuClock: threadCPUMilliseconds)
        print(report)
        print("  open + first frame \(String(format3: open * 1000 + report.firstFrameMs)) ms")
        print(String(format: "peak RSS: %.0f MB (%@)", Memory.peakMB(), reset ? "the browser alone: reset after the update" : "including the update"))
    }
}

/// CPU time of the calling thread (excludes time spent waiting for a core).
func threadCPUMilliseconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

extension Memory {
    /// Resets the peak RSS (VmHWM) of this process; false where the kernel does not allow it.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }
}

extension FileManager {
    func fileSize(_ url: URL) -> Int64 {
        ((try? attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value) ?? 0
    }
}

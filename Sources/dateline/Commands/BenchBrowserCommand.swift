import ArgumentParser
import DatelineCore
import DatelineTUI
import Dispatch

/// `dateline bench-browser`: time to first frame and keystroke-to-frame, driven headlessly through
/// the browser's own update and view code (no terminal). Figures go to docs/performance.md.
struct BenchBrowserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-browser",
        abstract: "Benchmark the browser headlessly: model build, first frame, keystroke p50/p99.",
        shouldDisplay: false)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Grid width.") var width = 160
    @Option(help: "Grid height.") var height = 48
    @Option(help: "Keystrokes to replay.") var keystrokes = 1000

    func run() throws {
        try Console.run {
            let start = DispatchTime.now().uptimeNanoseconds
            let model = try corpus.loadModel(quiet: true)
            let buildMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            print("model: \(model.articles.count) articles, \(model.incidents.count) incidents, built in \(String(format3: buildMs)) ms")
            print(BrowserBenchmark.run(model: model, width: width, height: height, keystrokes: keystrokes))
        }
    }
}

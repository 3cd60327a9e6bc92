import ArgumentParser
import DatelineCore
import DatelineIndex
import Foundation

/// Options shared by the benchmarks: a generated corpus, cached on disk between runs.
struct BenchCorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Articles in the generated corpus.") var articles: Int = 1000
    @Option(name: .long, help: "Generator seed.") var seed: UInt64 = 1
    @Option(name: .long, help: ArgumentHelp("Read this folder instead of generating one.", valueName: "DIR")) var corpus: String?
    @Option(name: .long, help: ArgumentHelp("Where generated corpora are kept.", valueName: "DIR")) var work: String = "/tmp/dateline-bench"

    func folder() throws -> URL {
        if let corpus { return URL(fileURLWithPath: (corpus as NSString).expandingTildeInPath) }
        let folder = URL(fileURLWithPath: work).appendingPathComponent("gen-v\(CorpusGenerator.version)-\(articles)-\(seed)")
        let marker = folder.appendingPathComponent(".complete")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: folder)
            try CorpusGenerator(articles: articles, seed: seed).write(to: folder)
            try Data().write(to: marker)
        }
        return folder
    }
}

enum Memory {
    /// Peak resident set size in MB (VmHWM from /proc/self/status).
    static func peakMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? -1
            return kb / 1024
        }
        return -1
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct BenchPipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-pipeline", abstract: "Pipeline throughput on one core; clustering timed apart.", shouldDisplay: false)

    @OptionGroup var options: BenchCorpusOptions
    @Option(name: .long, help: ArgumentHelp("Also write every article's sentences, first-pass places and mentions as JSON lines (to compare the outputs of two builds).", valueName: "PATH"))
    var dump: String?
    @Option(name: .long, help: ArgumentHelp("Also write every loaded article, then every load warning, as JSON lines (to compare two loaders).", valueName: "PATH"))
    var dumpArticles: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Run every phase this many times and print the median and the range (a shared machine's speed drifts between runs).", valueName: "N"))
    var repetitions: Int = 1

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1.") }
    }

    /// Seconds of each phase in one run.
    struct Run {
        var load = 0.0, segment = 0.0, firstPass = 0.0, focus = 0.0, extract = 0.0, cluster = 0.0
        var perArticle: Double { segment + firstPass + extract }
        var whole: Double { load + perArticle + focus + cluster }
    }

    func run() throws {
        let folder = try options.folder()
        let pipeline = try Pipeline.bundled()
        var runs: [Run] = []
        var loaded: CorpusLoader.Result!
        var sentences: [[Sentence]] = []
        var firstPass: [[PlaceMention]] = []
        var mentions: [Mention] = []
        var incidents: [Incident] = []
        for _ in 0..<repetitions {
            var run = Run()
            // Each run starts from nothing: the previous run's results are released first.
            (loaded, sentences, firstPass, mentions, incidents) = (nil, [], [], [], [])
            run.load = try seconds { loaded = try CorpusLoader().load(folder: folder) }
            // One thread, in order: the per-article stages.
            run.segment = seconds {
                for a in loaded.articles { sentences.append(pipeline.segment(a)) }
            }
            run.firstPass = seconds {
                for s in sentences { firstPass.append(pipeline.firstPassPlaces(s)) }
            }
            // The corpus focus joins the first passes of every article: timed apart, counted in the whole.
            var focus = GeoFocus.none
            run.focus = seconds { focus = Pipeline.focus(firstPass) }
            run.extract = seconds {
                // Into one array as they are made: gathered from an array per article, every
                // mention was copied once more and the original released.
                for (a, s) in zip(loaded.articles, sentences) { pipeline.appendMentions(of: a, sentences: s, focus: focus, to: &mentions) }
            }
            run.cluster = seconds { incidents = pipeline.incidents(from: mentions, info: loaded.info, articles: loaded.articles) }
            runs.append(run)
        }
        if let dumpArticles { try Self.dumpArticles(to: dumpArticles, loaded) }
        let bytes = loaded.articles.reduce(0) { $0 + $1.body.utf8.count }
        let sentenceCount = sentences.reduce(0) { $0 + $1.count }
        let mb = Double(bytes) / 1e6
        print("corpus \(folder.path): \(loaded.articles.count) articles, \(String(format: "%.1f", mb)) MB of text, \(sentenceCount) sentences, \(mentions.count) mentions, \(incidents.count) incidents")
        if runs.count > 1 { print("\(runs.count) runs: medians, range in brackets") }
        let perArticle = Self.summary(runs.map(\.perArticle))
        print("load (read + front matter): \(Self.timeText(runs.map(\.load)))")
        print("per-article stages, 1 thread: \(Self.timeText(runs.map(\.perArticle))) (segmentation \(Self.timeText(runs.map(\.segment))), first place pass \(Self.timeText(runs.map(\.firstPass))), extraction \(Self.timeText(runs.map(\.extract)))) = \(Self.rate(mb, runs.map(\.perArticle), "MB/s")), \(String(format: "%.0f", Double(sentenceCount) / perArticle.median)) sentences/s")
        print("corpus focus: \(Self.timeText(runs.map(\.focus)))")
        print("clustering + incidents: \(Self.timeText(runs.map(\.cluster)))")
        // Everything from the files to ordered incidents, one thread (the index's first build also
        // writes SQLite and runs load and extraction on every core).
        print("whole pipeline, 1 thread (load, per-article stages, focus, clustering, incidents): \(Self.timeText(runs.map(\.whole))) = \(Self.rate(mb, runs.map(\.whole), "MB/s"))")
        print(String(format: "peak RSS: %.0f MB", Memory.peakMB()))
        if let dump { try Self.dump(to: dump, sentences: sentences, firstPass: firstPass, mentions: mentions) }
    }

    /// Median, lowest and highest of a phase's times.
    static func summary(_ values: [Double]) -> (median: Double, low: Double, high: Double) {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        return (median, sorted[0], sorted[sorted.count - 1])
    }

    /// "0.52 s", or "0.52 s [0.49–0.61]" over several runs.
    static func timeText(_ values: [Double]) -> String {
        let s = summary(values)
        let median = String(format: "%.2f s", s.median)
        return values.count == 1 ? median : median + String(format: " [%.2f–%.2f]", s.low, s.high)
    }

    /// Amount per second at the median time, with the range (the fastest run gives the highest rate).
    static func rate(_ amount: Double, _ values: [Double], _ unit: String) -> String {
        let s = summary(values)
        let median = String(format: "%.2f", amount / s.median) + " " + unit
        return values.count == 1 ? median : median + String(format: " [%.2f–%.2f]", amount / s.high, amount / s.low)
    }

    /// Outside the timed load: one line per article (every field), then one per warning, in order.
    static func dumpArticles(to path: String, _ loaded: CorpusLoader.Result) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        for a in loaded.articles { out += try encoder.encode(a) + Data("\n".utf8) }
        for w in loaded.warnings { out += try encoder.encode(w) + Data("\n".utf8) }
        try out.write(to: URL(fileURLWithPath: path))
    }

    /// Outside the timed stages: one line per article (sentences, first pass), then one per mention.
    static func dump(to path: String, sentences: [[Sentence]], firstPass: [[PlaceMention]], mentions: [Mention]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        for (s, f) in zip(sentences, firstPass) {
            out += try encoder.encode(s) + Data("\n".utf8)
            out += try encoder.encode(f) + Data("\n".utf8)
        }
        for m in mentions { out += try encoder.encode(m) + Data("\n".utf8) }
        try out.write(to: URL(fileURLWithPath: path))
    }
}

struct BenchIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-index", abstract: "Index build time and size; one-article incremental update.",
        discussion: "Each step is a separate `dateline index` process, as a user runs it: wall time and that process's peak RSS.",
        shouldDisplay: false)

    @OptionGroup var options: BenchCorpusOptions
    @Option(name: .long, help: ArgumentHelp("Index file (deleted first).", valueName: "PATH")) var index: String?
    @Flag(name: .long, help: "Skip the edit that names a place (it may move the corpus focus: a full re-extraction).") var skipFocusEdit = false
    @Flag(name: .long, help: "Skip reading the whole model from the index.") var skipModelRead = false

    func run() throws {
        let folder = try options.folder()
        let url = URL(fileURLWithPath: index ?? folder.path + ".sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        let arguments = ["index", "--corpus", folder.path, "--index", url.path, "--timings"]
        func step(_ label: String) throws {
            let run = try ChildProcess.run(arguments)
            print(String(format: "%@: %.3f s, peak RSS %.0f MB", label, run.seconds, run.peakMB))
            for line in run.output.split(separator: "\n").dropFirst() { print("  " + line) }
        }
        try step("index build")
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.doubleValue ?? 0) / 1e6
        print(String(format: "index file: %.1f MB", size))
        try step("no-op update")
        // Change one article in the middle (a sentence naming no place, then one naming a
        // place, which may move the corpus focus), update, then put it back and update again.
        let names = try CorpusLoader().articleFileNames(in: folder)
        let target = folder.appendingPathComponent(names[names.count / 2])
        let original = try Data(contentsOf: target)
        defer { try? original.write(to: target) }
        var edits = [("no place", "Officials said on Tuesday that 40 drones were shot down.")]
        if !skipFocusEdit { edits.append(("names a place", "Officials said on Tuesday that 40 drones were shot down over Sudzha.")) }
        for (label, sentence) in edits {
            try (original + Data("\n\(sentence)\n".utf8)).write(to: target)
            try step("one-article update (\(label))")
            try original.write(to: target)
            try step("revert update")
        }
        if !skipModelRead {
            let pipeline = try Pipeline.bundled()
            let corpusIndex = try CorpusIndex.open(corpus: folder, index: url, warn: Console.warn)
            _ = try corpusIndex.update(pipeline: pipeline)
            var incidents = 0
            let modelSeconds = try seconds { incidents = try corpusIndex.model().incidents.count }
            print(String(format: "full model read from index (in the bench process): %.2f s (%d incidents), peak RSS %.0f MB",
                         modelSeconds, incidents, Memory.peakMB()))
        }
    }
}

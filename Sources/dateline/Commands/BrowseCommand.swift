import ArgumentParser
import DatelineCore
import DatelineIndex
import DatelineTUI
import Foundation

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the interactive timeline browser (the default command).",
        discussion: "Keys: j/k move, Enter opens an incident, f filters by region, / searches, ? shows every key, q quits. Needs a terminal; for pipes use `dateline list`.")

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Start filtered to this region (repeatable).", valueName: "NAME"))
    var region: [String] = []

    func run() throws {
        try Console.run {
            let source = try corpus.loadTimelineSource()
            let code = BrowserRunner.run(source: source, regions: region)
            if code != 0 { throw ExitCode(code) }
        }
    }
}

extension CorpusOptions {
    /// The browser's source: the index brought up to date and read lazily, or (--no-index, or
    /// an unusable index) the model built in memory.
    func loadTimelineSource() throws -> any TimelineSource {
        let folder = try folder()
        do {
            let pipeline = try Pipeline.bundled()
            if noIndex { return ModelSource(model: try pipeline.build(corpusAt: folder)) }
            return try IndexedModel.withUpdatedIndex(
                folder: folder, index: indexURL, pipeline: pipeline,
                read: { try IndexTimelineSource(database: $0.database, corpus: CorpusLoader().corpusInfo(folder: folder).info) },
                fallback: { ModelSource(model: try pipeline.build(corpusAt: folder)) })
        } catch let error as CorpusError {
            throw Failure.badInput(error.description)
        } catch let error as ResourceError {
            throw Failure.failed(error.description)
        }
    }
}

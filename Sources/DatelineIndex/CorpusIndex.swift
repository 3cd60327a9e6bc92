import DatelineCore
import Foundation

/// The entry point for commands: open (recovering) the index of a corpus, bring it up to date,
/// read the model.
public struct CorpusIndex {
    public let database: IndexDatabase
    public let corpus: URL

    /// `index` nil: the default location in the cache folder.
    public static func open(corpus: URL, index: URL?, warn: (String) -> Void) throws -> CorpusIndex {
        let url = index ?? IndexLocation.defaultIndex(forCorpus: corpus)
        return CorpusIndex(database: try IndexRecovery.open(at: url, warn: warn), corpus: corpus)
    }

    public func update(pipeline: Pipeline, progress: (@Sendable (IncrementalIndexer.Progress) -> Void)? = nil) throws -> IncrementalIndexer.Summary {
        try update(loadingPipeline: { pipeline }, progress: progress)
    }

    /// The same, loading the pipeline (its resources) only if something changed.
    /// `listed`: the corpus's article names, when the caller has just listed them.
    public func update(loadingPipeline: @escaping () throws -> Pipeline, listed: [String]? = nil,
                       progress: (@Sendable (IncrementalIndexer.Progress) -> Void)? = nil) throws -> IncrementalIndexer.Summary {
        let indexer = IncrementalIndexer(database: database, loadingPipeline: loadingPipeline)
        indexer.progress = progress
        return try indexer.update(corpus: corpus, listed: listed)
    }

    public func model() throws -> EventModel {
        try ModelReader(database: database).model(corpus: corpus)
    }

    /// The JSON export streamed from the index (`ModelReader.exportJSON`).
    public func exportJSON(to sink: (Data) throws -> Void) throws -> (incidents: Int, warnings: [LoadWarning]) {
        try ModelReader(database: database).exportJSON(corpus: corpus, to: sink)
    }
}

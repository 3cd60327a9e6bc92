import DatelineCore
import Dispatch

/// Loads the pipeline's resources on another thread while the index is opened and the folder
/// scanned (the gazetteer alone is ~0.1 s of CPU): an update that finds a change does not wait
/// for them after the scan, and one that finds none never asks.
final class PipelinePreload: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<Pipeline, Error>?

    init() {
        DispatchQueue.global().async(group: group) { [self] in result = Result { try Pipeline.bundled() } }
    }

    /// The loaded pipeline (waits for it), or the loading error.
    func pipeline() throws -> Pipeline {
        group.wait()
        return try result!.get()
    }
}

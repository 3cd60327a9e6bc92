import Foundation

/// Locates the data shipped in the top-level `Resources/` folder (corpus, gazetteer, lexicons).
public enum DatelineResources {
    /// The folder holding `corpus/`, `gazetteer/` and `lexicons/`, or nil when the binary was
    /// copied away from its `Dateline_DatelineResources.resources` bundle.
    public static var root: URL? {
        Bundle.module.resourceURL
    }

    /// URL of a resource by its path below `Resources/`, e.g. `lexicons/incident-types.tsv`.
    public static func url(_ relativePath: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

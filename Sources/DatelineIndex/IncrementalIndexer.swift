import DatelineCore
import Foundation
import GRDB

/// Brings an index up to date with its corpus folder.
///
/// 1. **Scan**: files whose size and modification time match their row are unchanged; others are
///    read and hashed, and only a different hash makes them changed. Removed files lose their rows.
/// 2. **Load** (changed files, in batches, one transaction per batch): decode, segment and run
///    the first place pass; write the file's rows with its hash last, mentions still pending.
/// 3. **Extract**: the corpus focus is computed from every stored first pass. Any file whose
///    mentions were extracted under another focus (or not yet) is extracted again, in batches.
///    Extraction is a pure function of (article, focus), so this equals a rebuild.
/// 4. **Cluster**: when any mention changed (or the corpus anchor did), incidents are rebuilt
///    from the cached mentions, and only the incidents whose content changed are rewritten.
///
/// A kill at any point leaves rows that the next run completes: a file is done only when its
/// hash (step 2) and its focus (step 3) are written, and `meta.clustered` is set only after step 4.
public final class IncrementalIndexer {
    public struct Progress: Sendable {
        public var phase: String
        public var done: Int
        public var total: Int
    }

    public struct Summary: Sendable, CustomStringConvertible {
        public var files = 0
        public var added = 0
        public var changed = 0
        public var removed = 0
        public var extracted = 0
        public var focusChanged = false
        public var reclustered = false
        /// Re-clustered only the components a change touched (else all mentions).
        public var localClustering = false
        public var reclusteredMentions = 0
        public var incidents = 0
        public var incidentsWritten = 0
        public var incidentsDeleted = 0
        /// Seconds spent in each phase, in order.
        public var phases: [(name: String, seconds: Double)] = []

        public var upToDate: Bool { added == 0 && changed == 0 && removed == 0 && extracted == 0 && !reclustered }

        /// Seconds per phase, for benchmarks: "scan 0.10 s, load 0.00 s, …".
        public var timings: String {
            phases.map { "\($0.name) " + String(format: "%.2f", $0.seconds) + " s" }.joined(separator: ", ")
        }

        public var description: String {
            "\(files) files: \(added) added, \(changed) changed, \(removed) removed; \(extracted) extracted"
                + (focusChanged ? " (corpus focus changed)" : "")
                + "; \(incidents) incidents" + (reclustered ? " (\(incidentsWritten) written, \(incidentsDeleted) deleted; \(localClustering ? "local" : "full") clustering of \(reclusteredMentions) mentions)" : "")

        }
    }

    let database: IndexDatabase
    /// Loaded on first use: an update that finds nothing changed needs none of its resources.
    private let loadPipeline: () throws -> Pipeline
    private var loadedPipeline: Pipeline?
    public var batchSize = 64
    /// Stops with `IndexError.interrupted` after this many articles have been written (tests:
    /// a process killed in the middle).
    public var stopAfter: Int?
    public var progress: (@Sendable (Progress) -> Void)?
    /// Extract on one thread (benchmarks).
    public var singleThreaded = false
    /// Re-cluster every mention even when the change allows a local re-clustering (tests).
    public var forceFullClustering = false
    /// Re-cluster locally only when at most this share of the mentions is dirty (else all).
    public var localClusteringLimit = 0.3
    private var written = 0

    public convenience init(database: IndexDatabase, pipeline: Pipeline) {
        self.init(database: database, loadingPipeline: { pipeline })
    }

    /// `loadingPipeline` is called once, when the update first needs the pipeline.
    public init(database: IndexDatabase, loadingPipeline: @escaping () throws -> Pipeline) {
        self.database = database
        self.loadPipeline = loadingPipeline
    }

    /// `listed`: the folder's article names when the caller has just listed them (the listing
    /// is linear in the folder; once is enough).
    public func update(corpus folder: URL, listed: [String]? = nil) throws -> Summary {
        var clock = DispatchTime.now().uptimeNanoseconds
        let loader = CorpusLoader()
        let names = try listed ?? loader.articleFileNames(in: folder)
        var summary = Summary()
        summary.files = names.count
        written = 0
        let pool = database.pool

        // A different corpus (or format) in this file: start over.
        let corpusPath = folder.standardizedFileURL.path
        try pool.write { db in
            // Checked and reset under the write lock: two processes opening a new index at once
            // must not wipe each other's work.
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'corpus'") != corpusPath {
                try db.execute(sql: "DELETE FROM incidents; DELETE FROM focus_places; DELETE FROM postings; DELETE FROM keys; DELETE FROM mentions; DELETE FROM files; DELETE FROM meta WHERE key <> 'format'")
                try IndexDatabase.setMeta(db, "corpus", corpusPath)
                try IndexDatabase.setMeta(db, "clustered", "0")
            }
        }

        func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            summary.phases.append((name, Double(now - clock) / 1e9))
            clock = now
        }

        lap("list")

        // 1. Scan. Paths are built as strings: `URL` operations cost more than the `stat` itself
        // at 100k files. Changed files are hashed here and read again when loaded, so the scan
        // holds no file contents.
        // The stat of every file runs on other threads while this one reads the rows.
        let statting = FileStats.start(names, inFolder: folder.path)
        let known = try pool.read { try ArticleStore.files($0, expected: names.count) }
        var knownListed = 0
        var toLoad: [(name: String, size: Int64, mtime: Double, hash: String)] = []
        var touched: [(name: String, size: Int64, mtime: Double)] = []
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let stats = statting.wait()
        for (name, stat) in zip(names, stats) {
            let size = stat.size, mtime = stat.mtime
            let row = known[name]
            if row != nil { knownListed += 1 }
            if let row, row.size == size, row.mtime == mtime, row.complete { continue }
            let path = base + name
            let hash = ContentHash.hex(ArticleFileRead.regularFile(atPath: path, limit: .max) ?? Data())
            if let row, row.complete, try pool.read({ try ArticleStore.hash($0, file: name) }) == hash {
                touched.append((name, size, mtime))
                continue
            }
            if row?.complete == true { summary.changed += 1 } else { summary.added += 1 }
            toLoad.append((name, size, mtime, hash))
        }
        // Names are unique: when every known row was listed, none is gone (no set of 100k names).
        var gone: [String] = []
        if knownListed < known.count {
            let present = Set(names)
            gone = known.keys.filter { !present.contains($0) }.sorted()
        }
        summary.removed = gone.count
        if !gone.isEmpty || !touched.isEmpty {
            try pool.write { db in
                for name in gone { try ArticleStore.removeFile(db, name: name) }
                for t in touched { try db.execute(sql: "UPDATE files SET size = ?, mtime = ? WHERE name = ?", arguments: [t.size, t.mtime, t.name]) }
                if !gone.isEmpty {
                    try IndexDatabase.setMeta(db, "clustered", "0")
                    try IndexDatabase.setMeta(db, "focusComplete", "0")
                }
            }
        }

        lap("scan")

        // 2. Load changed files, a batch per transaction.
        var firstPassChanged = false
        var done = 0
        for batchStart in stride(from: 0, to: toLoad.count, by: batchSize) {
            let batch = Array(toLoad[batchStart..<min(batchStart + batchSize, toLoad.count)])
            let pipeline = try self.pipeline()
            let loaded = map(batch) { [pipeline] item -> (Article?, [LoadWarning], [Sentence], [PlaceMention]) in
                let result = loader.loadArticle(folder: folder, name: item.name)
                guard let article = result.article else { return (nil, result.warnings, [], []) }
                let sentences = pipeline.segment(article)
                return (article, result.warnings, sentences, pipeline.firstPassPlaces(sentences))
            }
            try pool.write { db in
                for (item, l) in zip(batch, loaded) {
                    let before = try Data.fetchOne(db, sql: "SELECT firstPass FROM articles WHERE file = ?", arguments: [item.name])
                    if before == nil || before != (try? ArticleStore.encoder.encode(l.3)) {
                        firstPassChanged = true
                        // The stored focus no longer matches the stored first passes.
                        try IndexDatabase.setMeta(db, "focusComplete", "0")
                    }
                    try ArticleStore.writeLoaded(db, name: item.name, size: item.size, mtime: item.mtime, hash: item.hash,
                                                 article: l.0, sentences: l.2, firstPass: l.3, warnings: l.1)
                }
                try IndexDatabase.setMeta(db, "clustered", "0")
            }
            done += batch.count
            try checkStop(batch.count)
            report("reading", done, toLoad.count)
        }

        lap("load")

        // 3. Focus, then extraction where the cached mentions are missing or from another focus.
        // The focus is recomputed (from every stored first pass) only when a file came or went,
        // or when some file still waits for extraction (an interrupted run).
        let previousFocus = try database.meta("focus")
        func pendingFiles(_ fingerprint: String) throws -> [String] {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM files WHERE hasArticle = 1 AND focus <> ? ORDER BY name", arguments: [fingerprint])
            }
        }
        // When no first pass changed and no file came or went, the focus is the stored one.
        var focus = try database.meta("focusValue").flatMap { GeoFocus.decoded(Data($0.utf8)) }
        var fingerprint = previousFocus ?? ""
        let focusComplete = try database.meta("focusComplete") == "1"
        if firstPassChanged || !gone.isEmpty || summary.added > 0 || focus == nil || previousFocus == nil || !focusComplete {
            let current = try currentFocus()
            focus = current.0
            fingerprint = current.1
            try pool.write { db in
                // Until every file is extracted under it, a crash must not make it look settled.
                try IndexDatabase.setMeta(db, "focusComplete", "0")
                try IndexDatabase.setMeta(db, "focusValue", String(decoding: current.0.encoded(), as: UTF8.self))
            }
        }
        let pending = try pendingFiles(fingerprint)
        summary.focusChanged = previousFocus != nil && previousFocus != fingerprint
        try pool.write { db in try IndexDatabase.setMeta(db, "focus", fingerprint) }
        lap("focus")
        done = 0
        for batchStart in stride(from: 0, to: pending.count, by: batchSize) {
            let batch = Array(pending[batchStart..<min(batchStart + batchSize, pending.count)])
            let inputs = try pool.read { db in
                try batch.map { name -> (Article, [Sentence]) in
                    guard let article = try ArticleStore.article(db, file: name) else { throw IndexError.damaged("article row of \(name) is missing") }
                    return (article, try ArticleStore.sentences(db, file: name))
                }
            }
            guard let focus else { break }
            let pipeline = try self.pipeline()
            let mentions = map(inputs) { [pipeline] input in pipeline.mentions(of: input.0, sentences: input.1, focus: focus) }
            try pool.write { db in
                for (name, list) in zip(batch, mentions) { try ArticleStore.writeMentions(db, file: name, mentions: list, focus: fingerprint) }
                try IndexDatabase.setMeta(db, "clustered", "0")
            }
            done += batch.count
            summary.extracted += batch.count
            try checkStop(batch.count)
            report("extracting", done, pending.count)
        }

        try pool.write { db in try IndexDatabase.setMeta(db, "focusComplete", "1") }
        lap("extract")

        // 4. Clustering.
        let info = loader.corpusInfo(folder: folder).info
        let infoKey = StableDescription.of(info.anchor as Any)
        let clustered = try database.meta("clustered") == "1" && database.meta("anchor") == infoKey
        if !clustered {
            report("clustering", 0, 1)
            let anchorChanged = try database.meta("anchor") != infoKey
            let result = try IncidentWriter(pipeline: try pipeline(), fullAbove: localClusteringLimit).recluster(pool, info: info, forceFull: anchorChanged || forceFullClustering)
            try pool.write { db in
                try IndexDatabase.setMeta(db, "anchor", infoKey)
                try IndexDatabase.setMeta(db, "clustered", "1")
            }
            summary.reclustered = true
            summary.incidentsWritten = result.written
            summary.incidentsDeleted = result.deleted
            summary.reclusteredMentions = result.mentions
            summary.localClustering = result.local
            lap("cluster")
            summary.phases.removeLast()
            summary.phases += result.phases
            report("clustering", 1, 1)
        }
        if !clustered { lap("finish") } else { lap("cluster check") }
        try TimelineSpineStore.refresh(pool)
        lap("timeline")
        summary.incidents = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM incidents") ?? 0 }
        lap("count")
        return summary
    }

    /// The corpus focus from the stored place counts (else the first passes in file order),
    /// and its fingerprint.
    func currentFocus() throws -> (GeoFocus, String) {
        let quantizeAbove = try pipeline().quantizeFocusAbove
        let focus = try database.pool.read { db in
            if let counts = try FocusCounts.counts(db) { return Pipeline.focus(counts: counts, quantizeAbove: quantizeAbove) }
            let decoder = JSONDecoder()
            let lists = try Data.fetchAll(db, sql: "SELECT a.firstPass FROM articles a JOIN files f ON f.name = a.file ORDER BY a.file")
                .map { try decoder.decode([PlaceMention].self, from: $0) }
            return Pipeline.focus(lists, quantizeAbove: quantizeAbove)
        }
        return (focus, ContentHash.hex(Array(StableDescription.of(focus).utf8)))
    }

    func pipeline() throws -> Pipeline {
        if let loadedPipeline { return loadedPipeline }
        let loaded = try loadPipeline()
        loadedPipeline = loaded
        return loaded
    }

    private func checkStop(_ count: Int) throws {
        written += count
        if let stopAfter, written >= stopAfter { throw IndexError.interrupted(after: written) }
    }

    private func report(_ phase: String, _ done: Int, _ total: Int) {
        progress?(Progress(phase: phase, done: done, total: total))
    }

    private func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        singleThreaded || items.count < 2 ? items.map(transform) : Pipeline.parallelMap(items, transform)
    }
}

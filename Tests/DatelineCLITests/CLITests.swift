import Foundation
import Testing

/// Runs the built `dateline` binary as a user would.
enum Dateline {
    /// `swift test` builds every product next to the test bundle.
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = testBinary.deletingLastPathComponent()
        // Swift Testing may run from inside the .xctest bundle's folder.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("dateline").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("dateline")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // The tests' own index cache, never the user's `~/.cache/dateline`.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-tests-cache").path
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting so a full pipe cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

@Suite(.serialized) struct CLITests {
    @Test func helpAnswers() throws {
        let result = try Dateline.run(["--help"])
        #expect(result.status == 0)
        for command in ["browse", "list", "show", "export", "sources", "regions", "analyze"] {
            #expect(result.stdout.contains(command), "help should name \(command)")
        }
        #expect(result.stdout.contains("Exit codes"))
    }

    @Test func aMissingCorpusExitsTwoSayingWhatWasExpected() throws {
        let result = try Dateline.run(["list", "--corpus", "/nonexistent/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/folder"))
        #expect(result.stderr.contains(".txt or .md"))
    }

    @Test func anEmptyFolderExitsTwo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Dateline.run(["list", "--corpus", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("holds no articles"))
    }

    @Test func listPrintsOneIncidentALineWithDatesAndSources() throws {
        let result = try Dateline.run(["list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.count > 10)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("ev-") })
    }

    @Test func showPrintsAnIncidentAndRejectsAnUnknownId() throws {
        let list = try Dateline.run(["list"])
        let id = try #require(list.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        let shown = try Dateline.run(["show", id])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix(id))
        #expect(shown.stdout.contains("Date:"))
        let unknown = try Dateline.run(["show", "ev-zzzzzzzz"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("dateline list"))
    }

    @Test func exportJSONIsValidAndCarriesEveryMention() throws {
        let result = try Dateline.run(["export", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { !($0["mentions"] as! [Any]).isEmpty })
    }

    @Test func aBadDateFlagExitsTwo() throws {
        let result = try Dateline.run(["list", "--from", "14/08/2024"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test func analyzeBatchKeepsIdsOneLineEach() throws {
        let input = """
        {"id": "x1", "text": "Troops advanced on Monday.", "published": "2024-08-14"}
        {"id": "x2", "text": "Nothing dated here.", "published": "2024-08-14"}
        not json
        """
        let result = try Dateline.run(["analyze", "--batch"], stdin: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? String == "x1")
        #expect(lines[2].contains("error"))
    }

    @Test func sourcesListsArticlesAndWarnings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-src-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("---\noutlet: Good Times\npublished: 2024-08-14\n---\nTroops advanced on Monday.\n".utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let result = try Dateline.run(["sources", "--corpus", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Good Times"))
        #expect(result.stdout.contains("empty.txt: is empty"))
    }

    @Test func benchPipelineDumpsEveryArticleAndMention() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("---\noutlet: A\npublished: 2024-08-14\n---\nTroops advanced near Sudzha on Monday, officials said.\n\nThe governor said 40 drones were shot down.\n".utf8)
            .write(to: dir.appendingPathComponent("a.txt"))
        let dump = dir.appendingPathComponent("dump.jsonl")
        let result = try Dateline.run(["bench-pipeline", "--corpus", dir.path, "--dump", dump.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: dump, encoding: .utf8).split(separator: "\n")
        // One article: its sentences, its first pass, then one line per mention.
        #expect(lines.count >= 4)
        let sentences = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [[String: Any]]
        #expect(sentences?.count == 2)
        let firstPass = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [[String: Any]]
        #expect(firstPass?.isEmpty == false, "Sudzha needs no context")
        let mention = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any]
        #expect(mention?["articleID"] as? String == "a")
        #expect((mention?["keyTerms"] as? [String])?.contains("advanc") == true)
    }

    @Test func benchPipelineRepeatsAndPrintsMedianAndRange() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-repeat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("---\noutlet: A\npublished: 2024-08-14\n---\nTroops advanced near Sudzha on Monday, officials said.\n".utf8)
            .write(to: dir.appendingPathComponent("a.txt"))
        let result = try Dateline.run(["bench-pipeline", "--corpus", dir.path, "--repeat", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 runs: medians, range in brackets"))
        // Every phase line carries its range; counts are of one run, not three.
        let perArticle = result.stdout.split(separator: "\n").first { $0.hasPrefix("per-article stages") }
        #expect(perArticle?.contains("MB/s [") == true, "\(result.stdout)")
        #expect(result.stdout.contains("1 articles,"), "\(result.stdout)")
        // The corpus focus is a timed phase of its own, and part of the whole.
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("corpus focus: ") && $0.contains(" s [") }, "\(result.stdout)")
        #expect(result.stdout.contains("whole pipeline, 1 thread (load, per-article stages, focus, clustering, incidents)"))
        let refused = try Dateline.run(["bench-pipeline", "--corpus", dir.path, "--repeat", "0"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--repeat must be at least 1"))
    }
}

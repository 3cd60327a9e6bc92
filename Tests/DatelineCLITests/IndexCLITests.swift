import Foundation
import Testing

/// Every command reads through the index; the output must not change, and a damaged index must
/// only cost a message on stderr.
@Suite(.serialized) struct IndexCLITests {
    let dir: URL
    var index: String { dir.appendingPathComponent("i.sqlite").path }
    var corpus: String { dir.appendingPathComponent("corpus").path }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-index-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let generated = try Dateline.run(["generate", "--articles", "24", "--seed", "3", "--out", corpus])
        #expect(generated.status == 0)
    }

    @Test func outputIsTheSameWithAndWithoutTheIndex() throws {
        for command in [["list"], ["export", "--format", "json"], ["export", "--format", "csv"], ["regions"], ["sources"]] {
            let plain = try Dateline.run(command + ["--corpus", corpus, "--no-index"])
            let first = try Dateline.run(command + ["--corpus", corpus, "--index", index])
            let second = try Dateline.run(command + ["--corpus", corpus, "--index", index])
            #expect(plain.status == 0)
            #expect(first.stdout == plain.stdout, "\(command) through a new index")
            #expect(second.stdout == plain.stdout, "\(command) through an up-to-date index")
            #expect(first.stderr == plain.stderr)
        }
        let embedded = try Dateline.run(["export", "--no-index"])
        let viaIndex = try Dateline.run(["export", "--index", index])
        #expect(viaIndex.stdout == embedded.stdout, "the embedded corpus, in the same index file")
    }

    /// The JSON export to a file is streamed from the index into a temporary file that is renamed
    /// at the end: the same bytes as the export built in memory, and nothing left beside it.
    @Test func exportToAFileIsStreamedWhole() throws {
        let viaIndex = dir.appendingPathComponent("via-index.json").path
        let inMemory = dir.appendingPathComponent("in-memory.json").path
        let streamed = try Dateline.run(["export", "--corpus", corpus, "--index", index, "-o", viaIndex])
        let built = try Dateline.run(["export", "--corpus", corpus, "--no-index", "-o", inMemory])
        #expect(streamed.status == 0)
        #expect(streamed.stderr.contains("incidents to \(viaIndex)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: viaIndex)) == Data(contentsOf: URL(fileURLWithPath: inMemory)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }.isEmpty)
        let unwritable = try Dateline.run(["export", "--corpus", corpus, "--index", index, "-o", "/proc/nope/out.json"])
        #expect(unwritable.status != 0)
        #expect(unwritable.stderr.contains("/proc/nope/out.json"))
    }

    @Test func indexCommandReportsWhatItDid() throws {
        let first = try Dateline.run(["index", "--corpus", corpus, "--index", index])
        #expect(first.status == 0)
        #expect(first.stdout.contains("24 added"))
        let second = try Dateline.run(["index", "--corpus", corpus, "--index", index])
        #expect(second.stdout.contains("0 added, 0 changed, 0 removed; 0 extracted"))
        let bad = try Dateline.run(["index", "--corpus", "/nonexistent/folder", "--index", index])
        #expect(bad.status == 2)
    }

    @Test func aCorruptIndexIsMovedAsideWithAMessage() throws {
        _ = try Dateline.run(["index", "--corpus", corpus, "--index", index])
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: index))
        let plain = try Dateline.run(["list", "--corpus", corpus, "--no-index"])
        let result = try Dateline.run(["list", "--corpus", corpus, "--index", index])
        #expect(result.status == 0)
        #expect(result.stdout == plain.stdout)
        #expect(result.stderr.contains("moved it to"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".corrupt-") }
        #expect(!aside.isEmpty)
        let again = try Dateline.run(["list", "--corpus", corpus, "--index", index])
        #expect(!again.stderr.contains("moved it to"))
    }

    @Test func anUnusableIndexLocationFallsBackToMemory() throws {
        let plain = try Dateline.run(["list", "--corpus", corpus, "--no-index"])
        let result = try Dateline.run(["list", "--corpus", corpus, "--index", "/proc/dateline/nope.sqlite"])
        #expect(result.status == 0)
        #expect(result.stdout == plain.stdout)
        #expect(result.stderr.contains("building the model in memory"))
    }

    @Test func generateIsDeterministic() throws {
        let other = dir.appendingPathComponent("again").path
        _ = try Dateline.run(["generate", "--articles", "24", "--seed", "3", "--out", other])
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: other).sorted()))
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: corpus + "/" + name, andPath: other + "/" + name), "\(name)")
        }
    }
}

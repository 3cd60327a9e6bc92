import Foundation
import Testing

/// `list` (every filter), `show` (ids, prefixes, ambiguous and unknown ids), `sources`, `regions`
/// and every export read the index lazily: what they print (stdout, stderr, exit status) must be
/// what the model built in memory (`--no-index`) gives, on a generated corpus (also after an
/// incremental update) and on the embedded one.
@Suite(.serialized) struct LazyCommandsCLITests {
    let dir: URL
    var index: String { dir.appendingPathComponent("lazy.sqlite").path }
    var corpus: String { dir.appendingPathComponent("corpus").path }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-lazy-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        #expect(try Dateline.run(["generate", "--articles", "30", "--seed", "4", "--out", corpus]).status == 0)
    }

    /// The commands to compare, with ids and words taken from the corpus's own listing.
    /// `all` false: a few of each kind (the embedded corpus takes longer to build in memory).
    private func commands(_ where_: [String], all: Bool = true) throws -> [[String]] {
        let listing = try Dateline.run(["list", "--background", "--no-index"] + where_)
        let rows = listing.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let ids = rows.compactMap { $0.first.map(String.init) }
        #expect(ids.count > 3)
        let word = rows.last.map { String($0[$0.count - 1].filter(\.isLetter).prefix(5)) } ?? "a"
        var commands: [[String]] = [
            ["list"], ["list", "--background"], ["list", "--region", "kursk"], ["list", "--region", "obl", "--background"],
            ["list", "--from", "2024-08-10"], ["list", "--to", "2024-08-12", "--background"], ["list", "--from", "2024-08-09", "--to", "2024-08-09"],
            ["list", "--search", word], ["list", "--search", word.uppercased(), "--background"], ["list", "--search", "rsk ob"],
            ["list", "--search", "zzqx"], ["list", "--search", "Курск"], ["list", "--search", "e", "--region", "kursk"],
            ["list", "--from", "2024-13-01"],
            ["sources"], ["regions"],
            ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "timelinejs"],
            ["show", "ev-"], ["show", "zzzz"], ["show", "ev-zzzz"],
        ]
        for id in [ids[0], ids[ids.count / 2], ids[ids.count - 1]] {
            commands += [["show", id], ["show", String(id.dropFirst(3))], ["show", String(id.prefix(5))]]
        }
        return all ? commands : commands.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
    }

    private func expectSame(_ where_: [String], label: String, all: Bool = true) throws {
        for command in try commands(where_, all: all) {
            let plain = try Dateline.run(command + where_ + ["--no-index"])
            let lazy = try Dateline.run(command + where_ + ["--index", index])
            #expect(lazy.status == plain.status, "\(label) \(command): exit status")
            #expect(lazy.stdout == plain.stdout, "\(label) \(command): stdout")
            #expect(lazy.stderr == plain.stderr, "\(label) \(command): stderr")
        }
    }

    @Test func everyCommandPrintsTheSameThroughTheIndex() throws {
        try expectSame(["--corpus", corpus], label: "generated")
        // An article grows a passage: the index is updated in place.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().first { $0.hasSuffix(".md") || $0.hasSuffix(".txt") })
        let url = URL(fileURLWithPath: corpus).appendingPathComponent(name)
        try (try Data(contentsOf: url) + Data("\n\nOn Tuesday a drone struck a fuel depot near Sudzha, officials said.\n".utf8)).write(to: url)
        // A third of the commands after the update: LazyReadersTests compares every reader after one.
        try expectSame(["--corpus", corpus], label: "updated", all: false)
        try expectSame([], label: "embedded", all: false)
    }
}

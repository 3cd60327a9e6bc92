import ArgumentParser
import DatelineCore
import Foundation

/// `--corpus DIR`, shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of .txt/.md articles (default: the embedded Kursk corpus).", valueName: "DIR"))
    var corpus: String?

    /// Builds the model, printing load warnings to stderr unless `quiet`. Exits 2 on an unusable folder.
    func loadModel(quiet: Bool = false) throws -> EventModel {
        let folder: URL
        if let corpus {
            folder = URL(fileURLWithPath: (corpus as NSString).expandingTildeInPath)
        } else {
            guard let embedded = CorpusLoader.embeddedCorpusURL else {
                throw Failure.badInput("the embedded corpus is missing: this binary was copied without its Dateline_DatelineResources.resources folder; run `swift run dateline` or pass --corpus DIR")
            }
            folder = embedded
        }
        let model: EventModel
        do {
            model = try Pipeline.bundled().build(corpusAt: folder)
        } catch let error as CorpusError {
            throw Failure.badInput(error.description)
        } catch let error as ResourceError {
            throw Failure.failed(error.description)
        }
        if !quiet {
            for warning in model.warnings { Console.warn("warning: \(warning)") }
        }
        return model
    }
}

/// Errors that end a command with a message and an exit code (2 for bad input, 1 otherwise).
enum Failure: Error {
    case badInput(String)
    case failed(String)
}

enum Console {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Runs a command body, turning `Failure` into a message on stderr and an exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch Failure.badInput(let message) {
            warn("dateline: \(message)")
            throw ExitCode(2)
        } catch Failure.failed(let message) {
            warn("dateline: \(message)")
            throw ExitCode(1)
        }
    }
}

/// Filters shared by `list`, `export` and `browse`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only incidents in this region (repeatable; 'kursk' matches 'Kursk Oblast').", valueName: "NAME"))
    var region: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only incidents on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only incidents on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Only incidents whose headline or passages contain this text.", valueName: "TEXT"))
    var search: String?

    @Flag(name: .long, help: "Include background incidents (before the corpus anchor).")
    var background = false

    func filter() throws -> IncidentFilter {
        func day(_ text: String?, _ flag: String) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(iso: text) else { throw Failure.badInput("\(flag) '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2024-08-14") }
            return date
        }
        return IncidentFilter(regions: region, from: try day(from, "--from"), to: try day(to, "--to"), search: search,
                              includeBackground: background)
    }
}

import ArgumentParser
import DatelineCore

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
            let model = try corpus.loadModel(quiet: true)
            let code = BrowserRunner.run(model: model, regions: region)
            if code != 0 { throw ExitCode(code) }
        }
    }
}

import ArgumentParser

@main
struct Dateline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Browse what happened when, where, and who says so, in a folder of news articles.",
        discussion: """
        Dateline reads a folder of articles (.txt or .md, optional YAML front matter), builds an \
        event model — incidents with resolved dates, regions and places, each backed by the sentences \
        that report it, merged across outlets — and lets you browse or export it.

        Without a command it opens the browser on the embedded corpus (five articles about the \
        August 2024 Kursk incursion). Use --corpus DIR with any command to read your own folder.

        Examples:
          dateline                              open the browser on the embedded corpus
          dateline browse --corpus ~/news --region kursk
          dateline list --from 2024-08-10 --search evacuat
          dateline show ev-1a2b3c4d
          dateline export --format json -o events.json
          dateline analyze --published 2024-08-14 "Ukraine said on Tuesday it had advanced."

        Exit codes: 0 success, 1 an operation failed, 2 bad input (missing corpus, bad date, \
        unknown incident), 64 a usage error.
        """,
        version: "0.1.0",
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self, SourcesCommand.self,
                      RegionsCommand.self, AnalyzeCommand.self, IndexCommand.self, GenerateCommand.self,
                      BenchPipelineCommand.self, BenchIndexCommand.self, BenchBrowserCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}

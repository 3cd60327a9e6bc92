import ArgumentParser
import DatelineCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the articles: outlet, publication date (and whether inferred), sentence count, warnings.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try Console.run {
            let model = try corpus.loadModel(quiet: true)
            var table = TextTable()
            table.add(["ARTICLE", "PUBLISHED", "SENTENCES", "MENTIONS", "OUTLET"])
            var mentionCounts: [String: Int] = [:]
            for incident in model.incidents { for m in incident.mentions { mentionCounts[m.articleID, default: 0] += 1 } }
            for article in model.articles {
                let date = article.published.map { $0.iso + (article.publishedInferred ? " (inferred)" : "") } ?? "unknown"
                table.add([article.id, date, String(model.sentences[article.id]?.count ?? 0),
                           String(mentionCounts[article.id] ?? 0), article.displayOutlet])
            }
            print("Corpus: \(model.corpus.name) (\(model.corpus.path))")
            if let anchor = model.corpus.anchor { print("Anchor: \(anchor.iso) — earlier incidents are background") }
            print("")
            print(table.render())
            if !model.warnings.isEmpty {
                print("")
                print("Warnings:")
                for warning in model.warnings { print("  \(warning)") }
            }
        }
    }
}

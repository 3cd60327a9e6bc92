import ArgumentParser
import DatelineCore
import DatelineIndex
import Foundation

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the articles: outlet, publication date (and whether inferred), sentence count, warnings.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try Console.run {
            // Through the index SQLite counts sentences and passages; one article row at a time.
            let (info, table, warnings) = try corpus.read(indexed: { index in
                var table = Self.header()
                try IndexTallies(database: index.database).articles { table.add(Self.row($0)) }
                return (CorpusLoader().corpusInfo(folder: index.corpus).info, table,
                        try ModelReader(database: index.database).warnings(corpus: index.corpus))
            }, inMemory: { model in
                var mentionCounts: [String: Int] = [:]
                for incident in model.incidents { for m in incident.mentions { mentionCounts[m.articleID, default: 0] += 1 } }
                var table = Self.header()
                for article in model.articles {
                    table.add(Self.row(IndexTallies.ArticleRow(
                        id: article.id, published: article.published?.iso, publishedInferred: article.publishedInferred,
                        sentences: model.sentences[article.id]?.count ?? 0, mentions: mentionCounts[article.id] ?? 0,
                        outlet: article.displayOutlet)))
                }
                return (model.corpus, table, model.warnings)
            })
            print("Corpus: \(info.name) (\(info.path))")
            if let anchor = info.anchor { print("Anchor: \(anchor.iso) — earlier incidents are background") }
            print("")
            table.print()
            if !warnings.isEmpty {
                print("")
                print("Warnings:")
                for warning in warnings { print("  \(warning)") }
            }
        }
    }

    static func header() -> TextTable {
        var table = TextTable()
        table.add(["ARTICLE", "PUBLISHED", "SENTENCES", "MENTIONS", "OUTLET"])
        return table
    }

    static func row(_ article: IndexTallies.ArticleRow) -> [String] {
        let date = article.published.map { $0 + (article.publishedInferred ? " (inferred)" : "") } ?? "unknown"
        return [article.id, date, String(article.sentences), String(article.mentions), article.outlet]
    }
}

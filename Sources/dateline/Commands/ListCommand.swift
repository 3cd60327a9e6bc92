import ArgumentParser
import DatelineCore
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the timeline as a table: one incident a line.",
        discussion: """
        Columns: id, date, regions, number of sources, headline. The date shows its precision and \
        basis: 'Wed 14 Aug' a stated or resolved day, '~14 Aug' only the report date, 'wk 32' a week, \
        'Aug 2024' a month. A '!' before the source count marks sources that disagree; a region in \
        parentheses was taken from context, not named in the passage.
        """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        try Console.run {
            let model = try corpus.loadModel()
            let incidents = try filters.filter().apply(model.incidents)
            var table = TextTable()
            table.add(["ID", "DATE", "REGIONS", "SRC", "HEADLINE"])
            for incident in incidents {
                table.add(Self.row(incident))
            }
            print(table.render())
            let hidden = model.background.count
            if !filters.background && hidden > 0 {
                Console.warn("\(incidents.count) incidents; \(hidden) background incidents before \(model.corpus.anchor?.iso ?? "the anchor") hidden (--background shows them)")
            }
        }
    }

    static func row(_ incident: Incident) -> [String] {
        var regions = incident.regions.map { $0.replacingOccurrences(of: " Oblast", with: "") }.joined(separator: ",")
        if incident.regionsFromContext && !regions.isEmpty { regions = "(\(regions))" }
        if regions.isEmpty { regions = "-" }
        let date = (incident.background ? "bg " : "") + DateLabel.short(incident)
        let sources = (incident.disagreements.isEmpty ? " " : "!") + String(incident.sourceCount)
        return [incident.id, date, regions, sources, incident.headline]
    }
}

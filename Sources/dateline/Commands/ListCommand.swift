import ArgumentParser
import DatelineCore
import DatelineIndex
import DatelineTUI
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
            let filter = try filters.filter()
            // Through the index the rows are read one at a time; only the table is held.
            let listing = try corpus.read(indexed: { index in
                let rows = IndexListing(database: index.database)
                var table = Self.header()
                var count = 0
                let names = RegionLabels()
                try rows.rows(filter) { table.add(Self.row($0, regionLabel: names.label)); count += 1 }
                return Listing(table: table, count: count, hidden: try rows.backgroundCount(),
                               anchor: CorpusLoader().corpusInfo(folder: index.corpus).info.anchor,
                               warnings: try ModelReader(database: index.database).warnings(corpus: index.corpus))
            }, inMemory: { model in
                let incidents = filter.apply(model.incidents)
                var table = Self.header()
                let names = RegionLabels()
                for incident in incidents { table.add(Self.row(IncidentSummary(incident), regionLabel: names.label)) }
                return Listing(table: table, count: incidents.count, hidden: model.background.count, anchor: model.corpus.anchor,
                               warnings: model.warnings)
            })
            for warning in listing.warnings { Console.warn("warning: \(warning)") }
            listing.table.print()
            if !filters.background && listing.hidden > 0 {
                Console.warn("\(listing.count) incidents; \(listing.hidden) background incidents before \(listing.anchor?.iso ?? "the anchor") hidden (--background shows them)")
            }
        }
    }

    /// What the command prints, read either way.
    struct Listing {
        var table: TextTable
        var count: Int
        var hidden: Int
        var anchor: CalendarDate?
        var warnings: [LoadWarning]
    }

    static func header() -> TextTable {
        var table = TextTable()
        table.add(["ID", "DATE", "REGIONS", "SRC", "HEADLINE"])
        return table
    }

    /// `regionLabel`: a region's name as the table writes it (`RegionLabels`).
    static func row(_ incident: IncidentSummary, regionLabel: (String) -> String) -> [String] {
        var regions = incident.regions.map(regionLabel).joined(separator: ",")
        if incident.regionsFromContext && !regions.isEmpty { regions = "(\(regions))" }
        if regions.isEmpty { regions = "-" }
        let date = (incident.background ? "bg " : "") + (incident.undated ? "undated" : DateLabel.short(incident.time, basis: incident.basis))
        let sources = (incident.disagrees ? "!" : " ") + String(incident.sourceCount)
        return [incident.id, date, regions, sources, incident.headline]
    }
}

/// Region names as `list` writes them ("Kursk" for "Kursk Oblast"), remembered: a listing names
/// a few regions hundreds of thousands of times.
final class RegionLabels {
    private var known: [String: String] = [:]

    func label(_ region: String) -> String {
        if let label = known[region] { return label }
        let label = region.replacingOccurrences(of: " Oblast", with: "")
        if known.count < 10_000 { known[region] = label }
        return label
    }
}

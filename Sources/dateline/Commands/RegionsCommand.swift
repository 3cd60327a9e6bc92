import ArgumentParser
import DatelineCore
import DatelineIndex

struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "List the regions with the number of incidents in each (timeline and background).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try Console.run {
            // Through the index only the regions column is read.
            let tally = try corpus.read(indexed: { index in
                var tally = RegionTally()
                try IndexTallies(database: index.database).incidentRegions { tally.add(background: $0, regions: $1) }
                return tally
            }, inMemory: { model in
                var tally = RegionTally()
                for incident in model.incidents { tally.add(background: incident.background, regions: incident.regions) }
                return tally
            })
            var table = TextTable()
            table.add(["INCIDENTS", "BACKGROUND", "REGION"])
            for region in tally.regions {
                table.add([String(tally.timeline[region] ?? 0), String(tally.background[region] ?? 0), region])
            }
            table.add([String(tally.unnamed), "", "(no region)"])
            table.print()
        }
    }
}

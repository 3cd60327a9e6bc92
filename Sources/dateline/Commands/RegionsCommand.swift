import ArgumentParser
import DatelineCore

struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "List the regions with the number of incidents in each (timeline and background).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try Console.run {
            let model = try corpus.loadModel(quiet: true)
            var table = TextTable()
            table.add(["INCIDENTS", "BACKGROUND", "REGION"])
            var timeline: [String: Int] = [:], background: [String: Int] = [:]
            for incident in model.incidents {
                for region in incident.regions {
                    if incident.background { background[region, default: 0] += 1 } else { timeline[region, default: 0] += 1 }
                }
            }
            for (region, _) in model.regionCounts {
                table.add([String(timeline[region] ?? 0), String(background[region] ?? 0), region])
            }
            let none = model.incidents.filter { $0.regions.isEmpty }.count
            table.add([String(none), "", "(no region)"])
            print(table.render())
        }
    }
}

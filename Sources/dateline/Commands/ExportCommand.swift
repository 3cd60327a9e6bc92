import ArgumentParser
import DatelineCore
import Foundation

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, timelinejs
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the event model as JSON, CSV (one row per cited passage) or TimelineJS JSON.",
        discussion: "The JSON export includes background incidents (marked \"background\": true); docs/export-format.md documents every field.")

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "json, csv or timelinejs.")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
        try Console.run {
            let out = try ExportOutput(path: output)
            let (incidents, warnings): (Int, [LoadWarning])
            if format == .json {
                // Streamed from the index one incident at a time (the whole model of a large
                // corpus does not fit in memory comfortably).
                (incidents, warnings) = try corpus.read(indexed: { try $0.exportJSON(to: out.write) }, inMemory: { model in
                    try out.restart()
                    try out.write(try JSONExport.data(model))
                    return (model.incidents.count, model.warnings)
                })
                try out.write(Data("\n".utf8))
            } else {
                let model = try corpus.loadModel(quiet: true)
                switch format {
                case .csv: try out.write(Data(CSVExport.text(model).utf8))
                default: try out.write(try TimelineJSExport.data(model) + Data("\n".utf8))
                }
                (incidents, warnings) = (model.incidents.count, model.warnings)
            }
            try out.finish()
            if let output {
                for warning in warnings { Console.warn("warning: \(warning)") }
                Console.warn("wrote \(incidents) incidents to \(output)")
            }
        }
    }
}

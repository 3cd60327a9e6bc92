import ArgumentParser
import DatelineCore
import DatelineIndex
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
            // Streamed from the index one incident at a time (the whole model of a large corpus
            // does not fit in memory comfortably).
            let (incidents, warnings): (Int, [LoadWarning]) = try corpus.read(indexed: { index in
                let reader = ModelReader(database: index.database)
                switch format {
                case .json: return try reader.exportJSON(corpus: index.corpus, to: out.write)
                case .csv: return try reader.exportCSV(corpus: index.corpus, to: { try out.write(Data($0.utf8)) })
                case .timelinejs: return try reader.exportTimelineJS(corpus: index.corpus, to: out.write)
                }
            }, inMemory: { model in
                try out.restart()
                switch format {
                case .json: try out.write(try JSONExport.data(model))
                case .csv: try out.write(Data(CSVExport.text(model).utf8))
                case .timelinejs: try out.write(try TimelineJSExport.data(model))
                }
                return (model.incidents.count, model.warnings)
            })
            if format != .csv { try out.write(Data("\n".utf8)) }
            try out.finish()
            if let output {
                for warning in warnings { Console.warn("warning: \(warning)") }
                Console.warn("wrote \(incidents) incidents to \(output)")
            }
        }
    }
}

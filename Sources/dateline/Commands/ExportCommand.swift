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
            let model = try corpus.loadModel(quiet: output == nil)
            let data: Data
            switch format {
            case .json: data = try JSONExport.data(model) + Data("\n".utf8)
            case .csv: data = Data(CSVExport.text(model).utf8)
            case .timelinejs: data = try TimelineJSExport.data(model) + Data("\n".utf8)
            }
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw Failure.failed("cannot write \(output): \(error.localizedDescription)")
                }
                Console.warn("wrote \(model.incidents.count) incidents to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}

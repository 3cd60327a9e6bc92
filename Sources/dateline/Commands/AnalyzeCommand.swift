import ArgumentParser
import DatelineCore
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show what the model sees in one text: sentences, time expressions, places, claimant, figures.",
        discussion: """
        Reads TEXT, or standard input when TEXT is '-' or absent. Prints one line per sentence, or \
        JSON with --json. With --batch, reads JSON lines {"id", "text", "published"} on standard \
        input and writes one JSON line per input with the same id (time values in TIMEX3: \
        2024-08-14, 2024-W32, 2024-08, 2024, START/END).
        """)

    @Option(name: .long, help: ArgumentHelp("The text's publication date, the reference for relative dates.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(name: .long, help: "Print JSON instead of lines.")
    var json = false

    @Flag(name: .long, help: "Read JSON lines {\"id\",\"text\",\"published\"} on stdin, write one JSON line each.")
    var batch = false

    @Argument(help: "The text to analyze ('-' for standard input).")
    var text: String?

    func run() throws {
        try Console.run {
            let analyzer: TextAnalyzer
            do { analyzer = try TextAnalyzer.bundled() } catch { throw Failure.failed("\(error)") }
            if batch { try runBatch(analyzer); return }
            var reference: CalendarDate?
            if let published {
                guard let date = CalendarDate(iso: published) else {
                    throw Failure.badInput("--published '\(published)' is not a date; write it as YYYY-MM-DD")
                }
                reference = date
            } else {
                Console.warn("note: no --published date; relative dates ('on Monday') cannot be resolved")
            }
            let input: String
            if let text, text != "-" {
                input = text
            } else {
                input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            }
            let report = analyzer.analyze(input, published: reference)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                for (i, s) in report.sentences.enumerated() { print(Self.line(i, s)) }
            }
        }
    }

    static func line(_ index: Int, _ s: TextAnalyzer.SentenceReport) -> String {
        var parts = ["[\(index)] \(s.kind) \(s.start)-\(s.end): \(s.text)"]
        for t in s.times {
            let primary = s.primary.map { $0.start == t.start && $0.end == t.end } == true ? " (primary)" : ""
            parts.append("    time '\(t.phrase)' → \(t.value) \(t.granularity ?? "duration") \(t.basis) \(t.direction)\(primary)")
        }
        for p in s.places { parts.append("    place '\(p.surface)' → \(p.name), \(p.region ?? "-"), \(p.country) (\(p.kind))") }
        parts.append("    claimant \(s.claimant ?? "(outlet)") [\(s.side)]" + (s.hedges.isEmpty ? "" : " hedges: \(s.hedges.joined(separator: ", "))"))
        for f in s.figures { parts.append("    figure '\(f.phrase)' → \(f.quantity) \(f.value)\(f.upper != f.value ? "–\(f.upper)" : "") \(f.unit)") }
        parts.append("    type \(s.type)")
        return parts.joined(separator: "\n")
    }

    struct BatchInput: Decodable {
        var id: String?
        var text: String
        var published: String?
    }

    struct BatchError: Encodable {
        var id: String?
        var error: String
    }

    func runBatch(_ analyzer: TextAnalyzer) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let decoder = JSONDecoder()
        var output = Data()
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            do {
                let input = try decoder.decode(BatchInput.self, from: Data(line.utf8))
                let date = input.published.flatMap { CalendarDate(iso: $0) }
                output.append(try encoder.encode(analyzer.analyze(input.text, published: date, id: input.id)))
            } catch {
                output.append(try encoder.encode(BatchError(id: nil, error: "line \(lineNumber): not a JSON object with \"text\" (\(error.localizedDescription))")))
            }
            output.append(0x0A)
            if output.count > 1 << 16 { FileHandle.standardOutput.write(output); output.removeAll(keepingCapacity: true) }
        }
        FileHandle.standardOutput.write(output)
    }
}

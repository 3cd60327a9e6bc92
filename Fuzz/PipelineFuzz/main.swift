// Fuzz target: the whole pipeline on one article (decode, front matter, sentences, clauses, time,
// places, attribution, figures, incidents, timeline). Invariant: it returns, and every incident's
// mentions point into the article.
@testable import DatelineCore
import Foundation
import FuzzDriver

let pipeline = try! Pipeline.bundled()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = bytes ?? (size == 0 ? UnsafePointer(bitPattern: 1) : nil) else { return 0 }
    guard let decoded = try? ArticleDecoder.decode(Data(bytes: data, count: size)) else { return 0 }
    var warnings: [LoadWarning] = []
    let article = ArticleReader.article(id: "fuzz", path: "fuzz.txt", fileName: "fuzz.txt", text: decoded.text, warnings: &warnings)
    let info = CorpusInfo(name: "fuzz", anchor: CalendarDate(year: 2024, month: 8, day: 6), path: "")
    let model = pipeline.build(info: info, articles: [article], warnings: warnings)
    let length = article.body.unicodeScalars.count
    for incident in model.incidents {
        for m in incident.mentions {
            precondition(m.articleID == "fuzz" && m.span.start >= 0 && m.span.end <= length, "mention outside the article")
        }
    }
    return 0
}

// SwiftPM gives every executable its own entry point; hand the process to libFuzzer's driver.
exit(runFuzzer(fuzz))

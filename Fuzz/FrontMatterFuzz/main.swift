// Fuzz target: the article reader — decoding (BOMs, UTF-16, invalid UTF-8, NUL, control
// sequences), YAML front matter via Yams, the publication date. Invariant: the body is a suffix
// of the decoded text and never larger than it.
@testable import DatelineCore
import Foundation
import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = bytes ?? (size == 0 ? UnsafePointer(bitPattern: 1) : nil) else { return 0 }
    let bytes = Data(bytes: data, count: size)
    guard let decoded = try? ArticleDecoder.decode(bytes) else { return 0 }
    let matter = FrontMatter.parse(decoded.text)
    precondition(matter.bodyStart >= 0 && matter.bodyStart <= decoded.text.unicodeScalars.count, "body start out of range")
    var warnings: [LoadWarning] = []
    let article = ArticleReader.article(id: "fuzz", path: "fuzz.txt", fileName: "fuzz.txt", text: decoded.text, warnings: &warnings)
    precondition(decoded.text.unicodeScalars.count >= article.body.unicodeScalars.count, "body longer than the text")
    precondition(warnings.allSatisfy { $0.file == "fuzz.txt" }, "a warning that does not name the file")
    return 0
}

// SwiftPM gives every executable its own entry point; hand the process to libFuzzer's driver.
exit(runFuzzer(fuzz))

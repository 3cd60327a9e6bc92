// Fuzz target: paragraphs → sentences (splitter, quotes, abbreviations, classifier).
// Invariant: every sentence's offsets lie in the body and cut out exactly its text, in order.
@testable import DatelineCore
import Foundation
import FuzzDriver

let segmenter = try! TextSegmenter.bundled()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = bytes ?? (size == 0 ? UnsafePointer(bitPattern: 1) : nil) else { return 0 }
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(body.unicodeScalars)
    var previousEnd = 0
    for sentence in segmenter.sentences(of: body) {
        let span = sentence.span
        precondition(span.start >= previousEnd && span.start <= span.end && span.end <= scalars.count, "sentence offsets out of range")
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        precondition(String(view) == span.text, "offsets do not cut out the sentence text")
        previousEnd = span.end
    }
    return 0
}

// SwiftPM gives every executable its own entry point; hand the process to libFuzzer's driver.
exit(runFuzzer(fuzz))

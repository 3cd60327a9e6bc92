// Fuzz target: the time normaliser on one clause, against a fixed and an absent reference.
// Invariant: expressions are ordered, inside the text, and every value is a real span.
@testable import DatelineCore
import Foundation
import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = bytes ?? (size == 0 ? UnsafePointer(bitPattern: 1) : nil) else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let count = text.unicodeScalars.count
    for reference in [CalendarDate(year: 2024, month: 8, day: 14), nil] {
        let normalizer = TimeNormalizer(reference: reference)
        var previous = 0
        for e in normalizer.expressions(in: text) {
            precondition(e.start >= previous && e.start <= e.end && e.end <= count, "expression offsets out of range")
            if let v = e.value { precondition(v.start <= v.end, "a span that ends before it starts") }
            previous = e.start
        }
        _ = normalizer.dating(text)
    }
    return 0
}

// SwiftPM gives every executable its own entry point; hand the process to libFuzzer's driver.
exit(runFuzzer(fuzz))

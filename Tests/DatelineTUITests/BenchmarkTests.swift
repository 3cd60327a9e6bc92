import DatelineCore
import Foundation
import Testing
@testable import DatelineTUI

/// `DATELINE_BENCH=1 swift test --filter BrowserBenchmarkOnCorpus` prints the browser benchmark
/// over the embedded corpus (not a timed test: it asserts nothing about speed).
@Test(.enabled(if: ProcessInfo.processInfo.environment["DATELINE_BENCH"] == "1"))
func BrowserBenchmarkOnCorpus() throws {
    guard let url = CorpusLoader.embeddedCorpusURL else { Issue.record("no embedded corpus"); return }
    let model = try Pipeline.bundled().build(corpusAt: url)
    for (w, h) in [(80, 24), (160, 48)] {
        let report = BrowserBenchmark.run(model: model, width: w, height: h, keystrokes: 1000)
        print(report)
    }
    print(BrowserBenchmark.run(model: Fixtures.large(count: 2000), width: 160, height: 48, keystrokes: 1000))
}

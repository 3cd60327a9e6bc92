// swift-tools-version:6.1
// libFuzzer targets for DatelineCore. Not part of the main package: `swift build`/`swift test`
// at the root never see them. Build and run with `scripts/fuzz.sh` (see docs/reliability.md):
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
import PackageDescription

let package = Package(
    name: "DatelineFuzz",
    dependencies: [.package(name: "Dateline", path: "..")],
    targets: [.target(name: "FuzzDriver", path: "FuzzDriver")]
        + ["FrontMatterFuzz", "SentenceSplitterFuzz", "TimeNormalizerFuzz", "PipelineFuzz"].map { name in
            .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "DatelineCore", package: "Dateline")], path: name)
        }
)

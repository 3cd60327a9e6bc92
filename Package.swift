// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dateline", targets: ["dateline"]),
        .library(name: "DatelineCore", targets: ["DatelineCore"]),
        .library(name: "DatelineIndex", targets: ["DatelineIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Data lives in the top-level Resources/ folder; this target's path is the package
        // root so that SwiftPM bundles it (see docs/architecture.md).
        .target(
            name: "DatelineResources",
            path: ".",
            exclude: ["Sources/DatelineCore", "Sources/DatelineTUI", "Sources/dateline", "Sources/CNcurses", "Tests",
                      "docs", "scripts", "README.md", ".ci", "Fuzz"],
            sources: ["Sources/DatelineResources"],
            resources: [
                .copy("Resources/corpus"),
                .copy("Resources/gazetteer"),
                .copy("Resources/lexicons"),
            ]
        ),
        // The event model: pure, knows nothing of terminals.
        .target(
            name: "DatelineCore",
            dependencies: ["DatelineResources", .product(name: "Yams", package: "Yams")]
        ),
        // The persistent SQLite index: per-article cache, incremental ingest, FTS5 search, and
        // the browser's index-backed timeline source (hence DatelineTUI, which is pure).
        .target(
            name: "DatelineIndex",
            dependencies: ["DatelineCore", "DatelineTUI", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The interface as state + messages + update + view into a cell grid: no curses here.
        .target(name: "DatelineTUI", dependencies: ["DatelineCore"]),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "DatelineCore", "DatelineIndex", "DatelineTUI", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DatelineCoreTests", dependencies: ["DatelineCore"]),
        .testTarget(name: "DatelineIndexTests", dependencies: ["DatelineIndex", "DatelineCore", "DatelineTUI"]),
        .testTarget(name: "DatelineTUITests", dependencies: ["DatelineTUI", "DatelineCore"], exclude: ["Snapshots"]),
        // Drives the built `dateline` binary; `swift test` builds it alongside.
        .testTarget(name: "DatelineCLITests", dependencies: ["dateline"]),
    ]
)

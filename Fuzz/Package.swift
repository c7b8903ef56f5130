// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for reformgraph, kept out of the main package so that its `swift build`
// and `swift test` are unaffected. Build and run with `./run.sh TARGET SECONDS` (see README.md).
let package = Package(
    name: "reformgraph-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "reformgraph", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzDriver", .product(name: "ReformExtract", package: "reformgraph")]),
        .executableTarget(name: "FuzzSentences", dependencies: ["FuzzDriver", .product(name: "ReformExtract", package: "reformgraph")]),
        .executableTarget(name: "FuzzShell", dependencies: [
            "FuzzDriver", .product(name: "ReformQuery", package: "reformgraph"), .product(name: "ReformCore", package: "reformgraph"),
        ]),
        .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzDriver", .product(name: "ReformExchange", package: "reformgraph")]),
    ],
    swiftLanguageModes: [.v6]
)

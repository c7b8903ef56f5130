// swift-tools-version:6.0
import PackageDescription

// Layers, with one-way dependencies:
//   ReformCore (graph, no I/O)  <-  ReformExtract, ReformExchange, ReformQuery  <-  reformgraph (CLI)
let package = Package(
    name: "reformgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reformgraph", targets: ["reformgraph"]),
        .library(name: "ReformCore", targets: ["ReformCore"]),
        .library(name: "ReformExtract", targets: ["ReformExtract"]),
        .library(name: "ReformExchange", targets: ["ReformExchange"]),
        .library(name: "ReformQuery", targets: ["ReformQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "ReformCore"),
        .target(name: "ReformExtract", dependencies: ["ReformCore", "CLibXML2"]),
        .target(name: "ReformExchange", dependencies: ["ReformCore", "CLibXML2"]),
        .target(name: "ReformQuery", dependencies: ["ReformCore"]),
        .executableTarget(
            name: "reformgraph",
            dependencies: [
                "ReformCore", "ReformExtract", "ReformExchange", "ReformQuery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReformCoreTests", dependencies: ["ReformCore"]),
        .testTarget(name: "ReformExtractTests", dependencies: ["ReformExtract", "ReformExchange"]),
        .testTarget(name: "ReformExchangeTests", dependencies: ["ReformExchange", "ReformExtract"], exclude: ["Golden"]),
        .testTarget(name: "ReformQueryTests", dependencies: ["ReformQuery", "ReformExchange", "ReformExtract"]),
        .testTarget(name: "CLITests", dependencies: ["reformgraph", "ReformCore", "ReformExchange"]),
    ],
    swiftLanguageModes: [.v6]
)

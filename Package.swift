// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecGenRuntime", targets: ["SpecGenRuntime"]),
        .library(name: "CapillaryAPI", targets: ["CapillaryAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, found through pkg-config (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // A YAML node tree with source positions, built on libyaml.
        .target(name: "YAMLReader", dependencies: ["CYAML"]),
        // The generator's stages: load → validate → translate → render → write.
        .target(name: "SpecGenKit", dependencies: ["YAMLReader", "SpecGenRuntime"]),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecGenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What generated code imports: lenient decoding, query encoding, request validation.
        .target(name: "SpecGenRuntime"),
        // Generated from Spec/capillary by `specgen generate`; committed.
        .target(name: "CapillaryAPI", dependencies: ["SpecGenRuntime"], path: "Generated/CapillaryAPI"),
        // libFuzzer's driver entry point, declared for Swift (the toolchain's fuzzer runtime defines it).
        .systemLibrary(name: "CLibFuzzer"),
        // Fuzz targets: a corpus replayer in a normal build, a libFuzzer binary with -D FUZZING
        // (Tests/Fuzz/run-fuzzer).
        .executableTarget(
            name: "SpecGenFuzz",
            dependencies: ["SpecGenKit", "CapillaryAPI", "CLibFuzzer"]
        ),

        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(
            name: "SpecGenKitTests",
            dependencies: ["SpecGenKit"],
            resources: [.copy("MalformedSpecs"), .copy("HostileSpec")]
        ),
        .testTarget(name: "SpecGenRuntimeTests", dependencies: ["SpecGenRuntime"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["CapillaryAPI", "SpecGenRuntime"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
